package org.astrolabe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.learn.RelationModel;
import org.astrolabe.extractor.learn.RelationTrainer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the learned relation classifier from gold-annotated articles (distant supervision).",
                "Reads the articles up to entity resolution, labels every candidate pair of entities with the gold property",
                "between them, fits the weights and picks each property's threshold by cross-validation. Write the result to",
                "extractor/src/main/resources/" + RelationModel.RESOURCE + " to use it (docs/extraction.md)."})
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "Gold annotation (TSV, see docs/input-and-eval.md); repeat for several.")
    List<Path> gold;

    @Option(names = "--out", paramLabel = "WEIGHTS", required = true, description = "Where to write the weights file.")
    Path out;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders; each needs a document in a gold file.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        TrainingSet set = TrainingSet.read(gold, paths, err);
        if (set.articles().isEmpty()) {
            err.println("astrolabe train: no article with a gold document");
            return 1;
        }
        err.println("Training on " + set.articles().size() + " articles; loading the extractor...");
        err.flush();
        RelationModel model = train(set, err);
        Files.writeString(out, model.write(), StandardCharsets.UTF_8);
        err.println("wrote " + model.weightCount() + " weights and " + model.thresholds().size() + " thresholds to " + out);
        return 0;
    }

    /** The training as the command runs it (the test of the committed weights runs it too). */
    public static RelationModel train(TrainingSet set, PrintWriter log) {
        CoreNlpExtractor extractor = CoreNlpExtractor.shared();
        return new RelationTrainer(extractor::analyse, log).train(set.articles(), set.comments());
    }
}
