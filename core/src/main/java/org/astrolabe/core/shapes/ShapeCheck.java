package org.astrolabe.core.shapes;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check a store runs on every article graph before it writes it. A violation is a bug of the extractor
 * or of the graph layout, not of the article, so the article is stored all the same: each violation is
 * logged (a warning naming the article, the focus node, the path and the message) and counted. If the
 * validator itself fails, that is logged as an error and the article is stored unchecked. Thread-safe.
 */
public final class ShapeCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ShapeCheck.class);

    private final LongAdder violations = new LongAdder();

    /**
     * Validates an article graph with the entity descriptions it brings (see
     * {@link ShapeValidator#validateArticle}), logs and counts what breaks the shapes.
     *
     * @return the violations found, empty when the graph conforms
     */
    public List<ShapeViolation> check(String documentIri, Graph articleGraph, List<Triple> descriptions) {
        List<ShapeViolation> found;
        try {
            found = ShapeValidator.validateArticle(documentIri, articleGraph, descriptions);
        } catch (RuntimeException e) {
            // The check is a safety net for our own bugs: when it breaks, the article must still be stored.
            LOG.error("Shape validation of article {} failed: {}", documentIri, e.toString());
            return List.of();
        }
        for (ShapeViolation v : found) {
            LOG.warn("Shape violation in article {}: focus node {}, path {}: {} [{}]",
                    v.graph(), v.focusNode(), v.path().isEmpty() ? "-" : v.path(), v.message(), v.kind());
        }
        violations.add(found.size());
        return found;
    }

    /** The number of violations found since this check was created. */
    public long violations() {
        return violations.sum();
    }
}
