package org.astrolabe.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.watch.FetchPolicy;
import org.astrolabe.watch.PollReport;
import org.astrolabe.watch.SourceSpec;
import org.astrolabe.watch.SourcesFile;
import org.astrolabe.watch.Watcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follows news feeds, sitemaps and URL lists, and stores every new or changed article they list.",
                "SOURCES: a sources file (.yaml, .yml or .json; see docs/sources.md).",
                "Runs in the foreground with a progress line per poll; Ctrl-C stops it cleanly. What was stored and each"
                        + " source's state are kept in the store, so the next run resumes."})
public final class WatchCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "SOURCES", description = "The sources file.")
    Path sourcesFile;

    @Mixin
    GazetteerOption gazetteer;

    @Option(names = "--once", description = "Poll every source once, then exit (exit code 1 if a poll failed).")
    boolean once;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Polls of different sources that may run at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    CommandSpec spec;

    private final Supplier<ArticleExtractor> extractor;
    private final FetchPolicy policy;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Runnable shutdown = () -> {};

    /** The command as {@code astrolabe watch} runs it: the extractor on the class path, the default fetch policy. */
    public WatchCommand() {
        this(CoreNlpExtractor::shared, FetchPolicy.defaults());
    }

    /**
     * @param extractor gives the extractor; called once, after the sources file and the store are open
     * @param policy    how sources are fetched
     */
    public WatchCommand(Supplier<ArticleExtractor> extractor, FetchPolicy policy) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Integer call() throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        gazetteer.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SourceSpec> sources = SourcesFile.read(sourcesFile);
        if (sources.isEmpty()) {
            err.println("astrolabe watch: " + sourcesFile + " lists no source");
            err.flush();
            return 1;
        }
        GraphStore graphs = store.openOrCreate();
        Watcher watcher;
        try {
            err.println("Watching " + sources.size() + (sources.size() == 1 ? " source" : " sources") + "; loading the extractor...");
            err.flush();
            watcher = new Watcher(graphs, extractor.get(), Iris.defaults(), policy, threads, new Watcher.Listener() {
                @Override
                public void pollDone(PollReport report) {
                    synchronized (out) {
                        out.println(report.progressLine());
                        out.flush();
                    }
                }
            });
        } catch (RuntimeException | Error e) {
            graphs.close();
            throw e;
        }
        Runnable close = new Runnable() {
            private boolean done;

            @Override
            public synchronized void run() {
                if (!done) {
                    done = true;
                    watcher.close();
                    graphs.close();
                }
                stopped.countDown();
            }
        };
        shutdown = close;
        if (once) {
            try {
                boolean failed = false;
                for (SourceSpec source : sources) {
                    watcher.addUnscheduled(source);
                    failed |= watcher.pollNow(source.url()).error() != null;
                }
                return failed ? 1 : 0;
            } finally {
                close.run();
            }
        }
        Thread hook = new Thread(close, "astrolabe-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        sources.forEach(watcher::add);
        out.println("Watching " + sources.size() + " sources into " + store.folder() + ". Ctrl-C stops.");
        out.flush();
        stopped.await();
        return 0;
    }

    /** Stops a running command, as Ctrl-C does: polls end, the store is closed. */
    void stop() {
        shutdown.run();
        stopped.countDown();
    }
}
