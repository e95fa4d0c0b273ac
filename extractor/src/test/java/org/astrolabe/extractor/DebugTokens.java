package org.astrolabe.extractor;

import java.time.LocalDate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import org.astrolabe.core.model.Article;

/** Prints each token's word, POS and NER tag for the sentences given as arguments (a debugging aid). */
public final class DebugTokens {
    private DebugTokens() {}

    public static void main(String[] args) {
        CoreNlpExtractor extractor = CoreNlpExtractor.shared();
        for (String text : args) {
            Annotation a = extractor.annotate(new Article("debug", null, null, LocalDate.of(2025, 3, 14), text));
            StringBuilder out = new StringBuilder();
            for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
                out.append(t.word()).append('/').append(t.tag()).append('/').append(t.ner()).append(' ');
            }
            System.out.println(out);
            System.out.println(ExtractionAssertions.describe(extractor.extract(new Article("debug", null, null, LocalDate.of(2025, 3, 14), text))));
        }
    }
}
