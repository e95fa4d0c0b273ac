package org.astrolabe.extractor.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multinomial logistic model over string features: a weight per (label, feature) and a probability
 * threshold per label. Read from and written to a small text file, one weight a line:
 * <pre>
 * # comment lines (the training inputs)
 * threshold	&lt;label&gt;	&lt;probability&gt;
 * weight	&lt;label&gt;	&lt;feature&gt;	&lt;weight&gt;
 * </pre>
 * Only non-zero weights are written, sorted by label then feature, with four decimals, so that the same
 * training gives the same file byte for byte. Immutable and thread-safe.
 */
public final class RelationModel {
    public static final String RESOURCE = "org/astrolabe/extractor/learn/relation-weights.tsv";

    private final Map<String, Map<String, Double>> weightsByFeature;
    private final Map<String, Double> thresholds;
    private final List<String> comments;

    /**
     * @param weights    label to feature to weight
     * @param thresholds label to the lowest probability at which it is stated; a label without one is never stated
     * @param comments   lines written as {@code #} comments at the top of the file
     */
    public RelationModel(Map<String, Map<String, Double>> weights, Map<String, Double> thresholds, List<String> comments) {
        Map<String, Map<String, Double>> byFeature = new HashMap<>();
        for (Map.Entry<String, Map<String, Double>> label : weights.entrySet()) {
            for (Map.Entry<String, Double> w : label.getValue().entrySet()) {
                double rounded = round(w.getValue());
                if (rounded != 0) {
                    byFeature.computeIfAbsent(w.getKey(), k -> new HashMap<>()).put(label.getKey(), rounded);
                }
            }
        }
        this.weightsByFeature = byFeature;
        this.thresholds = Map.copyOf(thresholds);
        this.comments = List.copyOf(comments);
    }

    /** The committed model, or an empty one (stating nothing) when the resource is missing. */
    public static RelationModel load() {
        try (InputStream in = RelationModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new RelationModel(Map.of(), Map.of(), List.of());
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public static RelationModel read(Reader reader) throws IOException {
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int n = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            n++;
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("threshold") && f.length == 3) {
                thresholds.put(f[1], Double.parseDouble(f[2]));
            } else if (f[0].equals("weight") && f.length == 4) {
                weights.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).put(f[2], Double.parseDouble(f[3]));
            } else {
                throw new IOException("line " + n + " of the relation weights: expected 'threshold' or 'weight' fields, found: " + line);
            }
        }
        return new RelationModel(weights, thresholds, comments);
    }

    /** The file's text: comments, thresholds, then weights, each sorted. */
    public String write() {
        StringBuilder out = new StringBuilder();
        for (String c : comments) {
            out.append("# ").append(c).append('\n');
        }
        for (Map.Entry<String, Double> t : new TreeMap<>(thresholds).entrySet()) {
            out.append("threshold\t").append(t.getKey()).append('\t').append(format(t.getValue())).append('\n');
        }
        Map<String, Map<String, Double>> sorted = new TreeMap<>();
        for (Map.Entry<String, Map<String, Double>> feature : weightsByFeature.entrySet()) {
            for (Map.Entry<String, Double> w : feature.getValue().entrySet()) {
                sorted.computeIfAbsent(w.getKey(), k -> new TreeMap<>()).put(feature.getKey(), w.getValue());
            }
        }
        for (Map.Entry<String, Map<String, Double>> label : sorted.entrySet()) {
            for (Map.Entry<String, Double> w : label.getValue().entrySet()) {
                out.append("weight\t").append(label.getKey()).append('\t').append(w.getKey()).append('\t')
                        .append(format(w.getValue())).append('\n');
            }
        }
        return out.toString();
    }

    /** The probability of each label among {@code labels} (a softmax over their scores). */
    public Map<String, Double> probabilities(Collection<String> features, List<String> labels) {
        double[] scores = new double[labels.size()];
        for (String feature : features) {
            Map<String, Double> w = weightsByFeature.get(feature);
            if (w == null) {
                continue;
            }
            for (int k = 0; k < labels.size(); k++) {
                scores[k] += w.getOrDefault(labels.get(k), 0.0);
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = Math.exp(scores[k] - max);
            sum += scores[k];
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            out.put(labels.get(k), scores[k] / sum);
        }
        return out;
    }

    /** The lowest probability at which the label is stated; above 1 (never) for a label without one. */
    public double threshold(String label) {
        return thresholds.getOrDefault(label, Double.POSITIVE_INFINITY);
    }

    public Map<String, Double> thresholds() {
        return thresholds;
    }

    public int weightCount() {
        return weightsByFeature.values().stream().mapToInt(Map::size).sum();
    }

    static double round(double w) {
        return Double.parseDouble(format(w));
    }

    static String format(double w) {
        String s = String.format(Locale.ROOT, "%.4f", w);
        return s.equals("-0.0000") ? "0.0000" : s;
    }
}
