package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

    /** Each line: a story's first line, and the dateline that must end there (the rest starts a new sentence). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HOUSTON, March 3 (Reuters) -- The crew of Soyuz MS-30 landed safely.|HOUSTON, March 3 (Reuters) --",
            "NAIROBI, Kenya — The country's second satellite reached orbit.|NAIROBI, Kenya —",
            "TOKYO - Japan's space agency picked two astronauts.|TOKYO -",
            "DUBAI, 5th March, 2025 -- The agreement was signed on Monday.|DUBAI, 5th March, 2025 --",
            "MOSCOW/ALMATY, July 4. Russia and Kazakhstan extended the lease.|MOSCOW/ALMATY, July 4.",
            "ALMATY, Kazakhstan, Oct. 2. The rocket rolled out to the pad.|ALMATY, Kazakhstan, Oct. 2.",
            "CAPE CANAVERAL, Fla. — A rocket carrying four astronauts lifted off.|CAPE CANAVERAL, Fla. —",
            "NEW DELHI (AP) - India launched a weather satellite.|NEW DELHI (AP) -",
            "ISLAMABAD: The space agency announced a new chairman.|ISLAMABAD:",
            "Lagos, Oct 2: Nigeria's space agency signed a deal.|Lagos, Oct 2:",
            "Chennai (Tamil Nadu), Jan 5 (PTI) A rocket carrying three satellites lifted off.|Chennai (Tamil Nadu), Jan 5 (PTI)",
            "Bangkok [Thailand], June 9: Thailand will build a ground station.|Bangkok [Thailand], June 9:",
            "Hanoi (VNA) - Vietnam's first radar satellite is ready.|Hanoi (VNA) -",
            "Buenos Aires, November 14, 2024 — Argentina signed the accords.|Buenos Aires, November 14, 2024 —",
    })
    void endsTheDatelineWithALineBreak(String line, String dateline) {
        String text = "A headline about space\n\n" + line;
        String broken = Datelines.asOwnSentences(text);

        int at = text.indexOf(dateline) + dateline.length();
        assertThat(broken).hasSameSizeAs(text);
        assertThat(broken.charAt(at)).isEqualTo('\n');
        assertThat(broken.substring(0, at) + " " + broken.substring(at + 1)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NASA and ISRO signed an agreement on Monday.",
            "ISRO (Indian Space Research Organisation) Chairman Ravi Menon opened the centre.",
            "NASA Administrator Bill Nelson - who visited Tokyo - signed the arrangement.",
            "Beijing is where the agreement was signed.",
            "Pakistan - a founding member - hosted the meeting.",
            "The launch, on May 3 - a Friday - went well.",
    })
    void leavesOtherOpeningsAlone(String line) {
        String text = "A headline about space\n\n" + line;
        assertThat(Datelines.asOwnSentences(text)).isEqualTo(text);
    }
}
