package org.astrolabe.extractor.ner;

import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotation;

/** Token annotations the extractor adds after resolution, for its relation rules to match on. */
public final class KgAnnotations {
    private KgAnnotations() {}

    /** The ontology class local name ("SpaceAgency") of the entity a token refers to. */
    public static final class KgClassAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** The article-local ids of the entities a token refers to ("the two nations" refers to two). */
    public static final class EntityIdsAnnotation implements CoreAnnotation<List<Integer>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<List<Integer>> getType() {
            return (Class) List.class;
        }
    }
}
