package org.astrolabe.seeds.eval;

import static org.assertj.core.api.Assertions.assertThat;


import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.astrolabe.core.model.Iris;
import org.junit.jupiter.api.Test;

/** The scorer on tiny hand-written gold files and system graphs in the store's layout. */
class ScorerTest {
    private static final String PREFIXES = """
            @prefix kg: <https://w3id.org/astrolabe/ontology#> .
            @prefix res: <https://w3id.org/astrolabe/resource/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    /** An article graph named res:doc/NAME with source SOURCE and the given body, plus entity labels. */
    private static String article(String name, String source, String body) {
        return "res:doc-" + name + " { res:doc-" + name + " a kg:Document ; kg:sourceName \"" + source + "\" .\n" + body + "\n}\n";
    }

    private static String labels(String body) {
        return "<https://w3id.org/astrolabe/resource/graph/entities> {\n" + body + "\n}\n";
    }

    private static EvalReport score(String gold, String trig) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> RDFParser.fromString(PREFIXES + trig, Lang.TRIG).parse(dataset));
        return Scorer.score(GoldStandard.parse(gold, "test.tsv"), StoredSystemOutput.of(dataset, Iris.defaults()));
    }

    private static String tsv(String... lines) {
        return String.join("\n", lines).replace(" | ", "\t") + "\n";
    }

    @Test
    void exactNamesAndFactsMatch() {
        String gold = tsv("D | a.txt | 2025-01-01",
                "E | pakistan | kg:Country | Pakistan | Pakistan",
                "E | suparco | kg:SpaceAgency | SUPARCO | SUPARCO",
                "F | suparco | kg:country | pakistan");
        EvalReport report = score(gold, article("1", "a.txt", """
                        res:pakistan a kg:Country, kg:Place, kg:Entity ; skos:altLabel "Pakistan"@en .
                        res:suparco a kg:SpaceAgency, kg:Organization, kg:Entity ; skos:altLabel "SUPARCO"@en .
                        res:suparco kg:country res:pakistan .""")
                + labels("res:pakistan rdfs:label \"Pakistan\"@en . res:suparco rdfs:label \"SUPARCO\"@en ."));

        assertThat(report.entities()).isEqualTo(new Score(2, 2, 2, 2));
        assertThat(report.facts()).isEqualTo(new Score(1, 1, 1, 1));
        assertThat(report.facts().f1()).isEqualTo(1.0);
        assertThat(report.documents().get(0).missed()).isEmpty();
        assertThat(report.documents().get(0).wrong()).isEmpty();
    }

    @Test
    void aliasesMatchAfterNormalisationFromLabelOrAltLabel() {
        String gold = tsv("D | a.txt | 2025-01-01",
                "E | cmsa | kg:SpaceAgency | China Manned Space Agency | CMSA",
                "E | change-8 | kg:Mission | Chang'e 8 | Chang'e-8",
                "E | pakistan-rover | kg:Rover | Pakistan's lunar rover | rover");
        EvalReport report = score(gold, article("1", "a.txt", """
                        res:cmsa a kg:SpaceAgency ; skos:altLabel "cmsa"@en .
                        res:ce8 a kg:Mission ; skos:altLabel "The Chang’E-8's"@en .
                        res:rover a kg:Rover ; skos:altLabel "Pakistan’s Lunar Rover"@en .""")
                + labels("res:cmsa rdfs:label \"China Manned Space Agency\"@en ."));
        assertThat(report.entities()).isEqualTo(new Score(3, 3, 3, 3));
        assertThat(Names.normalise("The Chang’É-8's")).isEqualTo("change 8");
    }

    @Test
    void typesMatchWhenEqualSubOrSuperclassButNotOtherwise() {
        String gold = tsv("D | a.txt | 2025-01-01",
                "E | cnsa | kg:SpaceAgency | CNSA | CNSA",
                "E | bannu | kg:Place | Bannu | Bannu",
                "E | dik | kg:Place | Dera Ismail Khan | Dera Ismail Khan");
        EvalReport report = score(gold, article("1", "a.txt", """
                        res:cnsa a kg:Organization, kg:Entity ; skos:altLabel "CNSA"@en .
                        res:bannu a kg:City, kg:Place, kg:Entity ; skos:altLabel "Bannu"@en .
                        res:dik a kg:Person, kg:Entity ; skos:altLabel "Dera Ismail Khan"@en .
                        res:vague a kg:Entity ; skos:altLabel "something"@en .""")
                + labels(""));
        assertThat(report.entities()).as("kg:Entity-only nodes are not counted").isEqualTo(new Score(3, 2, 3, 2));
        assertThat(report.documents().get(0).wrong()).singleElement().asString().contains("Dera Ismail Khan", "kg:Person");
        assertThat(report.documents().get(0).missed()).singleElement().asString().startsWith("E dik kg:Place");
    }

    @Test
    void aNodeThatMergedTwoEntitiesFindsOnlyOne() {
        String gold = tsv("D | a.txt | 2025-01-01",
                "E | pakistan | kg:Country | Pakistan | Pakistan",
                "E | suparco | kg:SpaceAgency | SUPARCO | SUPARCO|Pakistan's space agency",
                "E | china | kg:Country | China | China");
        EvalReport report = score(gold, article("1", "a.txt", """
                        res:pk a kg:Country, kg:Place ; skos:altLabel "Pakistan"@en, "SUPARCO"@en .
                        res:agency a kg:Organization ; skos:altLabel "Pakistan"@en, "SUPARCO"@en, "Pakistan’s space agency"@en .""")
                + labels(""));
        // res:pk is a country: the same class as gold "pakistan"; res:agency is an organisation, compatible with
        // SpaceAgency only, and shares the most names with it.
        assertThat(report.entities()).isEqualTo(new Score(2, 2, 3, 2));
        assertThat(report.documents().get(0).missed()).containsExactly("E china kg:Country \"China\"");

        EvalReport merged = score(gold, article("1", "a.txt", """
                        res:x a kg:Place ; skos:altLabel "Pakistan"@en, "China"@en .""") + labels(""));
        assertThat(merged.entities()).as("one node, one gold entity").isEqualTo(new Score(1, 1, 3, 1));
    }

    @Test
    void symmetricFactsMatchEitherWayAndCountOnce() {
        String gold = tsv("D | a.txt | 2025-01-01",
                "E | pakistan | kg:Country | Pakistan | Pakistan",
                "E | china | kg:Country | China | China",
                "E | islamabad | kg:City | Islamabad | Islamabad",
                "F | pakistan | kg:cooperatesWith | china",
                "F | islamabad | kg:country | pakistan");
        EvalReport report = score(gold, article("1", "a.txt", """
                        res:pk a kg:Country ; skos:altLabel "Pakistan"@en .
                        res:cn a kg:Country ; skos:altLabel "China"@en .
                        res:isb a kg:City ; skos:altLabel "Islamabad"@en .
                        res:cn kg:cooperatesWith res:pk . res:pk kg:cooperatesWith res:cn .
                        res:pk kg:country res:isb .""")
                + labels(""));
        assertThat(report.facts()).as("the reversed kg:country is wrong; cooperatesWith counts once")
                .isEqualTo(new Score(2, 1, 2, 1));
        assertThat(report.relations().get("https://w3id.org/astrolabe/ontology#cooperatesWith")).isEqualTo(new Score(1, 1, 1, 1));
        assertThat(report.documents().get(0).missed()).containsExactly("F islamabad kg:country pakistan");
    }

    @Test
    void agreementsMatchByTheirPartiesNotTheirNames() {
        String gold = tsv("D | a.txt | 2025-01-01",
                "E | suparco | kg:SpaceAgency | SUPARCO | SUPARCO",
                "E | cmsa | kg:SpaceAgency | CMSA | CMSA",
                "E | pakistan | kg:Country | Pakistan | Pakistan",
                "E | china | kg:Country | China | China",
                "E | astro-deal | kg:Agreement | astronaut agreement | agreement",
                "E | rover-mou | kg:Agreement | rover MoU | MoU",
                "F | astro-deal | kg:party | suparco",
                "F | astro-deal | kg:party | cmsa",
                "F | rover-mou | kg:party | pakistan",
                "F | rover-mou | kg:party | china",
                "L | astro-deal | kg:signedOn | 2025-02");
        EvalReport report = score(gold, article("1", "a.txt", """
                        res:s a kg:SpaceAgency ; skos:altLabel "SUPARCO"@en .
                        res:c a kg:SpaceAgency ; skos:altLabel "CMSA"@en .
                        res:pk a kg:Country ; skos:altLabel "Pakistan"@en .
                        res:x a kg:Agreement ; skos:altLabel "MoU"@en .
                        res:x kg:party res:s , res:c .
                        res:x kg:signedOn "2025-02-28"^^xsd:date .
                        res:y a kg:Agreement ; skos:altLabel "astronaut agreement"@en .
                        res:y kg:party res:pk .
                        res:z a kg:Agreement ; skos:altLabel "rover MoU"@en .""")
                + labels(""));
        // x is the astronaut deal by its parties (its name says MoU); y shares one of the MoU's two parties
        // (overlap 1/2): it matches the MoU; z names no party and matches nothing despite its name.
        assertThat(report.entities()).isEqualTo(new Score(6, 5, 6, 5));
        assertThat(report.documents().get(0).wrong()).singleElement().asString().contains("rover MoU");
        assertThat(report.facts()).isEqualTo(new Score(4, 4, 5, 4));
        assertThat(report.documents().get(0).missed()).containsExactly("E china kg:Country \"China\"", "F rover-mou kg:party china");
    }

    @Test
    void datesMatchByPrefixAtTheGoldPrecisionAndOtherLiteralsByNormalisedValue() {
        String gold = tsv("D | a.txt | 2025-01-01",
                "E | ce8 | kg:Mission | Chang'e 8 | Chang'e 8",
                "E | ce6 | kg:Mission | Chang'e 6 | Chang'e 6",
                "E | sharif | kg:Person | Shehbaz Sharif | Sharif",
                "L | ce8 | kg:launchDate | 2028",
                "L | ce6 | kg:launchDate | 2024-05",
                "L | sharif | kg:title | Prime Minister");
        EvalReport report = score(gold, article("1", "a.txt", """
                        res:ce8 a kg:Mission ; skos:altLabel "Chang'e 8"@en .
                        res:ce6 a kg:Mission ; skos:altLabel "Chang'e 6"@en .
                        res:sharif a kg:Person ; skos:altLabel "Sharif"@en .
                        res:ce8 kg:launchDate "2028-03"^^xsd:gYearMonth .
                        res:ce6 kg:launchDate "2024"^^xsd:gYear .
                        res:ce6 kg:launchDate "2024-050"^^xsd:string .
                        res:sharif kg:title "prime minister" .""")
                + labels(""));
        assertThat(report.facts()).as("2028-03 matches 2028; 2024 is too coarse for 2024-05").isEqualTo(new Score(4, 2, 3, 2));
        assertThat(report.documents().get(0).missed()).containsExactly("L ce6 kg:launchDate \"2024-05\"");
    }

    @Test
    void everyArticleSplitFromAPageCountsForThatPageOnly() {
        String gold = tsv("D | a.txt | 2025-01-01",
                "E | pakistan | kg:Country | Pakistan | Pakistan",
                "E | kabul | kg:City | Kabul | Kabul",
                "D | b.txt | 2025-01-02",
                "E | china | kg:Country | China | China");
        EvalReport report = score(gold,
                article("1", "a.txt", "res:pk a kg:Country ; skos:altLabel \"Pakistan\"@en .")
                        + article("2", "a.txt#2", "res:kb a kg:City ; skos:altLabel \"Kabul\"@en .")
                        + article("3", "ab.txt", "res:cn a kg:Country ; skos:altLabel \"China\"@en .")
                        + labels(""));
        assertThat(report.documents().get(0).articles()).isEqualTo(2);
        assertThat(report.documents().get(0).entities()).isEqualTo(new Score(2, 2, 2, 2));
        assertThat(report.documents().get(1).articles()).isZero();
        assertThat(report.documents().get(1).entities()).isEqualTo(new Score(0, 0, 1, 0));
        assertThat(report.entities().precision()).isEqualTo(1.0);
        assertThat(report.entities().recall()).isEqualTo(2.0 / 3);
        String table = ReportTable.format(report, true);
        assertThat(table).contains("TOTAL", "a.txt", "b.txt", "missed  E china kg:Country");
    }
}
