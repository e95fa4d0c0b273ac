package org.astrolabe.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where an article stands in the input, in the order single-machine ingestion reads it: the file (or table
 * row) in path order, then the article within it. "First" and "last" across the corpus mean this order.
 */
public record Position(long unit, long item) implements Serializable, Comparable<Position> {
    private static final Comparator<Position> ORDER = Comparator.comparingLong(Position::unit).thenComparingLong(Position::item);

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    static Position later(Position a, Position b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
