package org.astrolabe.bench.sections;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFFormat;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;

/**
 * Runs in a child JVM with a small heap: opens a TDB2 store through Astrolabe's {@link GraphStore} as
 * {@code astrolabe export} does (small node caches for one pass) and exports all of it as N-Quads to a file,
 * printing the quad count. Arguments: store folder, output file.
 */
public final class ExportChild {
    private ExportChild() {}

    public static void main(String[] args) throws Exception {
        try (GraphStore store = Tdb2GraphStore.openForStreaming(Path.of(args[0]));
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            long quads = store.export(out, RDFFormat.NQUADS, null);
            System.out.println("quads=" + quads);
        }
    }
}
