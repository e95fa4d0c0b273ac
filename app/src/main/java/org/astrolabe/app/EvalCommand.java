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

import org.astrolabe.core.curation.ReviewedFacts;
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
import org.astrolabe.seeds.eval.Half;
import org.astrolabe.seeds.eval.ReportJson;
import org.astrolabe.seeds.eval.ReportTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the extraction against a gold annotation (precision, recall, F1).",
                "Ingests the articles the gold annotates into a temporary in-memory store and scores everything stored,",
                "corpus-wide, as the gold format defines: entities and facts in total, per class and per property.",
                "Without arguments: the bundled seed articles and their gold."})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", description = "Gold annotation (TSV, see docs/input-and-eval.md); default: the seeds' gold.")
    Path gold;

    @Option(names = {"-v", "--verbose"}, description = "Also list the gold items missed and the spurious system items, by class and property.")
    boolean verbose;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--half", paramLabel = "odd|even",
            description = "Only the documents whose file name starts with an odd (even) number, articles and gold alike.")
    String half;

    @Option(names = "--dump", paramLabel = "FILE.nq", description = "Also write the scored store as N-Quads (what any scorer of the gold format reads).")
    Path dump;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders; default: the bundled seed articles.")
    List<Path> paths = List.of();

    @Option(names = "--from-reviews", description = {"Score against the facts reviewers confirmed and rejected in the store (--store)",
            "instead of a gold file: the reviewed articles are extracted again, in memory; the store is not changed."})
    boolean fromReviews;

    @Mixin
    StoreOption store;

    @Mixin
    GazetteerOption gazetteer;

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
        if (fromReviews) {
            if (gold != null || half != null || dump != null || !paths.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--from-reviews goes with --store, --json and --gazetteer only");
            }
            gazetteer.apply();
            return fromReviews(out, err);
        }
        if (!paths.isEmpty() && gold == null) {
            throw new ParameterException(spec.commandLine(), "Give --gold FILE to evaluate your own articles");
        }
        gazetteer.apply();
        GoldStandard goldStandard = gold == null ? SeedCorpus.gold() : readGold(gold);
        if (half != null) {
            goldStandard = goldStandard.select(half(half));
        }
        ReadResult read = paths.isEmpty() ? ReadResult.of(SeedCorpus.articles()) : ArticleSources.read(paths);
        for (InputProblem problem : read.problems()) {
            err.println("skipped " + problem);
        }
        ReadResult input = Evaluation.annotatedArticles(read, goldStandard);
        int unannotated = read.articles().size() - input.articles().size();
        if (unannotated > 0) {
            err.println("not scored: " + unannotated + " articles of files the gold" + (half == null ? "" : " half") + " does not annotate");
        }
        for (String document : Evaluation.unreadDocuments(input, goldStandard)) {
            err.println("warning: no article was read for gold document " + document + " (its gold items count as missed)");
        }
        err.println("Evaluating " + input.articles().size() + " articles against " + goldStandard.documents().size()
                + " gold documents; loading the extractor...");
        err.flush();
        ArticleExtractor loaded = extractor.get();
        Evaluation.Result result;
        try (GraphStore store = temporaryStore.get()) {
            result = Evaluation.run(input, goldStandard, store, loaded, (position, total, outcome) -> {
                err.println(outcome.progressLine(position, total));
                err.flush();
            }, dump);
        }
        EvalReport report = result.report();
        out.print(json ? ReportJson.format(report, verbose) : ReportTable.format(report, verbose));
        if (!json) {
            out.println();
            out.println(ReportTable.summary(report));
        }
        out.flush();
        err.println(result.ingest().describe() + (dump == null ? "" : " Scored N-Quads: " + dump));
        err.flush();
        return result.ingest().hasFailures() ? 1 : 0;
    }

    /** Scores the extractor against the reviews of the store. */
    private int fromReviews(PrintWriter out, PrintWriter err) {
        try (GraphStore reviewed = store.openExisting()) {
            ReviewedFacts facts = new ReviewedFacts(reviewed);
            if (facts.documents() == 0) {
                err.println("astrolabe eval: the store at " + store.folder() + " holds no reviewed facts");
                err.flush();
                return 1;
            }
            err.println("Extracting " + facts.documents() + " reviewed articles again; loading the extractor...");
            err.flush();
            ArticleExtractor loaded = extractor.get();
            ReviewedFacts.Score score = facts.score(loaded::extract);
            if (json) {
                out.printf(java.util.Locale.ROOT, "{\"articles\": %d, \"articlesMissing\": %d, \"confirmed\": %d, \"confirmedFound\": %d, "
                                + "\"rejected\": %d, \"rejectedFound\": %d, \"precision\": %s, \"recall\": %s, \"f1\": %s}%n",
                        score.articles(), score.articlesMissing(), score.confirmed(), score.confirmedFound(), score.rejected(),
                        score.rejectedFound(), number(score.precision()), number(score.recall()), number(score.f1()));
            } else {
                out.printf(java.util.Locale.ROOT, "reviewed articles   %d (%d no longer in the store)%n", score.articles(), score.articlesMissing());
                out.printf(java.util.Locale.ROOT, "confirmed facts     %d, extracted again %d%n", score.confirmed(), score.confirmedFound());
                out.printf(java.util.Locale.ROOT, "rejected facts      %d, extracted again %d%n", score.rejected(), score.rejectedFound());
                out.printf(java.util.Locale.ROOT, "precision %s  recall %s  F1 %s  (on the reviewed facts)%n",
                        number(score.precision()), number(score.recall()), number(score.f1()));
            }
            out.flush();
            return 0;
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    private Half half(String name) {
        try {
            return Half.of(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--half is odd or even, not '" + name + "'");
        }
    }

    private static GoldStandard readGold(Path file) throws IOException {
        try {
            return GoldStandard.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no gold file " + file);
        }
    }
}
