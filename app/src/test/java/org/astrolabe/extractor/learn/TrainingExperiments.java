package org.astrolabe.extractor.learn;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.astrolabe.app.TrainingSet;
import org.astrolabe.extractor.CoreNlpExtractor;

/**
 * Compares L1 penalties by their cross-validated thresholds, reading the articles once. Arguments:
 * {@code GOLD[,GOLD...] l1:P|l2:SIGMA[,...] PATH...}.
 */
public final class TrainingExperiments {
    private TrainingExperiments() {}

    public static void main(String[] args) throws Exception {
        PrintWriter log = new PrintWriter(System.err, true);
        List<Path> gold = new ArrayList<>();
        for (String g : args[0].split(",")) {
            gold.add(Path.of(g));
        }
        List<Path> paths = new ArrayList<>();
        for (int k = 2; k < args.length; k++) {
            paths.add(Path.of(args[k]));
        }
        TrainingSet set = TrainingSet.read(gold, paths, log);
        RelationTrainer trainer = new RelationTrainer(CoreNlpExtractor.shared()::analyse, log);
        List<RelationTrainer.Example> examples = trainer.read(set.articles());
        for (String penalty : args[1].split(",")) {
            log.println("L1 " + penalty);
            double value = Double.parseDouble(penalty.substring(3));
            RelationTrainer configured = penalty.startsWith("l2:") ? trainer.withL2(value) : trainer.withL1(value);
            RelationModel model = configured.train(examples, set.articles().size(), List.of());
            log.println("weights " + model.weightCount());
        }
    }
}
