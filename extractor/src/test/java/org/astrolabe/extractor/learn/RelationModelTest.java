package org.astrolabe.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RelationModelTest {
    private static final RelationModel MODEL = new RelationModel(
            Map.of("country", Map.of("bw=in", 1.23456, "bias", -0.5, "tiny", 0.00001),
                    "NONE", Map.of("bias", 0.25)),
            Map.of("country", 0.6), List.of("trained for the test"));

    @Test
    void writesSortedRoundedNonZeroWeights() {
        assertThat(MODEL.write()).isEqualTo("""
                # trained for the test
                threshold\tcountry\t0.6000
                weight\tNONE\tbias\t0.2500
                weight\tcountry\tbias\t-0.5000
                weight\tcountry\tbw=in\t1.2346
                """);
    }

    @Test
    void readsWhatItWrites() throws IOException {
        RelationModel read = RelationModel.read(new StringReader(MODEL.write()));
        assertThat(read.write()).isEqualTo(MODEL.write());
        assertThat(read.threshold("country")).isEqualTo(0.6);
        assertThat(read.threshold("memberOf")).isInfinite();
    }

    @Test
    void probabilitiesAreASoftmaxOverTheGivenLabels() {
        Map<String, Double> p = MODEL.probabilities(List.of("bias", "bw=in", "unknown"), List.of("NONE", "country"));
        double country = Math.exp(-0.5 + 1.2346);
        double none = Math.exp(0.25);
        assertThat(p.get("country")).isCloseTo(country / (country + none), offset(1e-9));
        assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void rejectsAMalformedLine() {
        assertThatThrownBy(() -> RelationModel.read(new StringReader("weight\tcountry\n"))).isInstanceOf(IOException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void committedWeightsLoad() {
        RelationModel committed = RelationModel.load();
        assertThat(committed.weightCount()).isPositive();
        assertThat(committed.thresholds()).isNotEmpty().allSatisfy((label, t) -> {
            assertThat(RelationLabels.ALL).contains(label);
            assertThat(t).isBetween(RelationTrainer.LOWEST_THRESHOLD, 1.0);
        });
    }
}
