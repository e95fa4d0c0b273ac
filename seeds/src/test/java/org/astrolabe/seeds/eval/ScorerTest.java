package org.astrolabe.seeds.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.astrolabe.seeds.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer on a small gold file and N-Quads dump written for the test, one situation per matching rule,
 * and against the official scorer ({@code ../shared/tools/kgscore.py}) on the same two files.
 */
class ScorerTest {
    private static final String KG = "https://w3id.org/astrolabe/ontology#";
    private static final String RES = "https://w3id.org/astrolabe/resource/";

    /** Gold: two documents sharing entities (one id is one entity, with the names given under either). */
    static final String GOLD = tsv(
            "# a test gold file",
            "D | one.txt | 2025-03-10",
            "E | suparco | kg:SpaceAgency | Space and Upper Atmosphere Research Commission | SUPARCO",
            "E | pakistan | kg:Country | Pakistan",
            "E | china | kg:Country | China",
            "E | change-8 | kg:Mission | Chang'e 8",
            "E | cnsa | kg:SpaceAgency | China National Space Administration | CNSA",
            "E | aeb | kg:SpaceAgency | Agência Espacial Brasileira",
            "E | deal-lunar | kg:Agreement | lunar agreement | agreement|deal",
            "E | deal-station | kg:Agreement | station agreement | agreement",
            "E | tiangong | kg:SpaceStation | Tiangong",
            "E | ilrs | kg:Program | International Lunar Research Station | ILRS",
            "E | zhang | kg:Person | Zhang Wei",
            "E | islamabad | kg:City | Islamabad",
            "F | suparco | kg:country | pakistan",
            "F | cnsa | kg:country | china",
            "F | suparco | kg:cooperatesWith | cnsa",
            "F | change-8 | kg:payloadOf | suparco",
            "F | deal-lunar | kg:party | suparco",
            "F | deal-lunar | kg:party | cnsa",
            "F | deal-lunar | kg:concerns | ilrs",
            "L | deal-lunar | kg:signedOn | 2025-03",
            "F | deal-station | kg:party | suparco",
            "F | deal-station | kg:party | cnsa",
            "F | deal-station | kg:concerns | tiangong",
            "L | deal-station | kg:signedOn | 2024-11-02",
            "F | zhang | kg:leaderOf | cnsa",
            "L | zhang | kg:title | Director General",
            "L | change-8 | kg:launchDate | 2028",
            "# disputable:",
            "# F | cnsa | kg:participatesIn | ilrs -- the article only implies it",
            "# L | change-8 | kg:launchDate | 2029",
            "D | two.txt | 2025-04-01",
            "E | suparco | kg:SpaceAgency | SUPARCO | Pakistan's space agency",
            "E | pakistan | kg:Country | Pakistan",
            "E | moon | kg:CelestialBody | Moon",
            "E | change-8 | kg:Mission | Chang'e 8 | Chang'e-8 lander",
            "F | suparco | kg:country | pakistan",
            "F | change-8 | kg:destination | moon");

    /** System: the comment lines say what the statements below them exercise. */
    static final String DUMP = String.join("\n",
            "# names after normalisation: accents, case, 'the', possessive, punctuation",
            q("suparco", "type", KG + "SpaceAgency"), lit("suparco", "label", "The SUPARCO"),
            q("pakistan", "type", KG + "Country"), q("pakistan", "type", KG + "Place"), lit("pakistan", "label", "pakistan"),
            q("china", "type", KG + "Country"), lit("china", "altLabel", "China’s"),
            q("change-8", "type", KG + "Mission"), lit("change-8", "label", "Chang’E-8"),
            q("aeb", "type", KG + "Organization"), lit("aeb", "label", "Agencia Espacial Brasileira"),
            "# a superclass matches; an unrelated class does not",
            q("cnsa", "type", KG + "Organization"), lit("cnsa", "label", "CNSA"),
            q("islamabad-person", "type", KG + "Person"), lit("islamabad-person", "label", "Islamabad"),
            "# a second node for a found entity is a duplicate",
            q("suparco-2", "type", KG + "SpaceAgency"), lit("suparco-2", "label", "Space and Upper Atmosphere Research Commission"),
            "# kg:Entity alone and kg:Document are not scored",
            q("thing", "type", KG + "Entity"), lit("thing", "label", "Moon"),
            q("doc", "type", KG + "Document"), lit("doc", "title", "A headline"),
            "# agreements: generic names do not match; parties, what it concerns and the date pick the gold one",
            q("agreement-a", "type", KG + "Agreement"), lit("agreement-a", "label", "agreement"),
            q("agreement-a", "party", RES + "suparco"), q("agreement-a", "party", RES + "cnsa"),
            q("agreement-a", "concerns", RES + "tiangong"), lit("agreement-a", "signedOn", "2024-11-02", "date"),
            q("tiangong", "type", KG + "SpaceStation"), lit("tiangong", "label", "Tiangong"),
            q("agreement-b", "type", KG + "Agreement"),
            q("agreement-b", "party", RES + "suparco"), q("agreement-b", "party", RES + "cnsa"),
            lit("agreement-b", "signedOn", "2025-03-07", "date"),
            q("agreement-c", "type", KG + "Agreement"), q("agreement-c", "party", RES + "pakistan"),
            "# facts: symmetric either way, wrong direction, disputable, literal prefixes",
            q("suparco", "country", RES + "pakistan"),
            q("cnsa", "cooperatesWith", RES + "suparco"),
            q("suparco", "payloadOf", RES + "change-8"),
            q("cnsa", "participatesIn", RES + "ilrs"),
            q("ilrs", "type", KG + "Program"), lit("ilrs", "altLabel", "ILRS"),
            q("zhang", "type", KG + "Person"), lit("zhang", "label", "Zhang Wei"), q("zhang", "leaderOf", RES + "cnsa"),
            lit("zhang", "title", "director-general"), lit("zhang", "title", "Director"),
            lit("change-8", "launchDate", "2028-05-01", "date"), lit("change-8", "launchDate", "2029", "gYear"),
            q("suparco-2", "country", RES + "pakistan"),
            q("islamabad-person", "nationality", RES + "pakistan"),
            "# not vocabulary: ignored",
            q("suparco", "mentions", RES + "pakistan")) + "\n";

    @Test
    void scoresEachMatchingRule() {
        EvalReport report = Scorer.score(GoldStandard.parse(GOLD, "test.gold.tsv"), system());

        // found: suparco (twice: one duplicate), pakistan, china, change-8, aeb, cnsa, tiangong, ilrs, zhang and
        // both agreements; missed: islamabad (typed a person), moon (typed kg:Entity only)
        assertThat(report.entities()).isEqualTo(new Score(11, 3, 2));
        assertThat(report.spuriousEntities()).extracting(EvalReport.Item::description)
                .anySatisfy(d -> assertThat(d).contains("resource/suparco>", "duplicate of suparco"))
                .anySatisfy(d -> assertThat(d).contains("Islamabad", "spurious"))
                .anySatisfy(d -> assertThat(d).contains("agreement-c", "spurious"));
        assertThat(report.missedEntities()).extracting(EvalReport.Item::description)
                .containsExactly("islamabad \"Islamabad\"", "moon \"Moon\"");
        assertThat(report.entitiesByClass().get("SpaceAgency")).isEqualTo(new Score(3, 1, 0));
        assertThat(report.facts()).isEqualTo(new Score(12, 5, 4));
        assertThat(report.factsByProperty().get("title")).isEqualTo(new Score(1, 2, 0));
        assertThat(report.factsByProperty().get("cooperatesWith")).isEqualTo(new Score(1, 0, 0));
        assertThat(report.factsByProperty().get("payloadOf")).isEqualTo(new Score(0, 1, 1));
        assertThat(report.factsByProperty()).doesNotContainKey("participatesIn");
        assertThat(ReportTable.format(report, true)).contains("kg:payloadOf", "Chang’E-8", "missed facts");
        assertThat(ReportJson.format(report, true)).contains("\"byProperty\"", "\"spuriousFacts\"");
    }

    @Test
    void agreesWithTheOfficialScorer(@TempDir Path dir) throws IOException, InterruptedException {
        Path kgscore = SharedData.require("tools/kgscore.py", "the official scorer to compare with");
        Path gold = Files.writeString(dir.resolve("test.gold.tsv"), GOLD);
        Path dump = Files.writeString(dir.resolve("test.nq"), DUMP);
        Process python = new ProcessBuilder("python3", kgscore.toString(), gold.toString(), dump.toString())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();

        EvalReport report = Scorer.score(GoldStandard.parse(GOLD, "test.gold.tsv"), system());

        assertThat(ReportTable.summary(report)).isEqualTo(output.strip());
        assertThat(counts(output, "entities")).isEqualTo(report.entities());
        assertThat(counts(output, "facts")).isEqualTo(report.facts());
    }

    private static Score counts(String kgscoreLine, String part) {
        Matcher m = Pattern.compile(part + " P=\\S+ R=\\S+ F1=\\S+ \\(tp (\\d+) fp (\\d+) fn (\\d+)\\)").matcher(kgscoreLine);
        assertThat(m.find()).as(kgscoreLine).isTrue();
        return new Score(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static SystemGraph system() {
        return SystemGraph.readNQuads(new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8)));
    }

    private static String tsv(String... lines) {
        return String.join("\n", lines).replace(" | ", "\t") + "\n";
    }

    private static String q(String subject, String property, String object) {
        String p = property.equals("type") ? "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" : KG + property;
        return "<" + RES + subject + "> <" + p + "> <" + object + "> <" + RES + "graph/test> .";
    }

    private static String lit(String subject, String property, String value) {
        String p = switch (property) {
            case "label" -> "http://www.w3.org/2000/01/rdf-schema#label";
            case "altLabel" -> "http://www.w3.org/2004/02/skos/core#altLabel";
            default -> KG + property;
        };
        return "<" + RES + subject + "> <" + p + "> \"" + value + "\"@en <" + RES + "graph/test> .";
    }

    private static String lit(String subject, String property, String value, String xsdType) {
        return "<" + RES + subject + "> <" + KG + property + "> \"" + value + "\"^^<http://www.w3.org/2001/XMLSchema#" + xsdType + "> .";
    }
}
