package org.astrolabe.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.shared.PrefixMapping;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.Ontology;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;

/**
 * The SPARQL 1.1 Protocol query operation: GET, form POST and direct POST, with Jena's parser, result
 * writers and content negotiation. Each query runs in one read transaction with a timeout, and SELECT and ASK
 * results are written inside it as the engine produces them, through an {@link AnswerBody}: an answer that
 * fails before its first {@value AnswerBody#HELD_BYTES} bytes gets a clean JSON error; a longer one is
 * streamed when its headers are known before it ends, that is when the query's own {@code LIMIT} is within
 * the result limit (the {@value #TRUNCATED_HEADER} header is then {@code false}). An answer the result limit
 * may cut is held until it ends (at most the limit's rows), so that the header says exactly whether it did.
 * CONSTRUCT and DESCRIBE graphs are built whole (at most the limit's triples) and serialised after.
 */
final class SparqlQueryEndpoint {
    static final String TRUNCATED_HEADER = "Astrolabe-Results-Truncated";
    private static final Logger LOG = LoggerFactory.getLogger(SparqlQueryEndpoint.class);

    private final GraphStore store;
    private final RequestBodies bodies;
    private final ServiceDescription serviceDescription;
    private final long timeoutMillis;
    private final int resultLimit;
    private final String baseIri;

    /**
     * @param baseIri the base relative IRIs in queries resolve against: the server's resource base, so that a
     *                query means the same wherever the server runs
     */
    SparqlQueryEndpoint(GraphStore store, RequestBodies bodies, ServiceDescription serviceDescription,
                        long timeoutMillis, int resultLimit, String baseIri) {
        this.baseIri = baseIri;
        this.store = store;
        this.bodies = bodies;
        this.serviceDescription = serviceDescription;
        this.timeoutMillis = timeoutMillis;
        this.resultLimit = resultLimit;
    }

    void get(Context ctx) {
        if (ctx.queryParam("update") != null) {
            throw ApiException.badRequest("SPARQL Update is accepted at /update with POST");
        }
        if (ctx.queryParams("query").size() > 1) {
            throw ApiException.badRequest("Give one 'query' parameter, not " + ctx.queryParams("query").size());
        }
        String query = ctx.queryParam("query");
        if (query == null && hasParameter(ctx.queryString(), "query")) {
            throw ApiException.badRequest("The 'query' parameter is not valid percent-encoded UTF-8");
        }
        if (query == null) {
            serviceDescription.handle(ctx);
            return;
        }
        answer(ctx, query, ctx.queryParams("default-graph-uri"), ctx.queryParams("named-graph-uri"), Map.of());
    }

    void post(Context ctx) {
        String type = RequestBodies.requireMediaType(ctx, Set.of(WebContent.contentTypeHTMLForm, WebContent.contentTypeSPARQLQuery));
        if (type.equals(WebContent.contentTypeSPARQLQuery)) {
            answer(ctx, bodies.text(ctx), ctx.queryParams("default-graph-uri"), ctx.queryParams("named-graph-uri"), Map.of());
            return;
        }
        Map<String, List<String>> form = bodies.form(ctx);
        if (form.containsKey("update")) {
            throw ApiException.badRequest("SPARQL Update is accepted at /update, not at the query endpoint");
        }
        List<String> query = form.getOrDefault("query", List.of());
        if (query.size() != 1) {
            throw ApiException.badRequest(query.isEmpty() ? "The form has no 'query' field" : "The form has more than one 'query' field");
        }
        answer(ctx, query.get(0), form.getOrDefault("default-graph-uri", List.of()), form.getOrDefault("named-graph-uri", List.of()), form);
    }

    /** @param form the fields of a form-encoded body (empty otherwise), which may name the response format */
    private void answer(Context ctx, String queryString, List<String> defaultGraphs, List<String> namedGraphs,
                        Map<String, List<String>> form) {
        if (queryString.isBlank()) {
            throw ApiException.badRequest("The query is empty");
        }
        Query query = parse(queryString, baseIri);
        ContentNegotiation.Choice choice = query.isSelectType() || query.isAskType()
                ? ContentNegotiation.RESULTS.choose(ctx, form)
                : ContentNegotiation.GRAPHS.choose(ctx, form);
        boolean capped = capLimit(query);
        // Without the cap, the truncation header is known before the first row: such an answer may be streamed.
        Map<String, String> upFront = capped ? null : Map.of(TRUNCATED_HEADER, "false");
        AnswerBody body = new AnswerBody(ctx, choice.contentTypeHeader(), upFront);
        Answer answer;
        try {
            answer = store.read(ds -> execute(query, datasetFor(ds, query, defaultGraphs, namedGraphs), choice, body));
        } catch (RuntimeException | StackOverflowError e) {
            if (!body.committed()) {
                throw asApiError(e);
            }
            // Too late for an error status: the client sees the response end without its last chunk.
            LOG.warn("SPARQL query failed after its answer started streaming: {}", e.toString());
            body.abort(e);
            return;
        }
        try {
            if (answer.graph != null) {
                body.write(GraphSerialiser.write(answer.graph, choice.lang()));
            }
            body.finish(Map.of(TRUNCATED_HEADER, Boolean.toString(answer.size >= resultLimit && capped)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error a query that failed before its answer was sent gets; anything else is passed on as it is. */
    private RuntimeException asApiError(Throwable e) {
        if (e instanceof QueryCancelledException) {
            return new ApiException(503, "query timeout", "The query did not finish within " + timeoutMillis
                    + " ms and was stopped; narrow it down (add LIMIT, more specific patterns)");
        }
        if (e instanceof StackOverflowError) {
            return new ApiException(400, "query too complex", "The query is nested too deeply to evaluate");
        }
        if (e instanceof QueryExecException) {
            return new ApiException(400, "query evaluation error", e.getMessage());
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        throw (Error) e;
    }

    /** True when the raw query string names {@code name}, even if the server could not decode its value. */
    private static boolean hasParameter(String rawQuery, String name) {
        return rawQuery != null && java.util.Arrays.stream(rawQuery.split("&")).anyMatch(p -> p.equals(name) || p.startsWith(name + "="));
    }

    static Query parse(String queryString, String baseIri) {
        try {
            return QueryFactory.create(queryString, baseIri, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new ApiException(400, "query syntax error", e.getMessage());
        } catch (StackOverflowError e) {
            throw new ApiException(400, "query syntax error", "The query is nested too deeply to parse");
        } catch (RuntimeException e) {
            throw new ApiException(400, "query syntax error", String.valueOf(e.getMessage()));
        }
    }

    /** Lowers the query's LIMIT to the result limit; true when that may cut results the client asked for. */
    private boolean capLimit(Query query) {
        if (!(query.isSelectType())) {
            return true;
        }
        if (query.hasLimit() && query.getLimit() <= resultLimit) {
            return false;
        }
        query.setLimit(resultLimit);
        return true;
    }

    /** The protocol's dataset description wins over the query's FROM clauses, as in the SPARQL Protocol. */
    private static Dataset datasetFor(Dataset ds, Query query, List<String> defaultGraphs, List<String> namedGraphs) {
        DatasetDescription description = null;
        if (!defaultGraphs.isEmpty() || !namedGraphs.isEmpty()) {
            description = DatasetDescription.create(defaultGraphs, namedGraphs);
        } else if (query.hasDatasetDescription()) {
            description = query.getDatasetDescription();
        }
        if (description == null) {
            return ds;
        }
        for (String iri : description.getDefaultGraphURIs()) {
            checkGraphIri(iri);
        }
        for (String iri : description.getNamedGraphURIs()) {
            checkGraphIri(iri);
        }
        DatasetGraph dynamic = DynamicDatasets.dynamicDataset(description, ds.asDatasetGraph(), false);
        return DatasetFactory.wrap(dynamic);
    }

    private static void checkGraphIri(String iri) {
        if (iri.isBlank() || iri.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
            throw ApiException.badRequest("Not a graph IRI: '" + iri + "'");
        }
    }

    /**
     * Runs the query; SELECT and ASK results are written to {@code body} as they come (a failure while writing
     * is the query's), a CONSTRUCT or DESCRIBE graph is returned whole, for {@link GraphSerialiser}'s formats.
     */
    private Answer execute(Query query, Dataset dataset, ContentNegotiation.Choice choice, AnswerBody body) {
        Query toRun = query.cloneQuery();
        if (toRun.hasDatasetDescription()) {
            // The dataset was already built from the description; ARQ must not load graphs itself.
            toRun.getGraphURIs().clear();
            toRun.getNamedGraphURIs().clear();
        }
        try (QueryExecution qe = QueryExecution.create().query(toRun).dataset(dataset)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                // SERVICE would let any client make this server fetch arbitrary URLs.
                .set(ARQ.httpServiceAllowed, false).build()) {
            if (toRun.isSelectType()) {
                RowSet rows = RowSet.adapt(qe.execSelect());
                long[] written = {0};
                RowSet counted = RowSetStream.create(rows.getResultVars(), Iter.map(rows, row -> {
                    written[0]++;
                    return row;
                }));
                ResultsWriter.create().lang(choice.lang()).build().write(body, counted);
                return new Answer(null, written[0]);
            }
            if (toRun.isAskType()) {
                ResultsWriter.create().lang(choice.lang()).build().write(body, qe.execAsk());
                return new Answer(null, 1);
            }
            Iterator<Triple> triples = toRun.isConstructType() ? qe.execConstructTriples() : qe.execDescribeTriples();
            Graph graph = GraphFactory.createDefaultGraph();
            PrefixMapping prefixes = graph.getPrefixMapping();
            prefixes.setNsPrefixes(Ontology.PREFIXES);
            prefixes.setNsPrefixes(toRun.getPrefixMapping());
            int count = 0;
            while (triples.hasNext() && count < resultLimit) {
                Triple t = triples.next();
                if (!graph.contains(t)) {
                    graph.add(t);
                    count++;
                }
            }
            return new Answer(graph, count);
        } catch (org.apache.jena.query.QueryDeniedException e) {
            throw new ApiException(400, "query not allowed", "SERVICE (federated query) is disabled on this server");
        } catch (StackOverflowError e) {
            throw new ApiException(400, "query too complex", "The query is nested or chained too deeply to evaluate");
        }
    }

    /** What a query gave: its graph (CONSTRUCT, DESCRIBE; {@code null} when written already) and its size. */
    private record Answer(Graph graph, long size) {}
}
