package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.astrolabe.api.AstrolabeServer;
import org.astrolabe.api.ExtractorLoader;
import org.astrolabe.api.ServerConfig;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code astrolabe backup --server} and {@code astrolabe compact --server} against a real server on loopback
 * that holds a real TDB2 store (which the commands could not open themselves).
 */
class ServerTaskCommandsTest {
    private static final String TOKEN = "ops-token-51c2";

    @TempDir
    Path temp;

    private GraphStore store;
    private AstrolabeServer server;

    record Run(int exitCode, String err) {}

    @BeforeEach
    void serve() {
        store = Tdb2GraphStore.open(temp.resolve("store"));
        for (int i = 0; i < 5; i++) {
            store.put(new ExtractionResult(new Article("test.html", "https://news.example.org/" + i, "Article " + i,
                    LocalDate.of(2025, 3, 1), "ESA and JAXA signed accord number " + i + "."), List.of(), List.of(), List.of(), "test-1"));
        }
        server = AstrolabeServer.create(ServerConfig.defaults().withPort(0).withWriteToken(TOKEN)
                .withBackupFolder(temp.resolve("backups")), store, ExtractorLoader.none()).start();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void backupThroughTheServerWritesAFileThatRestoresToTheStore() throws Exception {
        Run run = run("backup", "--server", server.url(), "--token", TOKEN);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("backup started on " + server.url());
        Matcher written = Pattern.compile("written on the server to (\\S+) \\((\\d+) quads").matcher(run.err());
        assertThat(written.find()).as(run.err()).isTrue();
        Path file = Path.of(written.group(1));
        assertThat(file).exists().hasParent(temp.resolve("backups").toAbsolutePath());

        Set<Quad> stored = store.read(ds -> new HashSet<>(Iter.toList(ds.asDatasetGraph().find())));
        DatasetGraph restored = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(restored);
        }
        assertThat(new HashSet<>(Iter.toList(restored.find()))).isEqualTo(stored);
        assertThat(Long.parseLong(written.group(2))).isEqualTo(stored.size());
    }

    @Test
    void compactThroughTheServerReportsTheSizes() {
        Set<Quad> before = store.read(ds -> new HashSet<>(Iter.toList(ds.asDatasetGraph().find())));
        Run run = run("compact", "--server", server.url() + "/", "--token", TOKEN);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("compacted the store of .*: [0-9.]+ MB -> [0-9.]+ MB");
        Set<Quad> after = store.read(ds -> new HashSet<>(Iter.toList(ds.asDatasetGraph().find())));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aRefusedTaskIsAOneLineReasonAndExitCodeOne() {
        Run noToken = run("backup", "--server", server.url(), "--token", "");
        assertThat(noToken.exitCode()).isEqualTo(1);
        assertThat(noToken.err().lines()).as(noToken.err()).anyMatch(line -> line.startsWith("astrolabe backup: the server refused to start the backup task (401)"));

        Run wrong = run("compact", "--server", server.url(), "--token", "nope");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err().lines()).as(wrong.err()).anyMatch(line -> line.startsWith("astrolabe compact: the server refused to start the compact task (401): The bearer token is not valid"));

        Run nobody = run("compact", "--server", "http://127.0.0.1:1", "--token", TOKEN);
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err().lines()).as(nobody.err()).anyMatch(line -> line.startsWith("astrolabe compact: cannot reach the server at http://127.0.0.1:1/"));
    }

    @Test
    void theStoreAndOutputOptionsDoNotGoWithServer() {
        Run run = run("backup", "--server", server.url(), "--out", temp.resolve("x.nq.gz").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("drop --store and --out");
        assertThat(temp.resolve("x.nq.gz")).doesNotExist();
    }

    private static Run run(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }
}
