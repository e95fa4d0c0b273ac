package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The store commands, run through {@link Main#run} on a real TDB2 store filled with hand-made results. */
class StoreCommandsTest {
    private static final Iris IRIS = Iris.defaults();

    @TempDir
    Path temp;

    private Path storeDir;
    private Set<Quad> storedQuads;
    private final String esaIri = IRIS.entity("European Space Agency");
    private final String jaxaIri = IRIS.entity("JAXA");
    private final String roverIri = IRIS.entity("Rosalind Franklin");

    record Run(int exitCode, String out, String err, byte[] outBytes) {}

    @BeforeEach
    void fillStore() {
        storeDir = temp.resolve("store");
        try (GraphStore store = Tdb2GraphStore.open(storeDir)) {
            store.put(result("https://news.example.org/esa-jaxa", "ESA and JAXA sign accord",
                    "ESA signed an accord with JAXA on Monday.", List.of(esa(), jaxa()), KG.cooperatesWith.getURI()));
            store.put(result("https://news.example.org/rover", "Rover ready",
                    "ESA finished the Rosalind Franklin rover.", List.of(esa(), rover()), KG.developedBy.getURI()));
            store.put(result("https://news.example.org/jaxa", "JAXA plans",
                    "JAXA works with ESA again this year.", List.of(jaxa(), esa()), KG.cooperatesWith.getURI()));
            storedQuads = store.read(ds -> new HashSet<>(Iter.toList(ds.asDatasetGraph().find())));
        }
    }

    @Test
    void statsPrintCountsAsTextAndJson() throws Exception {
        Run text = run("stats", "--store", storeDir.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("articles: 3").contains("quads:    " + storedQuads.size())
                .containsPattern("kg:SpaceAgency\\s+2").containsPattern("kg:cooperatesWith\\s+2");

        Run json = run("stats", "--store", storeDir.toString(), "--json");
        JsonNode parsed = new ObjectMapper().readTree(json.out());
        assertThat(parsed.get("articles").asLong()).isEqualTo(3);
        assertThat(parsed.get("quads").asLong()).isEqualTo(storedQuads.size());
        assertThat(parsed.get("entitiesPerClass").get(KG.Entity.getURI()).asLong()).isEqualTo(3);
        assertThat(parsed.get("factsPerProperty").get(KG.developedBy.getURI()).asLong()).isEqualTo(1);
    }

    @Test
    void exportWritesEveryQuadToStandardOutputAndCountsThem() {
        Run run = run("export", "--store", storeDir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(parseQuads(run.outBytes(), Lang.NQUADS)).isEqualTo(storedQuads);
        assertThat(run.err()).startsWith("exported " + storedQuads.size() + " quads (nquads)");
    }

    @Test
    void exportOneGraphAsTurtleAndTheStoreAsGzippedTrig() throws Exception {
        String doc = IRIS.document(new Article("x", "https://news.example.org/rover", null, null, "x"));
        Run turtle = run("export", "--store", storeDir.toString(), "--format", "turtle", "--graph", doc);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle.outBytes())).lang(Lang.TURTLE).parse(graph);
        assertThat(graph.size()).isEqualTo(storedQuads.stream().filter(q -> q.getGraph().getURI().equals(doc)).count());
        assertThat(turtle.out()).contains("Rover ready");

        Path file = temp.resolve("all.trig.gz");
        Run trig = run("export", "--store", storeDir.toString(), "--format", "trig", "--gzip", "--out", file.toString());
        assertThat(trig.exitCode()).isZero();
        assertThat(trig.outBytes()).isEmpty();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(parseQuads(in.readAllBytes(), Lang.TRIG)).isEqualTo(storedQuads);
        }
    }

    @Test
    void querySelectsFromTheUnionDefaultGraphInEveryFormat() {
        String select = "SELECT ?title WHERE { ?d a kg:Document ; dcterms:title ?title } ORDER BY ?title";
        Run table = run("query", "--store", storeDir.toString(), select);
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("| title").contains("\"ESA and JAXA sign accord\"").contains("\"Rover ready\"");

        Run csv = run("query", "--store", storeDir.toString(), "--format", "csv", select);
        assertThat(csv.out().lines().toList()).containsExactly("title", "ESA and JAXA sign accord", "JAXA plans", "Rover ready");

        Run json = run("query", "--store", storeDir.toString(), "--format", "json", select);
        assertThat(json.out()).contains("\"bindings\"").contains("Rover ready");

        Run ask = run("query", "--store", storeDir.toString(), "ASK { res:european-space-agency kg:cooperatesWith res:jaxa }");
        assertThat(ask.out().strip()).isEqualTo("yes");
        Run askNo = run("query", "--store", storeDir.toString(), "ASK { res:jaxa kg:developedBy res:jaxa }");
        assertThat(askNo.out().strip()).isEqualTo("no");
    }

    @Test
    void constructPrintsTurtleAndTheQueryCanComeFromStandardInput() {
        Run construct = runWithInput("CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kg:SpaceAgency ; rdfs:label ?l }",
                "query", "--store", storeDir.toString(), "-");
        assertThat(construct.exitCode()).isZero();
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(construct.outBytes())).lang(Lang.TURTLE).parse(graph);
        assertThat(graph.size()).isEqualTo(2);
        assertThat(construct.out()).contains("European Space Agency");
    }

    @Test
    void aQueryThatDoesNotParseGivesTheParserMessageOnOneLine() {
        Run run = run("query", "--store", storeDir.toString(), "SELECT ?x WHERE { ?x ?p }");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("astrolabe query: ").contains("line 1");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void deleteRemovesTheArticleAndItsOrphanedEntities() {
        String rover = IRIS.document(new Article("x", "https://news.example.org/rover", null, null, "x"));
        Run delete = run("delete", "--store", storeDir.toString(), rover);
        assertThat(delete.exitCode()).isZero();
        assertThat(delete.err()).contains("deleted " + rover);

        Run stats = run("stats", "--store", storeDir.toString(), "--json");
        assertThat(stats.out()).contains("\"articles\" : 2");
        Run orphan = run("query", "--store", storeDir.toString(), "ASK { <" + roverIri + "> ?p ?o }");
        assertThat(orphan.out().strip()).isEqualTo("no");
        Run kept = run("query", "--store", storeDir.toString(), "ASK { <" + esaIri + "> rdfs:label ?l }");
        assertThat(kept.out().strip()).isEqualTo("yes");

        Run again = run("delete", "--store", storeDir.toString(), rover);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("no article " + rover);
    }

    @Test
    void backupAndCompactWork() throws Exception {
        Path file = temp.resolve("backup.nq.gz");
        Run backup = run("backup", "--store", storeDir.toString(), "--out", file.toString());
        assertThat(backup.exitCode()).isZero();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(parseQuads(in.readAllBytes(), Lang.NQUADS)).isEqualTo(storedQuads);
        }
        Run compact = run("compact", "--store", storeDir.toString());
        assertThat(compact.exitCode()).isZero();
        assertThat(compact.err()).contains("compacted " + storeDir);
        assertThat(run("stats", "--store", storeDir.toString()).out()).contains("articles: 3");
    }

    @Test
    void storeErrorsAreOneLineReasons() throws Exception {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");
        Run onFile = run("stats", "--store", file.toString());
        assertThat(onFile.exitCode()).isEqualTo(1);
        assertThat(onFile.err().strip()).isEqualTo("astrolabe stats: store " + file + " is a file, not a folder");

        Run missing = run("export", "--store", temp.resolve("nothing-here").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("astrolabe export: no store at " + temp.resolve("nothing-here"));

        try (GraphStore open = Tdb2GraphStore.open(storeDir)) {
            Run locked = run("query", "--store", storeDir.toString(), "ASK {}");
            assertThat(locked.exitCode()).isEqualTo(1);
            assertThat(locked.err().strip()).isEqualTo("astrolabe query: store " + storeDir + " is already open in this process");
        }
    }

    @Test
    void everyStoreCommandHasHelp() {
        for (String command : List.of("query", "export", "stats", "delete", "backup", "compact")) {
            Run help = run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: astrolabe " + command).contains("--store");
        }
    }

    @Test
    void validateOfAConformingStoreSaysSoAndExitsZero() {
        Run run = run("validate", "--store", storeDir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles:   3")
                .contains("violations: 0 in article graphs, 0 in the union of all graphs")
                .doesNotContain("per constraint");
    }

    @Test
    void validateReportsViolationsPerConstraintAndTheFirstOnesAndExitsOne() {
        try (GraphStore store = Tdb2GraphStore.open(storeDir)) {
            store.put(result("https://news.example.org/esa-home", "ESA's home", "ESA is based in JAXA.",
                    List.of(esa(), jaxa()), KG.headquarteredIn.getURI()));
            assertThat(store.shapeViolations()).isEqualTo(1);
        }
        String doc = IRIS.document(new Article("x", "https://news.example.org/esa-home", null, null, "x"));

        Run run = run("validate", "--store", storeDir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("articles:   4")
                .contains("violations: 1 in article graphs, 0 in the union of all graphs")
                .containsPattern("per constraint:\\n\\s+1  sh:ClassConstraintComponent on kg:headquarteredIn")
                .contains("res:european-space-agency kg:headquarteredIn: An organization is headquartered in a city.")
                .contains("in " + doc);

        Run none = run("validate", "--store", storeDir.toString(), "--show", "0");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.out()).contains("first 0 of 1:").doesNotContain("res:european-space-agency");
    }

    @Test
    void validateFailsOnUsageErrorsAndMissingStores() {
        assertThat(run("validate", "--store", storeDir.toString(), "--show", "-1").exitCode()).isEqualTo(2);
        assertThat(run("validate", "--bogus").exitCode()).isEqualTo(2);
        Run missing = run("validate", "--store", temp.resolve("nothing").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no store at");
    }

    // ---- helpers

    private Run run(String... args) {
        return runWithInput("", args);
    }

    private static Run runWithInput(String input, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            int code = Main.run(args);
            System.out.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    private static Set<Quad> parseQuads(byte[] data, Lang lang) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(data)).lang(lang).parse(parsed);
        return new HashSet<>(Iter.toList(parsed.find()));
    }

    private ExtractedEntity esa() {
        return new ExtractedEntity(esaIri, KG.SpaceAgency.getURI(), "European Space Agency", Set.of("ESA"),
                Set.of("http://www.wikidata.org/entity/Q42262"));
    }

    private ExtractedEntity jaxa() {
        return new ExtractedEntity(jaxaIri, KG.SpaceAgency.getURI(), "JAXA", Set.of(), Set.of());
    }

    private ExtractedEntity rover() {
        return new ExtractedEntity(roverIri, KG.Rover.getURI(), "Rosalind Franklin", Set.of(), Set.of());
    }

    /** An article naming two entities, the first at the start of the text, with one fact between them. */
    private static ExtractionResult result(String url, String title, String text, List<ExtractedEntity> entities, String property) {
        ExtractedEntity subject = entities.get(0);
        ExtractedEntity object = entities.get(1);
        String surface = text.substring(0, text.indexOf(' '));
        Mention mention = new Mention(subject.iri(), 0, surface.length(), surface);
        Fact fact = new Fact(subject.iri(), property, NodeFactory.createURI(object.iri()),
                new Evidence(text, 0, text.length(), 0.9, "rule:test"));
        Article article = new Article("test.html", url, title, LocalDate.of(2025, 3, 1), text);
        return new ExtractionResult(article, entities, List.of(mention), List.of(fact), "test-1");
    }
}
