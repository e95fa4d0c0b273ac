package org.astrolabe.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.StorePrefixes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query on the store. The default graph is the union of all graphs.",
                "The prefixes kg, res, rdf, rdfs, owl, xsd, skos, dcterms, schema and nif are predeclared.",
                "SELECT prints a table (or --format); ASK prints yes or no; CONSTRUCT and DESCRIBE print Turtle.",
                "Exit code 2 for a query that does not parse."})
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, json, xml, csv, tsv }

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Result format for SELECT and ASK: table, json, xml, csv or tsv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "SPARQL", description = "The query, or - to read it from standard input.")
    String text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String sparql = "-".equals(text) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : text;
        PrefixMapping prefixes = Prefixes.adapt(StorePrefixes.of(Iris.defaults()));
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(prefixes));
        try {
            QueryFactory.parse(query, sparql, null, Syntax.syntaxSPARQL_12);
        } catch (QueryParseException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("astrolabe query: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip());
            err.flush();
            return 2;
        }
        PrintStream out = System.out;
        try (GraphStore graph = store.openExisting()) {
            graph.read(ds -> {
                try (QueryExecution execution = QueryExecution.dataset(ds).query(query).build()) {
                    if (query.isSelectType()) {
                        printSelect(execution.execSelect(), out, query);
                    } else if (query.isAskType()) {
                        printAsk(execution.execAsk(), out);
                    } else if (query.isConstructType() || query.isDescribeType()) {
                        Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                        model.setNsPrefixes(prefixes);
                        RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
                    } else {
                        throw new IllegalArgumentException("unsupported query form");
                    }
                }
                return null;
            });
        }
        out.flush();
        return 0;
    }

    private void printSelect(ResultSet results, OutputStream out, Query query) {
        switch (format) {
            case table -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
            case json -> ResultSetFormatter.outputAsJSON(out, results);
            case xml -> ResultSetFormatter.outputAsXML(out, results);
            case csv -> ResultSetFormatter.outputAsCSV(out, results);
            case tsv -> ResultSetFormatter.outputAsTSV(out, results);
        }
    }

    private void printAsk(boolean answer, PrintStream out) {
        switch (format) {
            case table -> out.println(answer ? "yes" : "no");
            case json -> ResultSetFormatter.outputAsJSON(out, answer);
            case xml -> ResultSetFormatter.outputAsXML(out, answer);
            case csv -> ResultSetFormatter.outputAsCSV(out, answer);
            case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
        }
    }
}
