package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity index kept beside a TDB2 store: a restart over an unchanged store reuses it, a store changed while
 * no server ran makes the next start rebuild it, and the answers are the same either way.
 */
class EntityIndexOnDiskTest {
    private static final List<String> SEARCHES = List.of("/api/entities?q=suparco&limit=10", "/api/entities?q=SUPARCO",
            "/api/entities?q=sao%20paulo&limit=5", "/api/entities?q=agency", "/api/entities?q=agencey", "/api/entities?limit=3",
            "/api/entities?q=esa&type=SpaceAgency");
    private static final Pattern REBUILDS = Pattern.compile("(?m)^astrolabe_index_rebuilds_total(?:\\{[^}]*})? (\\S+)$");

    @TempDir
    Path temp;

    private ServerFixture serve(Path folder) {
        return new ServerFixture(Tdb2GraphStore.open(folder), c -> c, org.astrolabe.api.ExtractorLoader.none());
    }

    /** The answer of every search, in order; also waits for the index, which searches do. */
    private static Map<String, String> answers(ServerFixture fx) {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        for (String search : SEARCHES) {
            var response = fx.get(search);
            assertThat(response.statusCode()).as(search).isEqualTo(200);
            bodies.put(search, response.body());
        }
        return bodies;
    }

    private static double rebuilds(ServerFixture fx) {
        Matcher m = REBUILDS.matcher(fx.get("/metrics").body());
        assertThat(m.find()).as("astrolabe_index_rebuilds_total in /metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aRestartOverTheSameStoreReusesTheIndexAndAnswersAlike() {
        Path folder = temp.resolve("store");
        Map<String, String> first;
        try (ServerFixture fx = serve(folder)) {
            fx.server.documentStored(fx.store.put(SampleArticles.agreementArticle()).documentIri());
            fx.server.documentStored(fx.store.put(SampleArticles.cooperationArticle()).documentIri());
            first = answers(fx);
            assertThat(rebuilds(fx)).isEqualTo(1.0);
            assertThat(first.get("/api/entities?q=sao%20paulo&limit=5")).contains(SampleArticles.SAO_PAULO);
        }
        assertThat(folder.resolve("lookup-index")).isDirectory();

        try (ServerFixture fx = serve(folder)) {
            Map<String, String> again = answers(fx);
            assertThat(rebuilds(fx)).as("index reused from disk").isZero();
            assertThat(again).isEqualTo(first);
        }
        try (ServerFixture fx = serve(folder)) {
            assertThat(answers(fx)).isEqualTo(first);
            assertThat(rebuilds(fx)).as("a second restart reuses it too").isZero();
        }
    }

    @Test
    void aStoreChangedWhileNoServerRanMakesTheNextStartRebuild() {
        Path folder = temp.resolve("store");
        try (ServerFixture fx = serve(folder)) {
            fx.server.documentStored(fx.store.put(SampleArticles.agreementArticle()).documentIri());
            assertThat(fx.get("/api/entities?q=sao%20paulo").body()).doesNotContain(SampleArticles.SAO_PAULO);
        }
        try (Tdb2GraphStore offline = Tdb2GraphStore.open(folder)) {
            PutOutcome stored = offline.put(SampleArticles.cooperationArticle());
            assertThat(stored.quads()).isPositive();
        }
        try (ServerFixture fx = serve(folder)) {
            assertThat(fx.get("/api/entities?q=sao%20paulo").body()).contains(SampleArticles.SAO_PAULO);
            assertThat(rebuilds(fx)).isEqualTo(1.0);
        }
    }

    @Test
    void anIndexLeftByAServerThatDidNotStopCleanlyIsRebuilt() throws java.io.IOException {
        Path folder = temp.resolve("store");
        try (ServerFixture fx = serve(folder)) {
            fx.server.documentStored(fx.store.put(SampleArticles.agreementArticle()).documentIri());
            answers(fx);
        }
        // A clean stop leaves the marker; a server that is killed has removed it at its start and never writes it.
        Path marker = folder.resolve("lookup-index").resolve(IndexMarker.FILE_NAME);
        assertThat(marker).exists();
        try (ServerFixture fx = serve(folder)) {
            answers(fx);
            assertThat(marker).as("taken while the server runs").doesNotExist();
        }
        try (ServerFixture fx = serve(folder)) {
            answers(fx);
            assertThat(rebuilds(fx)).isZero();
        }
        java.nio.file.Files.delete(marker);
        try (ServerFixture fx = serve(folder)) {
            assertThat(fx.get("/api/entities?q=suparco").body()).contains(SampleArticles.SUPARCO);
            assertThat(rebuilds(fx)).isEqualTo(1.0);
        }
    }

    @Test
    void anIndexLuceneCannotReadIsBuiltAnew() throws java.io.IOException {
        Path folder = temp.resolve("store");
        try (ServerFixture fx = serve(folder)) {
            fx.server.documentStored(fx.store.put(SampleArticles.agreementArticle()).documentIri());
            answers(fx);
        }
        Path index = folder.resolve("lookup-index");
        try (var files = java.nio.file.Files.list(index)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                java.nio.file.Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        try (ServerFixture fx = serve(folder)) {
            assertThat(fx.get("/api/entities?q=suparco").body()).contains(SampleArticles.SUPARCO);
            assertThat(rebuilds(fx)).isEqualTo(1.0);
        }
    }
}
