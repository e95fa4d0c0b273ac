package org.astrolabe.core.store.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.buffering.BufferingDatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.shapes.ShapeCheck;
import org.astrolabe.core.store.DocumentSummary;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.core.store.StoreException;
import org.astrolabe.core.store.StoreStats;
import org.astrolabe.ontology.KG;

/**
 * A {@link GraphStore} kept by a remote SPARQL 1.1 server (Fuseki, or any server with the query, update and
 * Graph Store Protocol endpoints), so that several Astrolabe processes, or a replicated Fuseki cluster (RDF
 * Delta), can serve one graph. It speaks HTTP through Jena's {@link RDFLink}; it holds no data locally.
 *
 * <h2>Atomicity</h2>
 * Every change ({@link #put}, {@link #delete}, {@link #write}) is sent as <em>one</em> SPARQL Update request
 * (for {@code put}: remove the orphaned entity descriptions, {@code DROP SILENT GRAPH}, {@code INSERT DATA},
 * add the new entity descriptions). Fuseki runs one request in one write transaction, so an article is
 * either completely in the store or absent, as with the embedded store. Servers that do not run a request
 * atomically weaken this guarantee. {@link #putAll} sends one such request per article, not one per batch:
 * each article is atomic, the batch is not.
 *
 * <h2>Default graph</h2>
 * The store's own queries name their graphs ({@code GRAPH ?g}) and never depend on the server's default
 * graph. Users' SPARQL sent straight to the server sees the union of the named graphs only if the server
 * is configured so: for Fuseki with TDB2, {@code tdb2:unionDefaultGraph true} on the dataset (see
 * {@code docs/scale-out.md}). The {@link #dataset()} view computes the union itself.
 *
 * <h2>What is offered remotely</h2>
 * <ul>
 *   <li>{@link #dataset()} and {@link #read}: a read-only, remote-backed view; every lookup is a query to the
 *       server, nothing is copied locally. Reads are not isolated from concurrent writers: two lookups may
 *       see different states. Transactions begun on the view are accepted and do nothing. Changing the view
 *       throws {@link UnsupportedOperationException}.</li>
 *   <li>{@link #write}: the action runs over a buffer on top of that view (it reads its own changes); when
 *       it returns, the buffered deletions and additions are sent as one {@code DELETE DATA}/{@code INSERT
 *       DATA} request, atomic at the server; when it throws, nothing is sent. There is no isolation from
 *       other writers while the action runs (last writer wins).</li>
 *   <li>{@link #compact()} does nothing here: compaction is the server's business (Fuseki:
 *       {@code POST /$/compact/NAME}).</li>
 * </ul>
 *
 * <h2>Thread-safety</h2>
 * All methods may be called from any number of threads; each call uses its own link over one shared HTTP
 * client. Concurrent writers are serialised by the server's transactions.
 */
public final class RemoteSparqlGraphStore implements GraphStore {
    static {
        // Jena's vocabulary constants are only safe to touch once Jena has initialised itself.
        JenaSystem.init();
    }

    private static final String PREFIXES = """
            PREFIX kg: <%s>
            PREFIX rdf: <%s>
            PREFIX rdfs: <%s>
            PREFIX dcterms: <%s>
            """.formatted(KG.NS, RDF.getURI(), RDFS.getURI(), DCTerms.getURI());

    private final SparqlEndpoints endpoints;
    private final Iris iris;
    private final ArticleGraph layout;
    private final ShapeCheck shapeCheck = new ShapeCheck();
    private final Clock clock;
    private final HttpClient http;
    private final RemoteDatasetView view;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RemoteSparqlGraphStore(SparqlEndpoints endpoints, Iris iris, Clock clock) {
        this.endpoints = endpoints;
        this.iris = iris;
        this.layout = new ArticleGraph(iris);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.view = new RemoteDatasetView(this::link);
    }

    /** A store on the Fuseki dataset at {@code datasetUrl} (e.g. {@code http://localhost:3030/astrolabe}). */
    public static RemoteSparqlGraphStore connect(String datasetUrl) {
        return connect(SparqlEndpoints.fuseki(datasetUrl), Iris.defaults(), Clock.systemUTC());
    }

    /**
     * A store on the given endpoints. Nothing is sent until the first call; a server that cannot be reached
     * fails that call with an {@link IllegalStateException} naming the endpoint.
     *
     * @param clock the source of {@code kg:ingestedAt}
     */
    public static RemoteSparqlGraphStore connect(SparqlEndpoints endpoints, Iris iris, Clock clock) {
        return new RemoteSparqlGraphStore(endpoints, iris, clock);
    }

    public SparqlEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public PutOutcome put(ExtractionResult result) {
        checkOpen();
        return put(result, Rewrite.IF_CHANGED);
    }

    @Override
    public List<PutOutcome> putAll(List<ExtractionResult> results, Rewrite rewrite) {
        checkOpen();
        List<PutOutcome> outcomes = new ArrayList<>(results.size());
        for (ExtractionResult result : results) {
            outcomes.add(put(result, rewrite));
        }
        return outcomes;
    }

    @Override
    public Optional<String> alreadyStored(Article article, String extractorVersion) {
        checkOpen();
        String docIri = iris.document(article);
        Optional<Binding> stored = storedVersion(NodeFactory.createURI(docIri));
        return stored.isPresent() && holds(stored.get(), article, extractorVersion) ? Optional.of(docIri) : Optional.empty();
    }

    private Optional<Binding> storedVersion(Node doc) {
        return selectOne(PREFIXES + "SELECT ?hash ?version WHERE { GRAPH " + nt(doc) + " { "
                + nt(doc) + " kg:contentHash ?hash ; kg:extractorVersion ?version } }");
    }

    private static boolean holds(Binding stored, Article article, String extractorVersion) {
        return Iris.contentHash(article.text()).equals(lexical(stored, "hash")) && extractorVersion.equals(lexical(stored, "version"));
    }

    private PutOutcome put(ExtractionResult result, Rewrite rewrite) {
        String docIri = iris.document(result.article());
        Node doc = NodeFactory.createURI(docIri);
        Optional<Binding> stored = storedVersion(doc);
        if (stored.isPresent() && rewrite == Rewrite.IF_CHANGED && holds(stored.get(), result.article(), result.extractorVersion())) {
            return new PutOutcome(docIri, PutOutcome.Change.UNCHANGED, countQuads(doc));
        }
        Graph graph = layout.articleGraph(result, clock.instant());
        shapeCheck.check(docIri, graph, layout.descriptions(result));
        StringBuilder update = new StringBuilder(PREFIXES);
        if (stored.isPresent()) {
            update.append(removeOrphanedDescriptions(doc, mentioned(graph))).append(" ;\n");
        }
        update.append("DROP SILENT GRAPH ").append(nt(doc)).append(" ;\n");
        update.append("INSERT DATA { GRAPH ").append(nt(doc)).append(" {\n");
        graph.find().forEachRemaining(t -> update.append(triple(t)));
        update.append("} }");
        for (ExtractedEntity entity : result.entities()) {
            update.append(" ;\n").append(describe(entity));
        }
        update(update.toString());
        return new PutOutcome(docIri, stored.isPresent() ? PutOutcome.Change.REPLACED : PutOutcome.Change.ADDED, graph.size());
    }

    @Override
    public long shapeViolations() {
        return shapeCheck.violations();
    }

    @Override
    public boolean delete(String documentIri) {
        checkOpen();
        Node doc = NodeFactory.createURI(documentIri);
        if (!ask(PREFIXES + "ASK { GRAPH " + nt(doc) + " { " + nt(doc) + " a kg:Document } }")) {
            return false;
        }
        update(PREFIXES + removeOrphanedDescriptions(doc, Set.of()) + " ;\nDROP SILENT GRAPH " + nt(doc));
        return true;
    }

    @Override
    public Optional<DocumentSummary> document(String documentIri) {
        checkOpen();
        return summaries(List.of(documentIri)).stream().findFirst();
    }

    @Override
    public List<DocumentSummary> documents(int offset, int limit) {
        checkOpen();
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        List<String> page = new ArrayList<>();
        select(PREFIXES + "SELECT ?doc WHERE { GRAPH ?doc { ?doc a kg:Document ; kg:ingestedAt ?at } } "
                + "ORDER BY DESC(?at) ?doc OFFSET " + offset + " LIMIT " + limit, b -> page.add(b.get("doc").getURI()));
        return summaries(page);
    }

    @Override
    public boolean hasDocuments() {
        checkOpen();
        return ask(PREFIXES + "ASK { GRAPH ?doc { ?doc a kg:Document } }");
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        checkOpen();
        return action.apply(DatasetFactory.wrap(view));
    }

    @Override
    public void write(Consumer<Dataset> action) {
        checkOpen();
        BufferingDatasetGraph buffer = new ChangeBuffer(view);
        action.accept(DatasetFactory.wrap(buffer));
        Set<Quad> deleted = new LinkedHashSet<>(buffer.getDeletedQuads());
        buffer.getDeletedTriples().forEach(t -> deleted.add(Quad.create(Quad.defaultGraphIRI, t)));
        Set<Quad> added = new LinkedHashSet<>(buffer.getAddedQuads());
        buffer.getAddedTriples().forEach(t -> added.add(Quad.create(Quad.defaultGraphIRI, t)));
        if (deleted.isEmpty() && added.isEmpty()) {
            return;
        }
        update("DELETE DATA {\n" + quadData(deleted) + "} ;\nINSERT DATA {\n" + quadData(added) + "}");
    }

    /** A read-only view of the remote dataset; see the class comment for what it offers. */
    @Override
    public Dataset dataset() {
        checkOpen();
        return DatasetFactory.wrap(view);
    }

    /**
     * Streams the quads as one query reads them (one read transaction at the server). JSON-LD, which Jena
     * cannot stream, is written one graph at a time (each graph held in memory while written), as a JSON
     * array of named-graph objects.
     */
    @Override
    public long export(OutputStream out, RDFFormat format, String graphIri) {
        checkOpen();
        Node graph = graphIri == null ? null : NodeFactory.createURI(graphIri);
        if (graph != null && !ask("ASK { GRAPH " + nt(graph) + " { ?s ?p ?o } }")) {
            throw new StoreException("the store has no graph " + graphIri);
        }
        try {
            long written = RDFLanguages.sameLang(format.getLang(), Lang.JSONLD) ? exportJsonLd(out, graph) : exportStream(out, format, graph);
            out.flush();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long exportStream(OutputStream out, RDFFormat format, Node graph) {
        StreamRDF writer = streamingWriter(out, format);
        boolean keepsGraphs = RDFLanguages.isQuads(format.getLang()) && graph == null;
        AtomicLong count = new AtomicLong();
        writer.start();
        String query = graph == null ? "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
                : "SELECT ?s ?p ?o WHERE { GRAPH " + nt(graph) + " { ?s ?p ?o } }";
        select(query, b -> {
            if (keepsGraphs) {
                writer.quad(Quad.create(b.get("g"), b.get("s"), b.get("p"), b.get("o")));
            } else {
                writer.triple(Triple.create(b.get("s"), b.get("p"), b.get("o")));
            }
            count.incrementAndGet();
        });
        writer.finish();
        return count.get();
    }

    private long exportJsonLd(OutputStream out, Node onlyGraph) throws IOException {
        if (onlyGraph != null) {
            DatasetGraph single = fetchGraph(onlyGraph, Quad.defaultGraphIRI);
            RDFDataMgr.write(out, single, RDFFormat.JSONLD11);
            return single.getDefaultGraph().size();
        }
        List<Node> graphs = new ArrayList<>();
        select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g", b -> graphs.add(b.get("g")));
        long count = 0;
        out.write("[\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < graphs.size(); i++) {
            if (i > 0) {
                out.write(",\n".getBytes(StandardCharsets.UTF_8));
            }
            DatasetGraph single = fetchGraph(graphs.get(i), graphs.get(i));
            RDFDataMgr.write(out, single, RDFFormat.JSONLD11);
            count += single.getGraph(graphs.get(i)).size();
        }
        out.write("]\n".getBytes(StandardCharsets.UTF_8));
        return count;
    }

    /** One remote graph in memory, under the name {@code as}. */
    private DatasetGraph fetchGraph(Node graph, Node as) {
        DatasetGraph copy = DatasetGraphFactory.create();
        select("SELECT ?s ?p ?o WHERE { GRAPH " + nt(graph) + " { ?s ?p ?o } }",
                b -> copy.add(as, b.get("s"), b.get("p"), b.get("o")));
        return copy;
    }

    /** The format as asked, or the streaming variant of its language (Turtle and TriG: "blocks"). */
    private static StreamRDF streamingWriter(OutputStream out, RDFFormat format) {
        if (StreamRDFWriter.registered(format)) {
            return StreamRDFWriter.getWriterStream(out, format, null);
        }
        if (RDFLanguages.sameLang(format.getLang(), Lang.TURTLE)) {
            return StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS, null);
        }
        if (RDFLanguages.sameLang(format.getLang(), Lang.TRIG)) {
            return StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS, null);
        }
        throw new IllegalArgumentException("The remote store exports only streaming formats (N-Quads, TriG, N-Triples, Turtle), not " + format);
    }

    @Override
    public StoreStats stats() {
        checkOpen();
        long articles = count("SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { GRAPH ?doc { ?doc a kg:Document } }");
        Map<String, Long> perClass = new LinkedHashMap<>();
        select(PREFIXES + "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + nt(entitiesGraph())
                + " { ?e a ?class } } GROUP BY ?class ORDER BY ?class",
                b -> perClass.put(b.get("class").getURI(), number(b, "n")));
        Map<String, Long> perProperty = new LinkedHashMap<>();
        select(PREFIXES + "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { "
                + "?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } } GROUP BY ?p ORDER BY ?p",
                b -> perProperty.put(b.get("p").getURI(), number(b, "n")));
        long quads = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        return new StoreStats(articles, perClass, perProperty, quads);
    }

    /** Does nothing: the server compacts its own storage (Fuseki: {@code POST /$/compact/NAME}). */
    @Override
    public void compact() {
        checkOpen();
    }

    /** Streams the whole store, read in one query (one read transaction at the server), as gzipped N-Quads. */
    @Override
    public Path backup(Path target) {
        checkOpen();
        Path file = Files.isDirectory(target)
                ? target.resolve("astrolabe-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .format(clock.instant().atZone(ZoneOffset.UTC)) + ".nq.gz")
                : target;
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
                export(out, RDFFormat.NQUADS, null);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed.set(true);
    }

    /** Buffers changes over the view; its graphs go through the buffer (Jena's own hand the base's graphs out). */
    private static final class ChangeBuffer extends BufferingDatasetGraph {
        ChangeBuffer(RemoteDatasetView base) {
            super(base);
        }

        @Override
        public Graph getGraph(Node graphNode) {
            return GraphView.createNamedGraph(this, graphNode);
        }

        @Override
        public Graph getUnionGraph() {
            return GraphView.createUnionGraph(this);
        }
    }

    // --- update text ---------------------------------------------------------------------------------

    /**
     * Removes the descriptions of entities that {@code doc} mentions (typed subjects and {@code kg:refersTo}
     * targets) and that neither another article graph (as a subject, or a {@code kg:refersTo} target) nor
     * {@code keep} (what the new version of the article mentions) still mentions. Runs before the article's
     * graph is dropped, in the same request.
     */
    private String removeOrphanedDescriptions(Node doc, Set<Node> keep) {
        String entities = nt(entitiesGraph());
        StringBuilder u = new StringBuilder();
        u.append("DELETE { GRAPH ").append(entities).append(" { ?e ?p ?o } }\nWHERE {\n");
        u.append("  { SELECT DISTINCT ?e WHERE { GRAPH ").append(nt(doc))
                .append(" { { ?e a ?type } UNION { ?m kg:refersTo ?e } } FILTER (isIRI(?e)) GRAPH ")
                .append(entities).append(" { ?e ?described ?as } } }\n");
        if (!keep.isEmpty()) {
            u.append("  FILTER (?e NOT IN (").append(keep.stream().map(RemoteSparqlGraphStore::nt)
                    .collect(Collectors.joining(", "))).append("))\n");
        }
        String otherArticle = "FILTER (?other != " + nt(doc) + " && ?other != " + entities + ")";
        u.append("  FILTER NOT EXISTS { GRAPH ?other { ?e ?anyP ?anyO } ").append(otherArticle).append(" }\n");
        u.append("  FILTER NOT EXISTS { GRAPH ?other { ?anyM kg:refersTo ?e } ").append(otherArticle).append(" }\n");
        u.append("  GRAPH ").append(entities).append(" { ?e ?p ?o }\n}");
        return u.toString();
    }

    /** What an article graph mentions: its typed subjects and the targets of {@code kg:refersTo}. */
    private static Set<Node> mentioned(Graph articleGraph) {
        Set<Node> mentioned = new LinkedHashSet<>();
        articleGraph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> mentioned.add(t.getSubject()));
        articleGraph.find(Node.ANY, KG.refersTo.asNode(), Node.ANY).forEachRemaining(t -> mentioned.add(t.getObject()));
        mentioned.removeIf(n -> !n.isURI());
        return mentioned;
    }

    /**
     * The entity's description: label and types only if the entities graph has no description of it yet (the
     * first article wins), its {@code owl:sameAs} links always (links it has already change nothing).
     */
    private String describe(ExtractedEntity entity) {
        Node e = NodeFactory.createURI(entity.iri());
        String entities = nt(entitiesGraph());
        StringBuilder firstOnly = new StringBuilder();
        StringBuilder always = new StringBuilder();
        for (Triple t : layout.description(entity)) {
            (t.getPredicate().equals(OWL.sameAs.asNode()) ? always : firstOnly).append(triple(t));
        }
        StringBuilder u = new StringBuilder("INSERT { GRAPH ").append(entities).append(" {\n").append(firstOnly)
                .append("} } WHERE { FILTER NOT EXISTS { GRAPH ").append(entities).append(" { ")
                .append(nt(e)).append(" rdfs:label ?label } } }");
        if (always.length() > 0) {
            u.append(" ;\nINSERT DATA { GRAPH ").append(entities).append(" {\n").append(always).append("} }");
        }
        return u.toString();
    }

    private static String quadData(Set<Quad> quads) {
        StringBuilder data = new StringBuilder();
        Map<Node, List<Quad>> byGraph = quads.stream().collect(Collectors.groupingBy(Quad::getGraph, LinkedHashMap::new, Collectors.toList()));
        byGraph.forEach((graph, inGraph) -> {
            boolean dflt = Quad.isDefaultGraph(graph);
            if (!dflt) {
                data.append("GRAPH ").append(nt(graph)).append(" {\n");
            }
            inGraph.forEach(q -> data.append(triple(q.asTriple())));
            if (!dflt) {
                data.append("}\n");
            }
        });
        return data.toString();
    }

    private static String triple(Triple t) {
        return nt(t.getSubject()) + " " + nt(t.getPredicate()) + " " + nt(t.getObject()) + " .\n";
    }

    private static String nt(Node node) {
        return NodeFmtLib.strNT(node);
    }

    private Node entitiesGraph() {
        return NodeFactory.createURI(iris.entitiesGraph());
    }

    // --- summaries -----------------------------------------------------------------------------------

    private List<DocumentSummary> summaries(List<String> docIris) {
        if (docIris.isEmpty()) {
            return List.of();
        }
        String values = "VALUES ?doc { " + docIris.stream().map(i -> nt(NodeFactory.createURI(i))).collect(Collectors.joining(" ")) + " }";
        Map<String, Binding> metadata = new HashMap<>();
        select(PREFIXES + "SELECT ?doc ?title ?date ?url ?source ?hash ?at ?version WHERE { " + values + " GRAPH ?doc { "
                + "?doc a kg:Document ; kg:contentHash ?hash ; kg:ingestedAt ?at ; kg:extractorVersion ?version "
                + "OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date } "
                + "OPTIONAL { ?doc dcterms:source ?url } OPTIONAL { ?doc kg:sourceName ?source } } }",
                b -> metadata.putIfAbsent(b.get("doc").getURI(), b));
        Map<String, Long> quads = new HashMap<>();
        select("SELECT ?doc (COUNT(*) AS ?n) WHERE { " + values + " GRAPH ?doc { ?s ?p ?o } } GROUP BY ?doc",
                b -> quads.put(b.get("doc").getURI(), number(b, "n")));
        Map<String, Long> facts = new HashMap<>();
        select(PREFIXES + "SELECT ?doc (COUNT(?f) AS ?n) WHERE { " + values + " GRAPH ?doc { ?f a kg:Fact } } GROUP BY ?doc",
                b -> facts.put(b.get("doc").getURI(), number(b, "n")));
        List<DocumentSummary> summaries = new ArrayList<>();
        for (String iri : docIris) {
            Binding b = metadata.get(iri);
            if (b == null) {
                continue;
            }
            summaries.add(new DocumentSummary(iri, lexical(b, "title"),
                    Optional.ofNullable(lexical(b, "date")).map(LocalDate::parse).orElse(null),
                    b.get("url") == null ? null : b.get("url").getURI(), lexical(b, "source"), lexical(b, "hash"),
                    Instant.parse(lexical(b, "at")), lexical(b, "version"),
                    facts.getOrDefault(iri, 0L), quads.getOrDefault(iri, 0L)));
        }
        return summaries;
    }

    private long countQuads(Node graph) {
        return count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + nt(graph) + " { ?s ?p ?o } }");
    }

    // --- HTTP ----------------------------------------------------------------------------------------

    private RDFLink link() {
        checkOpen();
        return RDFLinkHTTP.newBuilder()
                .httpClient(http)
                .queryEndpoint(endpoints.query())
                .updateEndpoint(endpoints.update())
                .gspEndpoint(endpoints.graphStore())
                .build();
    }

    private void select(String query, Consumer<Binding> row) {
        remote(endpoints.query(), () -> {
            try (RDFLink link = link(); QueryExec exec = link.query(query)) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row);
            }
            return null;
        });
    }

    private Optional<Binding> selectOne(String query) {
        List<Binding> rows = new ArrayList<>();
        select(query, rows::add);
        return rows.stream().findFirst();
    }

    private boolean ask(String query) {
        return remote(endpoints.query(), () -> {
            try (RDFLink link = link(); QueryExec exec = link.query(query)) {
                return exec.ask();
            }
        });
    }

    private long count(String query) {
        return selectOne(PREFIXES + query).map(b -> number(b, "n")).orElse(0L);
    }

    private void update(String request) {
        remote(endpoints.update(), () -> {
            try (RDFLink link = link()) {
                link.update(request);
            }
            return null;
        });
    }

    private static <T> T remote(String endpoint, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpException | QueryExceptionHTTP e) {
            throw new IllegalStateException("The SPARQL server at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private static String lexical(Binding b, String variable) {
        Node n = b.get(variable);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static long number(Binding b, String variable) {
        return Long.parseLong(b.get(variable).getLiteralLexicalForm());
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("The store is closed");
        }
    }
}
