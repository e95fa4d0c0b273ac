package org.astrolabe.bench.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class StoreSizesTest {

    @Test
    void parsesSuffixesInEitherCaseAndPlainNumbers() {
        assertThat(StoreSizes.parse("100k")).isEqualTo(100_000);
        assertThat(StoreSizes.parse("1M")).isEqualTo(1_000_000);
        assertThat(StoreSizes.parse("10m")).isEqualTo(10_000_000);
        assertThat(StoreSizes.parse("2.5M")).isEqualTo(2_500_000);
        assertThat(StoreSizes.parse(" 250000 ")).isEqualTo(250_000);
        assertThat(StoreSizes.parse("1_000_000")).isEqualTo(1_000_000);
    }

    @Test
    void rejectsWhatIsNoSize() {
        assertThatThrownBy(() -> StoreSizes.parse("lots")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lots");
        assertThatThrownBy(() -> StoreSizes.parse("1G")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoreSizes.parse("-5k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoreSizes.parse("500")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below");
    }

    @Test
    void labelsReadBackAsTheSameSize() {
        for (long quads : List.of(20_000L, 100_000L, 150_000L, 1_000_000L, 2_500_000L, 10_000_000L, 1_000_023L)) {
            assertThat(StoreSizes.parse(StoreSizes.label(quads))).isEqualTo(quads);
        }
        assertThat(StoreSizes.label(100_000)).isEqualTo("100k");
        assertThat(StoreSizes.label(10_000_000)).isEqualTo("10M");
        assertThat(StoreSizes.label(2_500_000)).isEqualTo("2.5M");
    }

    @Test
    void normalRunIs100kAnd1MAndLargeAdds10M() {
        assertThat(StoreSizes.choose(List.of(), false, false)).containsExactly(100_000L, 1_000_000L);
        assertThat(StoreSizes.choose(List.of(), true, false)).containsExactly(100_000L, 1_000_000L, 10_000_000L);
        assertThat(StoreSizes.choose(List.of(), false, true)).isEqualTo(StoreSizes.QUICK);
    }

    @Test
    void givenSizesAreSortedWithoutRepeats() {
        assertThat(StoreSizes.choose(List.of("1M,100k", "300k", "1m"), false, false)).containsExactly(100_000L, 300_000L, 1_000_000L);
        assertThat(StoreSizes.choose(List.of("5M"), true, false)).containsExactly(5_000_000L, 10_000_000L);
    }
}
