package org.astrolabe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.InputProblem;
import org.astrolabe.extractor.input.ReadResult;
import org.astrolabe.seeds.SeedCorpus;
import org.astrolabe.seeds.eval.EvalReport;
import org.astrolabe.seeds.eval.Evaluation;
import org.astrolabe.seeds.eval.GoldStandard;
import org.astrolabe.seeds.eval.ReportTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the extraction against a gold annotation (precision, recall, F1).",
                "Ingests the articles into a temporary in-memory store and scores the stored graphs: entities and facts",
                "per document, in total and per relation. Without arguments: the bundled seed articles and their gold."})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", description = "Gold annotation (TSV, see docs/input-and-eval.md); default: the seeds' gold.")
    Path gold;

    @Option(names = {"-v", "--verbose"}, description = "Also list, per document, the gold lines missed and the system items not in the gold.")
    boolean verbose;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders; default: the bundled seed articles.")
    List<Path> paths = List.of();

    @Spec
    CommandSpec spec;

    private final Supplier<GraphStore> temporaryStore;
    private final Supplier<ArticleExtractor> extractor;

    /** The command as {@code astrolabe eval} runs it: an in-memory store, the extractor on the class path. */
    public EvalCommand() {
        this(InMemoryGraphStore::create, CoreNlpExtractor::shared);
    }

    /**
     * @param temporaryStore gives a new, empty store, closed after the run (an in-memory one)
     * @param extractor      gives the extractor; called once, after the input has been read
     */
    public EvalCommand(Supplier<GraphStore> temporaryStore, Supplier<ArticleExtractor> extractor) {
        this.temporaryStore = Objects.requireNonNull(temporaryStore, "temporaryStore");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!paths.isEmpty() && gold == null) {
            throw new ParameterException(spec.commandLine(), "Give --gold FILE to evaluate your own articles");
        }
        GoldStandard goldStandard = gold == null ? SeedCorpus.gold() : readGold(gold);
        ReadResult input = paths.isEmpty() ? ReadResult.of(SeedCorpus.articles()) : ArticleSources.read(paths);
        for (InputProblem problem : input.problems()) {
            err.println("skipped " + problem);
        }
        for (GoldStandard.Document document : goldStandard.documents()) {
            boolean read = input.articles().stream().anyMatch(a -> a.source() != null
                    && (a.source().equals(document.fileName()) || a.source().startsWith(document.fileName() + "#")));
            if (!read) {
                err.println("warning: no article was read for gold document " + document.fileName() + " (it scores zero)");
            }
        }
        err.println("Evaluating " + input.articles().size() + " articles against " + goldStandard.documents().size()
                + " gold documents; loading the extractor...");
        err.flush();
        ArticleExtractor loaded = extractor.get();
        Evaluation.Result result;
        try (GraphStore store = temporaryStore.get()) {
            result = Evaluation.run(input, goldStandard, store, Iris.defaults(), loaded, (position, total, outcome) -> {
                err.println(outcome.progressLine(position, total));
                err.flush();
            });
        }
        EvalReport report = result.report();
        out.print(ReportTable.format(report, verbose));
        out.flush();
        err.println(result.ingest().describe());
        err.flush();
        return result.ingest().hasFailures() ? 1 : 0;
    }

    private static GoldStandard readGold(Path file) throws IOException {
        try {
            return GoldStandard.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no gold file " + file);
        }
    }
}
