package org.astrolabe.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.watch.FetchPolicy;
import org.astrolabe.watch.PollReport;
import org.astrolabe.watch.SourceSpec;
import org.astrolabe.watch.Watcher;

/**
 * The child JVM of {@link WatchCrashTest}: polls one feed once into a TDB2 store with a slow model-free
 * extractor that logs every extraction ({@code RUN URL}) to a file before it returns, and prints
 * {@code STORED <document IRI>} once an article and its item record are committed, then {@code DONE}.
 *
 * <p>Arguments: store folder, feed URL, extraction log, run label.
 */
public final class CrashingWatcher {
    private CrashingWatcher() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        String feed = args[1];
        Path log = Path.of(args[2]);
        String run = args[3];
        ArticleExtractor extractor = new ArticleExtractor() {
            @Override
            public ExtractionResult extract(Article article) {
                try {
                    Files.writeString(log, run + " " + article.url() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                    Thread.sleep(100);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ExtractionResult(article, List.of(), List.of(), List.of(), version());
            }

            @Override
            public String version() {
                return "crash-watch-1";
            }
        };
        try (Tdb2GraphStore graphs = Tdb2GraphStore.open(store);
             Watcher watcher = new Watcher(graphs, extractor, Iris.defaults(),
                     FetchPolicy.defaults().withHostLimits(Duration.ofMillis(5), 2), 1, new Watcher.Listener() {
                         @Override
                         public void pollDone(PollReport report) {
                             System.out.println("POLL " + report.progressLine());
                         }

                         @Override
                         public void documentStored(String documentIri) {
                             System.out.println("STORED " + documentIri);
                             System.out.flush();
                         }
                     })) {
            SourceSpec source = SourceSpec.of("crash-feed", feed);
            watcher.addUnscheduled(source);
            watcher.pollNow(source.url());
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
