package org.astrolabe.seeds.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.astrolabe.ontology.KG;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class GoldStandardTest {
    @Test
    void readsDocumentsEntitiesFactsAndLiteralsSkippingComments() {
        String text = """
                # a comment
                D\tx.txt\t2025-04-22
                E\tpk\tkg:Country\tPakistan\tPakistan|Islamic Republic of Pakistan
                E\tsharif\tkg:Person\tShehbaz Sharif\t
                F\tsharif\tkg:leaderOf\tpk
                L\tsharif\tkg:title\tPrime Minister
                # disputable:
                # F\tsharif\tkg:nationality\tpk

                D\ty.txt\t2025-01-01
                E\tpk\tkg:Country\tPakistan\tPakistan
                """;
        GoldStandard gold = GoldStandard.parse(text, "g.tsv");
        assertThat(gold.documents()).extracting(GoldStandard.Document::fileName).containsExactly("x.txt", "y.txt");
        GoldStandard.Document x = gold.documents().get(0);
        assertThat(x.date()).isEqualTo("2025-04-22");
        assertThat(x.entities().get("pk").classIri()).isEqualTo(KG.Country.getURI());
        assertThat(x.entities().get("pk").names()).containsExactly("Pakistan", "Pakistan", "Islamic Republic of Pakistan");
        assertThat(x.entities().get("sharif").aliases()).isEmpty();
        assertThat(x.facts()).extracting(Object::toString)
                .containsExactly("F sharif kg:leaderOf pk", "L sharif kg:title \"Prime Minister\"");
    }

    @Test
    void rejectsMalformedLinesNamingTheLine() {
        assertThatThrownBy(() -> GoldStandard.parse("D\tx.txt\t2025\nF\ta\tkg:party\tb\n", "g.tsv"))
                .hasMessage("g.tsv:2: unknown entity id 'a' (declare it with an E line first)");
        assertThatThrownBy(() -> GoldStandard.parse("E\ta\tkg:Country\tA\tA\n", "g.tsv"))
                .hasMessageContaining("g.tsv:1: entity or fact before the first D line");
        assertThatThrownBy(() -> GoldStandard.parse("D\tx.txt\t2025\nX\tsomething\n", "g.tsv"))
                .hasMessageContaining("g.tsv:2: unknown line kind 'X'");
        assertThatThrownBy(() -> GoldStandard.parse("D\tx.txt\n", "g.tsv")).hasMessageContaining("3 tab-separated fields");
    }

    @Test
    void readsDisputableLinesAndMergesARepeatedEntity() {
        GoldStandard gold = GoldStandard.parse(String.join("\n",
                "D\tx.txt\t2025-04-22",
                "E\tpk\tkg:Country\tPakistan\t",
                "E\tpk\tkg:Country\tPakistan\tIslamic Republic of Pakistan",
                "# disputable:",
                "# F\tpk\tkg:memberOf\tpk -- a test line",
                "# L\tpk\tkg:validFrom\t2025-01",
                "") , "g.tsv");

        GoldStandard.Document x = gold.documents().get(0);
        assertThat(x.entities().get("pk").names()).contains("Islamic Republic of Pakistan");
        assertThat(x.facts()).isEmpty();
        assertThat(x.disputed()).extracting(Object::toString)
                .containsExactly("F pk kg:memberOf pk", "L pk kg:validFrom \"2025-01\"");
    }

    @Test
    void halvesGoByTheLeadingNumberOfTheFileName() {
        assertThat((Predicate<String>) Half.ODD).accepts("07_x.txt", "1.txt", "013_y.txt").rejects("08_x.txt", "x.txt");
        assertThat((Predicate<String>) Half.EVEN).accepts("08_x.txt", "000_z.txt").rejects("07_x.txt", "x_2.txt");
        assertThat(Half.of("Even") == Half.EVEN).isTrue();
    }
}
