package org.astrolabe.app;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.PrefixMap;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.StorePrefixes;
import org.astrolabe.core.store.StoreStats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts articles, entities per class, facts (distinct statements) per property and quads.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print JSON (full IRIs) instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        StoreStats stats;
        try (GraphStore graph = store.openExisting()) {
            stats = graph.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("store", store.folder().toString());
            document.put("articles", stats.articles());
            document.put("quads", stats.quads());
            document.put("entitiesPerClass", stats.entitiesPerClass());
            document.put("factsPerProperty", stats.factsPerProperty());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document));
        } else {
            PrefixMap prefixes = StorePrefixes.of(Iris.defaults());
            out.println("store:    " + store.folder());
            out.println("articles: " + stats.articles());
            out.println("quads:    " + stats.quads());
            out.println("entities per class:");
            stats.entitiesPerClass().forEach((c, n) -> out.printf("  %-28s %d%n", prefixes.abbreviate(c), n));
            out.println("facts per property:");
            stats.factsPerProperty().forEach((p, n) -> out.printf("  %-28s %d%n", prefixes.abbreviate(p), n));
        }
        out.flush();
        return 0;
    }
}
