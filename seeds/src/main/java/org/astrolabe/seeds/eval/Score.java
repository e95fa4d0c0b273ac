package org.astrolabe.seeds.eval;

/**
 * Counts for micro precision and recall.
 *
 * @param tp gold items found (each once, however many system items stand for it)
 * @param fp system items that match no gold item, duplicates of a found one included
 * @param fn gold items not found
 */
public record Score(int tp, int fp, int fn) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score o) {
        return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** tp / (tp + fp); 0 when the system produced nothing. */
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn); 0 when there is no gold item. */
    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
