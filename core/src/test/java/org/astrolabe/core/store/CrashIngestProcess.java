package org.astrolabe.core.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The child process of {@link CrashSafetyTest}: runs {@code args[2]} store operations on the TDB2 store in
 * {@code args[0]} for round {@code args[1]}, printing each one after it has committed. Operation {@code n}
 * deletes article {@code n} when {@link #deletes} says so, else puts article {@code n} in version {@code round}.
 */
public final class CrashIngestProcess {
    private CrashIngestProcess() {}

    static boolean deletes(int n, int round) {
        return (n + round) % 7 == 0;
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        int operations = Integer.parseInt(args[2]);
        GeneratedArticles articles = new GeneratedArticles(GraphStoreContractTest.IRIS);
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(round), ZoneOffset.UTC);
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder, GraphStoreContractTest.IRIS, clock)) {
            // Load the ontology and Jena's write path first, so that the kills land in the middle of ingestion.
            new org.astrolabe.core.model.ArticleGraph(GraphStoreContractTest.IRIS).articleGraph(articles.article(0, round), clock.instant());
            store.write(dataset -> { });
            System.out.println("ready");
            System.out.flush();
            for (int n = 0; n < operations; n++) {
                if (deletes(n, round)) {
                    store.delete(GraphStoreContractTest.IRIS.document(articles.article(n, round).article()));
                } else {
                    store.put(articles.article(n, round));
                }
                System.out.println("done " + n);
                System.out.flush();
            }
        }
    }
}
