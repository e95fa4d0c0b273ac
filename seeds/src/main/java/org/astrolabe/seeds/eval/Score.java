package org.astrolabe.seeds.eval;

/**
 * Counts for precision and recall. The system's correct items and the gold items found are counted
 * separately: two system nodes for one gold entity are both correct, and the gold entity is found once.
 *
 * @param system  items the system produced
 * @param correct system items that match some gold item
 * @param gold    gold items
 * @param found   gold items matched by some system item
 */
public record Score(int system, int correct, int gold, int found) {
    public static final Score ZERO = new Score(0, 0, 0, 0);

    public Score plus(Score o) {
        return new Score(system + o.system, correct + o.correct, gold + o.gold, found + o.found);
    }

    /** Correct / system; 0 when the system produced nothing. */
    public double precision() {
        return system == 0 ? 0.0 : (double) correct / system;
    }

    /** Found / gold; 0 when there is no gold item. */
    public double recall() {
        return gold == 0 ? 0.0 : (double) found / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
