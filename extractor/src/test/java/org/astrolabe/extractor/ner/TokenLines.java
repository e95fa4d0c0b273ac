package org.astrolabe.extractor.ner;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/** Sentences written token by token for the date-anchoring tests, without running CoreNLP. */
final class TokenLines {
    private TokenLines() {
    }

    /** Tokens "word/NER/value", or "word/TAG/NER/value" when {@code tagged}; the value may be left out or empty. */
    static CoreMap sentence(boolean tagged, String... tokens) {
        List<CoreLabel> labels = new ArrayList<>();
        for (String token : tokens) {
            String[] parts = token.split("/", -1);
            int ner = tagged ? 2 : 1;
            CoreLabel label = new CoreLabel();
            label.setWord(parts[0]);
            if (tagged) {
                label.setTag(parts[1]);
            }
            label.setNER(parts[ner]);
            if (parts.length > ner + 1 && !parts[ner + 1].isEmpty()) {
                label.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, parts[ner + 1]);
            }
            labels.add(label);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        return sentence;
    }

    static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }

    static String value(CoreLabel token) {
        return token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }
}
