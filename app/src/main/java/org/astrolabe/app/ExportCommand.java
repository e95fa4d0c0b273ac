package org.astrolabe.app;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.astrolabe.core.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Dumps the store, or one article's graph, in constant memory.",
                "nquads and trig keep the graph names; turtle and ntriples of the whole store write every graph's "
                        + "triples without graph names; jsonld writes a JSON array with one object per graph.",
                "Writes to standard output unless --out is given; a summary goes to standard error."})
public final class ExportCommand implements Callable<Integer> {
    enum Format {
        turtle(RDFFormat.TURTLE), ntriples(RDFFormat.NTRIPLES), nquads(RDFFormat.NQUADS), trig(RDFFormat.TRIG),
        jsonld(RDFFormat.JSONLD);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nquads",
            description = "turtle, ntriples, nquads, trig or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this graph (an article's IRI, or the entities graph).")
    String graph;

    @Option(names = "--gzip", description = "Compress the output with gzip (implied by an --out name ending in .gz).")
    boolean gzip;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (written completely or not at all).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean compress = gzip || (out != null && out.getFileName().toString().endsWith(".gz"));
        long count;
        try (GraphStore graphStore = store.openExistingForStreaming()) {
            if (out == null) {
                count = write(graphStore, new FilterOutputStream(System.out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                }, compress);
            } else {
                Path partial = out.resolveSibling(out.getFileName() + ".partial");
                try {
                    count = write(graphStore, Files.newOutputStream(partial), compress);
                    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("exported " + count + " quads (" + format + (compress ? ", gzip" : "") + ") from "
                + (graph == null ? store.folder().toString() : graph) + " to " + (out == null ? "standard output" : out));
        err.flush();
        return 0;
    }

    private long write(GraphStore graphStore, OutputStream target, boolean compress) throws IOException {
        try (OutputStream sink = compress ? new GZIPOutputStream(target, 1 << 16) : target) {
            return graphStore.export(sink, format.rdf, graph);
        }
    }
}
