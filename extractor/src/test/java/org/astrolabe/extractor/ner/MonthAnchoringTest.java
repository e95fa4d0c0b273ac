package org.astrolabe.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

class MonthAnchoringTest {
    private static final LocalDate ARTICLE_DATE = LocalDate.of(2025, 3, 10);

    private static List<CoreLabel> anchored(String... tokens) {
        CoreMap sentence = TokenLines.sentence(true, tokens);
        MonthAnchoring.anchor(List.of(sentence), ARTICLE_DATE);
        return TokenLines.tokens(sentence);
    }

    private static String value(CoreLabel token) {
        return TokenLines.value(token);
    }

    @Test
    void aMonthOfASentenceAboutTheFutureIsTheNextSuchMonth() {
        List<CoreLabel> tokens = anchored("is/VBZ/O", "scheduled/VBN/O", "for/IN/O", "launch/NN/O", "in/IN/O", "November/NNP/DATE/2024-11");
        assertThat(value(tokens.get(5))).isEqualTo("2025-11");
        assertThat(value(anchored("will/MD/O", "launch/VB/O", "on/IN/O", "14/CD/DATE/2024-08-14", "August/NNP/DATE/2024-08-14").get(4)))
                .isEqualTo("2025-08-14");
    }

    @Test
    void aMonthOfASentenceToldInThePastIsTheLastSuchMonth() {
        assertThat(value(anchored("was/VBD/O", "launched/VBN/O", "in/IN/O", "December/NNP/DATE/2025-12").get(3))).isEqualTo("2024-12");
        assertThat(value(anchored("was/VBD/O", "launched/VBN/O", "in/IN/O", "February/NNP/DATE/2025-02").get(3)))
                .as("already on the right side").isEqualTo("2025-02");
    }

    @Test
    void aWrittenYearOrATenseNeitherPastNorFutureKeepsTheValue() {
        assertThat(value(anchored("was/VBD/O", "launched/VBN/O", "in/IN/O", "December/NNP/DATE/2025-12", "2025/CD/DATE/2025-12").get(3)))
                .isEqualTo("2025-12");
        assertThat(value(anchored("it/PRP/O", "launches/VBZ/O", "in/IN/O", "December/NNP/DATE/2024-12").get(3))).isEqualTo("2024-12");
    }
}
