package org.astrolabe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.astrolabe.reliability.support.ArticleClient;
import org.astrolabe.reliability.support.ArticleLedger;
import org.astrolabe.reliability.support.CorpusArticles;
import org.astrolabe.reliability.support.LatencyRecorder;
import org.astrolabe.reliability.support.Reply;
import org.astrolabe.reliability.support.ServeProcess;
import org.astrolabe.reliability.support.StoreAudit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash run at scale: {@code astrolabe serve} itself (real main class, real CoreNLP extractor, a TDB2
 * store in a folder) is SIGKILLed over and over on the same store, at random moments while it extracts and
 * stores articles posted through {@code POST /api/documents}, while it deletes articles
 * ({@code DELETE /api/documents/ID}), and while it compacts the store ({@code POST /$/compact}). After each
 * kill the store is opened with the project's store class and audited ({@link StoreAudit}): every
 * acknowledged article present and whole, with the very quads fetched after its acknowledgement, every
 * acknowledged delete still deleted, no article graph half-present. The next round starts the server again on
 * that store; a last start checks over HTTP that every acknowledged article answers and every deleted one
 * does not.
 *
 * <p>Not part of {@code ./run-tests} (tag {@code scale}, and it runs only with {@code -Dscale=true}): one full
 * run takes about half an hour, mostly spent loading the language models once per ingestion kill. Options:
 * {@code -Dcrash.kills=N} (total, split 40/30/30 % over ingestion, deletes and compaction; default 50),
 * {@code -Dcrash.seed=N} (replays the choices of articles and kill moments).
 */
@Tag("scale")
@EnabledIfSystemProperty(named = "scale", matches = "true")
class ServerCrashScaleTest {
    private static final String TOKEN = "crash-run-token";
    private static final Duration MODELS = Duration.ofMinutes(5);

    @TempDir
    Path work;

    private final LatencyRecorder postLatency = new LatencyRecorder();
    private final LatencyRecorder deleteLatency = new LatencyRecorder();
    private final List<Double> compactSeconds = new ArrayList<>();
    private final List<String> unexpected = new ArrayList<>();
    private final ExecutorService requests = Executors.newSingleThreadExecutor();
    private int nextArticle;

    @Test
    void killsDuringIngestionDeletesAndCompactionLoseNoAcknowledgedArticleAndLeaveNoneHalfWritten() throws Exception {
        Assumptions.assumeTrue(CorpusArticles.present(CorpusArticles.DEFAULT_FOLDER),
                "skipped: the shared corpus (../shared/corpus beside the repository) is not here");
        int kills = Integer.getInteger("crash.kills", 50);
        int ingestKills = Math.round(kills * 0.4f);
        int deleteKills = Math.round(kills * 0.3f);
        int compactKills = kills - ingestKills - deleteKills;
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.printf("crash run: %d kills (%d ingestion, %d deletes, %d compaction), seed %d (rerun with -Dcrash.seed=%d)%n",
                kills, ingestKills, deleteKills, compactKills, seed, seed);
        CorpusArticles corpus = CorpusArticles.read(CorpusArticles.DEFAULT_FOLDER, "crash-" + seed);
        Path store = work.resolve("store");
        Path logs = Files.createDirectories(Path.of("target", "scale"));
        ArticleLedger ledger = new ArticleLedger();
        Tally tally = new Tally();
        long begin = System.nanoTime();
        try {
            int round = 0;
            for (int k = 0; k < ingestKills; k++, round++) {
                killDuringIngestion(store, logs.resolve("crash-" + round + ".log"), corpus, ledger, random, tally.phase("ingestion"));
                audit(store, ledger, tally, "ingestion", round);
            }
            for (int k = 0; k < deleteKills; k++, round++) {
                killDuringDeletes(store, logs.resolve("crash-" + round + ".log"), ledger, random, tally.phase("deletes"));
                audit(store, ledger, tally, "deletes", round);
            }
            for (int k = 0; k < compactKills; k++, round++) {
                killDuringCompaction(store, logs.resolve("crash-" + round + ".log"), ledger, random, tally.phase("compaction"));
                audit(store, ledger, tally, "compaction", round);
            }
            List<String> overHttp = checkOverHttp(store, logs.resolve("crash-final.log"), ledger);
            tally.print(ledger, (System.nanoTime() - begin) / 1e9, postLatency, deleteLatency, compactSeconds);
            assertThat(unexpected).as("answers other than the acknowledgements expected").isEmpty();
            assertThat(tally.problems).as("audits after the kills").isEmpty();
            assertThat(overHttp).as("articles over HTTP after the last restart").isEmpty();
            assertThat(tally.kills()).as("kills").isEqualTo(kills);
        } finally {
            requests.shutdownNow();
        }
    }

    /**
     * Waits for the models, posts 0-4 articles to completion, then posts one more and kills the server at a
     * random moment between 30 % and 110 % of the typical upload time after sending it, so that kills fall
     * during extraction, during the commit and just after it.
     */
    private void killDuringIngestion(Path store, Path log, CorpusArticles corpus, ArticleLedger ledger, Random random,
                                     Tally.Phase phase) throws Exception {
        ServeProcess server = ServeProcess.start(store, TOKEN, log, "3g", Duration.ofMinutes(3));
        ArticleClient client = new ArticleClient(server.http(), TOKEN, ledger);
        server.awaitModels(MODELS);
        int before = random.nextInt(5);
        for (int i = 0; i < before; i++) {
            expectAcknowledged(() -> client.post(corpus.article(nextArticle++)), postLatency);
        }
        double typical = postLatency.count() == 0 ? 3000 : postLatency.percentile(50);
        long pause = Math.round(typical * (0.3 + 0.8 * random.nextDouble()));
        CorpusArticles.Posting last = corpus.article(nextArticle++);
        Future<Reply> inFlight = requests.submit(() -> client.post(last));
        phase.killed(killAfter(server, inFlight, pause));
    }

    /** Deletes 0-2 articles to completion, then one more, killing the server within about its delete time. */
    private void killDuringDeletes(Path store, Path log, ArticleLedger ledger, Random random, Tally.Phase phase) throws Exception {
        ServeProcess server = ServeProcess.start(store, TOKEN, log, "3g", Duration.ofMinutes(1));
        ArticleClient client = new ArticleClient(server.http(), TOKEN, ledger);
        List<ArticleLedger.Present> victims = ledger.pick(1 + random.nextInt(3), random);
        assertThat(victims).as("articles left to delete").isNotEmpty();
        for (ArticleLedger.Present victim : victims.subList(0, victims.size() - 1)) {
            expectAcknowledged(() -> client.delete(victim), deleteLatency);
        }
        double typical = deleteLatency.count() == 0 ? 100 : deleteLatency.percentile(50);
        long pause = Math.round(typical * 1.2 * random.nextDouble());
        ArticleLedger.Present last = victims.get(victims.size() - 1);
        Future<Reply> inFlight = requests.submit(() -> client.delete(last));
        phase.killed(killAfter(server, inFlight, pause));
    }

    /**
     * Deletes one article (so that the compaction has something to drop), starts a compaction, and kills the
     * server at a random moment within 120 % of the longest compaction seen so far, polling the task meanwhile
     * to know whether it was still running.
     */
    private void killDuringCompaction(Path store, Path log, ArticleLedger ledger, Random random, Tally.Phase phase) throws Exception {
        ServeProcess server = ServeProcess.start(store, TOKEN, log, "3g", Duration.ofMinutes(1));
        ArticleClient client = new ArticleClient(server.http(), TOKEN, ledger);
        if (ledger.present().size() > 5) {
            expectAcknowledged(() -> client.delete(ledger.pick(1, random).get(0)), deleteLatency);
        }
        Reply started = server.http().send("POST", "/$/compact", null, null, Map.of("Authorization", "Bearer " + TOKEN));
        if (started.status() != 202) {
            unexpected.add(started.describe());
        }
        String task = ArticleClient.json(started).path("href").asText();
        double longest = compactSeconds.stream().mapToDouble(Double::doubleValue).max().orElse(2.0);
        long killAt = System.nanoTime() + Math.round(longest * 1.2 * random.nextDouble() * 1e9);
        String state = "running";
        while (System.nanoTime() < killAt) {
            Reply poll = server.http().get(task);
            state = ArticleClient.json(poll).path("state").asText();
            if (!"running".equals(state)) {
                compactSeconds.add(ArticleClient.json(poll).path("seconds").asDouble());
                break;
            }
            Thread.sleep(20);
        }
        long left = Math.max(0, (killAt - System.nanoTime()) / 1_000_000);
        Thread.sleep(left);
        int status = server.kill();
        assertThat(status).as("exit status of the killed server").isEqualTo(137);
        phase.killed("running".equals(state) ? Kill.MID_OPERATION : Kill.AFTER_OPERATION);
    }

    /** Sleeps, SIGKILLs the server (exit 137), and tells whether the request in flight was answered first. */
    private Kill killAfter(ServeProcess server, Future<Reply> inFlight, long pauseMillis) throws Exception {
        Thread.sleep(pauseMillis);
        int status = server.kill();
        assertThat(status).as("exit status of the killed server").isEqualTo(137);
        try {
            Reply reply = inFlight.get(3, TimeUnit.MINUTES);
            record(reply);
            return Kill.AFTER_OPERATION;
        } catch (java.util.concurrent.ExecutionException cutOff) {
            // The kill came before the answer (or before the export of the acknowledged graph).
            return Kill.MID_OPERATION;
        }
    }

    private void record(Reply reply) {
        (reply.request().startsWith("POST") ? postLatency : deleteLatency).record(reply.nanos());
    }

    private void expectAcknowledged(java.util.concurrent.Callable<Reply> request, LatencyRecorder latency) {
        try {
            latency.record(request.call().nanos());
        } catch (Exception e) {
            unexpected.add(e.getMessage());
        }
    }

    private void audit(Path store, ArticleLedger ledger, Tally tally, String phase, int round) {
        long begin = System.nanoTime();
        StoreAudit.Result result = StoreAudit.check(store, ledger);
        tally.add(result);
        System.out.printf("crash round %d (%s): store opened; %d article graphs, %d must be there; lost %d, half-present %d, "
                        + "back after delete %d, changed %d; in flight at the kill: %d uploads stored, %d not, %d deletes done, %d not "
                        + "(audit %.1f s)%n",
                round, phase, result.articleGraphs(), ledger.present().size(), result.lost(), result.halfPresent(),
                result.resurrected(), result.changed(), result.postsInFlightStored(), result.postsInFlightAbsent(),
                result.deletesInFlightDone(), result.deletesInFlightUndone(), (System.nanoTime() - begin) / 1e9);
        result.problems().forEach(p -> System.out.println("  PROBLEM " + p));
    }

    /** After the last kill: one more start; every acknowledged article answers 200, every deleted one 404. */
    private static List<String> checkOverHttp(Path store, Path log, ArticleLedger ledger) throws Exception {
        List<String> problems = new ArrayList<>();
        try (ServeProcess server = ServeProcess.start(store, TOKEN, log, "3g", Duration.ofMinutes(1))) {
            for (ArticleLedger.Present article : ledger.present()) {
                Reply reply = server.http().get("/api/documents/" + article.id());
                if (reply.status() != 200) {
                    problems.add(reply.describe());
                }
            }
            for (String iri : ledger.gone()) {
                Reply reply = server.http().get("/api/documents/" + ArticleClient.id(iri));
                if (reply.status() != 404) {
                    problems.add(reply.describe());
                }
            }
            System.out.printf("crash run: last restart answered %d stored articles and %d deleted or never stored ones over HTTP, %d problems%n",
                    ledger.present().size(), ledger.gone().size(), problems.size());
        }
        return problems;
    }

    private enum Kill { MID_OPERATION, AFTER_OPERATION }

    /** Kills per phase and the audits' sums. */
    private static final class Tally {
        private final Map<String, Phase> phases = new java.util.LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private int lost;
        private int half;
        private int resurrected;
        private int changed;
        private int uploadsStoredUnanswered;
        private int uploadsAbsent;
        private int deletesDoneUnanswered;
        private int deletesUndone;

        static final class Phase {
            int kills;
            int midOperation;

            void killed(Kill kill) {
                kills++;
                if (kill == Kill.MID_OPERATION) {
                    midOperation++;
                }
            }
        }

        Phase phase(String name) {
            return phases.computeIfAbsent(name, n -> new Phase());
        }

        int kills() {
            return phases.values().stream().mapToInt(p -> p.kills).sum();
        }

        void add(StoreAudit.Result result) {
            problems.addAll(result.problems());
            lost += result.lost();
            half += result.halfPresent();
            resurrected += result.resurrected();
            changed += result.changed();
            uploadsStoredUnanswered += result.postsInFlightStored();
            uploadsAbsent += result.postsInFlightAbsent();
            deletesDoneUnanswered += result.deletesInFlightDone();
            deletesUndone += result.deletesInFlightUndone();
        }

        void print(ArticleLedger ledger, double seconds, LatencyRecorder posts, LatencyRecorder deletes, List<Double> compactions) {
            System.out.printf("crash run: %d kills in %.0f s, every one exit 137, store opened after each%n", kills(), seconds);
            phases.forEach((name, phase) -> System.out.printf("  %-10s %d kills, %d with the request or compaction in flight%n",
                    name, phase.kills, phase.midOperation));
            System.out.printf("  acknowledged: %d uploads (p50 %.0f ms), %d deletes (p50 %.0f ms); %d compactions finished before their kill%n",
                    ledger.acknowledgedPosts(), posts.percentile(50), ledger.acknowledgedDeletes(), deletes.percentile(50), compactions.size());
            System.out.printf("  in flight at a kill: %d uploads stored without an answer, %d not stored; %d deletes done without an answer, %d not done%n",
                    uploadsStoredUnanswered, uploadsAbsent, deletesDoneUnanswered, deletesUndone);
            System.out.printf("  lost %d, half-present %d, back after delete %d, changed %d; %d articles stored at the end%n",
                    lost, half, resurrected, changed, ledger.present().size());
        }
    }
}
