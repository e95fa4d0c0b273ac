package org.astrolabe.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.astrolabe.core.store.GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.ingest.ArticleOutcome;
import org.astrolabe.extractor.ingest.BatchProgress;
import org.astrolabe.extractor.ingest.IngestOptions;
import org.astrolabe.extractor.ingest.IngestSummary;
import org.astrolabe.extractor.ingest.Ingestor;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.InputProblem;
import org.astrolabe.extractor.input.ReadResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts entities and facts from articles and stores each article as its own graph.",
                "PATH: files or folders (read recursively) of .txt, .html/.htm, .jsonl/.ndjson or .json articles.",
                "Articles whose text the store already holds from this extractor version are not extracted again,"
                        + " so running the same ingest again after an interruption resumes it.",
                "Unreadable files and articles that fail are reported and skipped; the exit code is then 1."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @Mixin
    GazetteerOption gazetteer;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads, sharing one loaded extractor (default: one per core, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch-size", paramLabel = "N",
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}); a batch is also committed after 5 s.")
    int batchSize = IngestOptions.DEFAULT_BATCH_SIZE;

    @Option(names = "--force", description = "Extract every article again, even those already stored from this extractor version, and replace their graphs.")
    boolean force;

    @Spec
    CommandSpec spec;

    private final Supplier<ArticleExtractor> extractor;

    /** The command as {@code astrolabe ingest} runs it: the extractor on the class path. */
    public IngestCommand() {
        this(CoreNlpExtractor::shared);
    }

    /** @param extractor gives the extractor; called once, after the input has been read */
    public IngestCommand(Supplier<ArticleExtractor> extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public Integer call() {
        // Checked before anything is read or loaded: a bad --threads fails at once, not after the models.
        IngestOptions options = IngestOptions.defaults().withThreads(threads).withBatchSize(batchSize).withForce(force);
        gazetteer.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadResult input = ArticleSources.read(paths);
        for (InputProblem problem : input.problems()) {
            err.println("skipped " + problem);
        }
        if (input.articles().isEmpty()) {
            err.println("astrolabe ingest: no article to ingest");
            err.flush();
            return 1;
        }
        IngestSummary summary;
        // The store is opened first: a bad --store fails at once, not after the models have loaded.
        try (GraphStore graphs = store.openOrCreate()) {
            err.println("Read " + input.articles().size() + (input.articles().size() == 1 ? " article" : " articles")
                    + "; loading the extractor...");
            err.flush();
            ArticleExtractor loaded = extractor.get();
            summary = new Ingestor(graphs, loaded, options).ingest(input, new Ingestor.Listener() {
                @Override
                public void articleDone(int position, int total, ArticleOutcome outcome) {
                    out.println(outcome.progressLine(position, total));
                    out.flush();
                }

                @Override
                public void batchCommitted(BatchProgress progress) {
                    err.println(progress.line());
                    err.flush();
                }
            });
        }
        out.println(summary.describe() + " Store: " + store.folder());
        for (String failure : summary.notStored()) {
            out.println("not stored: " + failure);
        }
        out.flush();
        err.flush();
        return summary.hasFailures() ? 1 : 0;
    }
}
