package org.astrolabe.reliability;

import java.nio.file.Path;

import org.astrolabe.api.AstrolabeServer;
import org.astrolabe.api.ExtractorLoader;
import org.astrolabe.api.ServerConfig;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.reliability.support.PoolExtractor;
import org.astrolabe.reliability.support.SyntheticArticles;

/**
 * The child JVM of {@link CrashRecoveryTest}: opens the store, starts the server on loopback, then writes
 * until it is killed, printing one line per step on stdout (flushed at once), so the parent knows what
 * was committed when the SIGKILL arrived:
 * <pre>
 * READY port
 * BEGIN n            COMMITTED n iri quads       (each put of article n)
 * DELETING n         DELETED n iri               (compact mode: each delete)
 * COMPACT-BEGIN k    COMPACT-END k               (compact mode: each compaction)
 * </pre>
 * Usage: {@code CrashingIngestServer <store> ingest|compact <series> <first article number>}.
 */
public final class CrashingIngestServer {

    public static void main(String[] args) {
        Path storeDir = Path.of(args[0]);
        boolean compacting = "compact".equals(args[1]);
        SyntheticArticles articles = new SyntheticArticles(args[2]);
        int first = Integer.parseInt(args[3]);
        GraphStore store = Tdb2GraphStore.open(storeDir);
        AstrolabeServer server = AstrolabeServer.create(ServerConfig.defaults().withPort(0), store,
                ExtractorLoader.of(new PoolExtractor())).start();
        say("READY " + server.port());
        for (int n = first, round = 0; ; n++, round++) {
            say("BEGIN " + n);
            var outcome = store.put(articles.article(n));
            say("COMMITTED " + n + " " + outcome.documentIri() + " " + outcome.quads());
            if (compacting) {
                int old = n - 2;
                if (old >= first) {
                    say("DELETING " + old);
                    store.delete(articles.documentIri(old));
                    say("DELETED " + old + " " + articles.documentIri(old));
                }
                say("COMPACT-BEGIN " + round);
                store.compact();
                say("COMPACT-END " + round);
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
