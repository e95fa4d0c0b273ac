package org.astrolabe.extractor.relations;

import java.util.List;

import org.astrolabe.extractor.rules.RawFact;

/**
 * One step that reads relations out of an annotated, resolved article. Requires the sentences'
 * tokens, lemmas, NER tags and the resolved mentions ({@link AnnotatedArticle}); provides statements between
 * article entities ({@link RawFact}), each naming the stage or rule that made it. Implementations are
 * stateless and thread-safe.
 */
public interface RelationStage {
    /** The name facts carry as their extractor, without the {@code rule:} prefix. */
    String name();

    List<RawFact> extract(AnnotatedArticle article);
}
