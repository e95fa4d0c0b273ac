package org.astrolabe.core.store.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.astrolabe.core.model.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NQuadsBulkLoaderTest {
    private static final Iris IRIS = Iris.defaults();
    private static final String E = "<" + IRIS.entitiesGraph() + ">";
    private static final String NASA = "<" + IRIS.entity("NASA") + ">";
    private static final String LABEL = "<" + RDFS.label.getURI() + ">";
    private static final String TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    private static final String SAME_AS = "<" + OWL.sameAs.getURI() + ">";
    private static final String AGENCY = "<https://w3id.org/astrolabe/ontology#SpaceAgency>";
    private static final String ORGANIZATION = "<https://w3id.org/astrolabe/ontology#Organization>";

    @TempDir
    Path dir;

    @Test
    void loadsArticleGraphsAndLetsTheFirstEntityDescriptionWin() throws Exception {
        Path first = write("part-00000", false,
                NASA + " " + TYPE + " " + AGENCY + " " + E + " .",
                NASA + " " + LABEL + " \"NASA\"@en " + E + " .",
                NASA + " " + TYPE + " " + AGENCY + " <https://example.org/doc/a> .",
                "<https://example.org/doc/a> " + LABEL + " \"a\" <https://example.org/doc/a> .");
        Path second = write("more.nq.gz", true,
                NASA + " " + LABEL + " \"N.A.S.A.\"@en " + E + " .",
                NASA + " " + TYPE + " " + ORGANIZATION + " " + E + " .",
                NASA + " " + SAME_AS + " <http://www.wikidata.org/entity/Q23548> " + E + " .",
                "<https://example.org/doc/b> " + LABEL + " \"b\" <https://example.org/doc/b> .",
                "<https://example.org/x> " + LABEL + " \"no graph\" .");
        Files.writeString(first.resolveSibling("_SUCCESS"), "");
        Path store = dir.resolve("store");

        var report = new NQuadsBulkLoader(store, IRIS, line -> {}).load(List.of(first.getParent(), second));

        assertThat(report.files()).isEqualTo(2);
        assertThat(report.articleGraphs()).isEqualTo(2);
        assertThat(report.articleQuads()).isEqualTo(3);
        assertThat(report.quadsOutsideGraphs()).isEqualTo(1);
        assertThat(objects(store, RDFS.label.asNode())).containsExactly("NASA");
        assertThat(objects(store, org.apache.jena.vocabulary.RDF.type.asNode())).containsExactly(AGENCY.substring(1, AGENCY.length() - 1));
        assertThat(objects(store, OWL.sameAs.asNode())).containsExactly("http://www.wikidata.org/entity/Q23548");

        Path again = write("again.nq", false,
                "<https://example.org/doc/a> " + LABEL + " \"a, second version\" <https://example.org/doc/a> .",
                NASA + " " + LABEL + " \"Nasa\"@en " + E + " .");
        var secondLoad = new NQuadsBulkLoader(store, IRIS, line -> {}).load(List.of(again));
        assertThat(secondLoad.articlesAlreadyStored()).isEqualTo(1);
        assertThat(secondLoad.entityQuadsSkipped()).isEqualTo(1);
        assertThat(objects(store, RDFS.label.asNode())).containsExactly("NASA");
    }

    @Test
    void refusesWhatIsNotNQuads() throws Exception {
        Path bad = write("bad.nq", false, "this is not RDF");
        assertThatThrownBy(() -> new NQuadsBulkLoader(dir.resolve("store"), IRIS, line -> {}).load(List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.nq is not N-Quads");
        assertThatThrownBy(() -> new NQuadsBulkLoader(dir.resolve("store"), IRIS, line -> {}).load(List.of(dir.resolve("none.nq"))))
                .hasMessageContaining("No such file");
    }

    private List<String> objects(Path store, Node predicate) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            Node nasa = NodeFactory.createURI(IRIS.entity("NASA"));
            return Txn.calculateRead(dataset, () -> {
                List<String> values = new ArrayList<>();
                dataset.find(NodeFactory.createURI(IRIS.entitiesGraph()), nasa, predicate, Node.ANY)
                        .forEachRemaining(q -> values.add(q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : q.getObject().getURI()));
                return values;
            });
        } finally {
            TDBInternal.expel(dataset);
        }
    }

    private Path write(String name, boolean gzip, String... lines) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(gzip ? "gz" : "plain"));
        Path file = folder.resolve(name);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
