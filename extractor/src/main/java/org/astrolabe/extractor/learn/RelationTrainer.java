package org.astrolabe.extractor.learn;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.LogPrior;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.util.Index;
import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.relations.AnnotatedArticle;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.extractor.rules.PropertySignatures;

/**
 * Trains the {@link RelationModel} by distant supervision: every candidate pair of the training articles
 * is labelled with the gold properties between the gold entities its entities stand for
 * ({@link GoldAlignment}), every dated pair with {@code launchDate} when the gold gives the entity that
 * date, NONE otherwise, and CoreNLP's {@link LinearClassifierFactory} fits an
 * L1-regularised logistic model (OWL-QN; few non-zero weights). Each property's threshold is the lowest
 * probability at which the property's facts, predicted on articles held out in a five-fold
 * cross-validation over the training articles, keep a precision of {@link #TARGET_PRECISION} (counting two
 * more wrong facts than were seen, as the held-out counts are small). Deterministic:
 * the same articles and gold give the same model.
 */
public final class RelationTrainer {
    /**
     * High on purpose: held-out precision within the training articles overstates precision on other outlets
     * (at 0.75 the classifier's leaderOf and country facts were mostly wrong on the development articles it
     * was not trained on), so only what it is nearly sure of is stated.
     */
    public static final double TARGET_PRECISION = 0.85;
    static final double L1 = 1.0;
    static final int FOLDS = 5;
    /** A property needs this many correct held-out facts before it is stated at all. */
    static final int MIN_CORRECT = 3;
    /** No threshold below this: a label must be the likely reading of the pair. */
    static final double LOWEST_THRESHOLD = 0.35;

    /** An article and what the gold says about it. */
    public record TrainingArticle(Article article, GoldAnnotation gold) {}

    /** A candidate pair as training sees it: its document, features, allowed labels and gold labels. */
    record Example(int document, CandidatePair pair, List<String> features, List<String> labels, Set<String> gold) {}

    private final Function<Article, AnnotatedArticle> analyser;
    private final PrintWriter log;
    private double l1 = L1;
    private double l2Sigma;

    /**
     * @param analyser reads an article up to resolution (the extractor's {@code analyse})
     * @param log      progress and the cross-validation table
     */
    public RelationTrainer(Function<Article, AnnotatedArticle> analyser, PrintWriter log) {
        this.analyser = analyser;
        this.log = log;
    }

    public RelationModel train(List<TrainingArticle> articles, List<String> comments) {
        return train(read(articles), articles.size(), comments);
    }

    /** The L1 penalty (experiments only: the committed weights use {@link #L1}). */
    RelationTrainer withL1(double penalty) {
        this.l1 = penalty;
        this.l2Sigma = 0;
        return this;
    }

    /** A quadratic prior of this sigma instead of L1 (experiments only). */
    RelationTrainer withL2(double sigma) {
        this.l2Sigma = sigma;
        return this;
    }

    RelationModel train(List<Example> examples, int documents, List<String> comments) {
        Map<String, Map<String, Double>> weights = fit(examples, d -> true);
        Map<String, Double> thresholds = thresholds(examples, documents);
        return new RelationModel(weights, thresholds, comments);
    }

    List<Example> read(List<TrainingArticle> articles) {
        List<Example> examples = new ArrayList<>();
        for (int d = 0; d < articles.size(); d++) {
            TrainingArticle training = articles.get(d);
            log.println("reading " + (d + 1) + "/" + articles.size() + " " + training.article().source());
            log.flush();
            examples.addAll(examples(d, analyser.apply(training.article()), training.gold()));
        }
        long positive = examples.stream().filter(e -> !e.gold().isEmpty()).count();
        log.println(examples.size() + " candidate pairs, " + positive + " with a gold property");
        log.flush();
        return examples;
    }

    static List<Example> examples(int document, AnnotatedArticle analysed, GoldAnnotation gold) {
        ResolvedArticle article = analysed.resolved();
        GoldAlignment alignment = GoldAlignment.align(article, gold);
        List<Example> out = new ArrayList<>();
        for (CandidatePair pair : RelationClassifier.candidates(analysed.sentences(), article)) {
            List<String> labels = RelationClassifier.labels(article, pair);
            Set<String> goldProperties = pair.isLiteral()
                    ? (alignment.hasDate(pair.subject(), RelationLabels.LAUNCH_DATE, pair.literal().getLiteralLexicalForm())
                            ? Set.of(RelationLabels.LAUNCH_DATE) : Set.of())
                    : alignment.properties(pair.subject(), pair.object());
            Set<String> fitting = new LinkedHashSet<>(goldProperties);
            fitting.retainAll(labels);
            if (!goldProperties.isEmpty() && fitting.isEmpty()) {
                continue; // the gold relates them by a property our classes rule out: no evidence either way
            }
            out.add(new Example(document, pair, RelationClassifier.features(analysed.sentences(), article, pair), labels, fitting));
        }
        return out;
    }

    /** Label to feature to weight, trained on the examples of the documents {@code use} accepts. */
    private Map<String, Map<String, Double>> fit(List<Example> examples, IntPredicate use) {
        Dataset<String, String> data = new Dataset<>();
        for (Example e : examples) {
            if (!use.test(e.document())) {
                continue;
            }
            if (e.gold().isEmpty()) {
                data.add(new BasicDatum<>(e.features(), RelationLabels.NONE));
            }
            for (String label : e.gold()) {
                data.add(new BasicDatum<>(e.features(), label));
            }
        }
        boolean quadratic = l2Sigma > 0;
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>(() -> {
            QNMinimizer minimizer = new QNMinimizer(15);
            if (!quadratic) {
                minimizer.useOWLQN(true, l1);
            }
            minimizer.shutUp();
            return minimizer;
        }, 1e-4, false, quadratic ? new LogPrior(LogPrior.LogPriorType.QUADRATIC, l2Sigma, 0.01) : new LogPrior(LogPrior.LogPriorType.NULL));
        factory.setVerbose(false);
        double[][] trained = factory.trainWeights(data);
        Index<String> features = data.featureIndex();
        Index<String> labels = data.labelIndex();
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        for (int f = 0; f < trained.length; f++) {
            for (int l = 0; l < trained[f].length; l++) {
                if (trained[f][l] != 0) {
                    weights.computeIfAbsent(labels.get(l), k -> new LinkedHashMap<>()).put(features.get(f), trained[f][l]);
                }
            }
        }
        return weights;
    }

    /** A held-out prediction of one statement: its best probability and whether the gold has it. */
    private record Prediction(String property, double probability, boolean correct) {}

    private Map<String, Double> thresholds(List<Example> examples, int documents) {
        Map<String, Prediction> byStatement = new LinkedHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            RelationModel model = new RelationModel(fit(examples, d -> d % FOLDS != held), Map.of(), List.of());
            for (Example e : examples) {
                if (e.document() % FOLDS != held) {
                    continue;
                }
                Map<String, Double> probabilities = model.probabilities(e.features(), e.labels());
                for (Map.Entry<String, Double> p : probabilities.entrySet()) {
                    if (p.getKey().equals(RelationLabels.NONE)) {
                        continue;
                    }
                    String s = Integer.toString(e.pair().subject());
                    String o = e.pair().isLiteral() ? e.pair().literal().getLiteralLexicalForm() : Integer.toString(e.pair().object());
                    if (PropertySignatures.symmetric(p.getKey()) && e.pair().subject() > e.pair().object()) {
                        String t = s;
                        s = o;
                        o = t;
                    }
                    String key = e.document() + " " + s + " " + p.getKey() + " " + o;
                    Prediction known = byStatement.get(key);
                    if (known == null || known.probability() < p.getValue()) {
                        byStatement.put(key, new Prediction(p.getKey(), p.getValue(), e.gold().contains(p.getKey())));
                    }
                }
            }
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        log.println(String.format(Locale.ROOT, "held-out (%d folds over %d articles), per property at its threshold:", FOLDS, documents));
        for (String property : RelationLabels.ALL) {
            List<Prediction> predictions = byStatement.values().stream().filter(p -> p.property().equals(property))
                    .sorted(Comparator.comparingDouble(Prediction::probability).reversed()).toList();
            long goldCount = predictions.stream().filter(Prediction::correct).count();
            int correct = 0;
            int bestCorrect = 0;
            int bestStated = 0;
            double best = Double.NaN;
            for (int k = 0; k < predictions.size(); k++) {
                Prediction p = predictions.get(k);
                if (p.probability() < LOWEST_THRESHOLD) {
                    break;
                }
                if (p.correct()) {
                    correct++;
                }
                boolean lastOfTies = k + 1 == predictions.size() || predictions.get(k + 1).probability() < p.probability();
                // Two extra wrong statements in the count: a few lucky held-out facts must not set a low threshold.
                if (lastOfTies && correct >= MIN_CORRECT && correct >= TARGET_PRECISION * (k + 1 + 2) && correct > bestCorrect) {
                    bestCorrect = correct;
                    bestStated = k + 1;
                    best = Math.floor(p.probability() * 10_000) / 10_000;
                }
            }
            if (!Double.isNaN(best)) {
                thresholds.put(property, best);
            }
            log.println(String.format(Locale.ROOT, "  %-16s threshold=%s stated=%3d correct=%3d (of %3d reachable)", property,
                    Double.isNaN(best) ? "never " : RelationModel.format(best), bestStated, bestCorrect, goldCount));
        }
        log.flush();
        return thresholds;
    }
}
