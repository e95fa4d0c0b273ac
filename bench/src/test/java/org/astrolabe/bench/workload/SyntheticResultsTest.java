package org.astrolabe.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.NIF;
import org.astrolabe.ontology.Ontology;
import org.junit.jupiter.api.Test;

class SyntheticResultsTest {
    private static final Instant WHEN = Instant.parse("2025-06-01T00:00:00Z");

    private static DatasetGraph load(byte[] nquads) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(dsg);
        return dsg;
    }

    private static byte[] write(SyntheticResults generator, int articles, SyntheticResults.Written[] written) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        written[0] = generator.writeNQuads(articles, Long.MAX_VALUE, WHEN, out);
        return out.toByteArray();
    }

    @Test
    void mentionsPointAtTheirTextAndEntitiesAreKnown() {
        SyntheticResults generator = new SyntheticResults(Iris.defaults(), 1, 500);
        for (int i = 0; i < 50; i++) {
            ExtractionResult r = generator.article(i);
            Set<String> iris = new HashSet<>();
            r.entities().forEach(e -> iris.add(e.iri()));
            assertThat(r.mentions()).isNotEmpty();
            for (Mention m : r.mentions()) {
                assertThat(r.article().text().substring(m.begin(), m.end())).isEqualTo(m.text());
                assertThat(iris).contains(m.entityIri());
            }
            r.facts().forEach(f -> {
                assertThat(r.article().text().substring(f.evidence().begin(), f.evidence().end())).isEqualTo(f.evidence().sentence());
                assertThat(iris).contains(f.subjectIri());
            });
        }
    }

    @Test
    void sameSeedSameQuadsOtherSeedOtherQuads() throws Exception {
        SyntheticResults.Written[] w = new SyntheticResults.Written[1];
        byte[] a = write(new SyntheticResults(Iris.defaults(), 5, 300), 30, w);
        byte[] b = write(new SyntheticResults(Iris.defaults(), 5, 300), 30, w);
        byte[] c = write(new SyntheticResults(Iris.defaults(), 6, 300), 30, w);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void writesTheStoreLayoutThatConformsToTheShapes() throws Exception {
        SyntheticResults generator = new SyntheticResults(Iris.defaults(), 3, 400);
        SyntheticResults.Written[] w = new SyntheticResults.Written[1];
        DatasetGraph dsg = load(write(generator, 40, w));
        assertThat(w[0].articles()).isEqualTo(40);
        assertThat(dsg.stream().count()).isEqualTo(w[0].quads());

        Node entitiesGraph = NodeFactory.createURI(Iris.defaults().entitiesGraph());
        List<Node> graphs = dsg.stream().map(q -> q.getGraph()).distinct().toList();
        assertThat(graphs).hasSize(41).contains(entitiesGraph);
        for (Node g : graphs) {
            if (g.equals(entitiesGraph)) {
                continue;
            }
            Graph article = dsg.getGraph(g);
            assertThat(article.find(g, RDF.type.asNode(), KG.Document.asNode()).toList()).as("document node names its graph").hasSize(1);
            String text = article.find(g, NIF.isString.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            for (Triple anchor : article.find(Node.ANY, NIF.anchorOf.asNode(), Node.ANY).toList()) {
                int begin = Integer.parseInt(article.find(anchor.getSubject(), NIF.beginIndex.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
                int end = Integer.parseInt(article.find(anchor.getSubject(), NIF.endIndex.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
                assertThat(text.substring(begin, end)).isEqualTo(anchor.getObject().getLiteralLexicalForm());
            }
        }
        Graph entities = dsg.getGraph(entitiesGraph);
        Set<Node> described = new HashSet<>();
        entities.find(Node.ANY, RDF.type.asNode(), KG.Entity.asNode()).forEach(t -> described.add(t.getSubject()));
        assertThat(described).isNotEmpty();
        for (Node e : described) {
            assertThat(entities.find(e, RDFS.label.asNode(), Node.ANY).toList()).as("one label for %s", e).hasSize(1);
        }
        Set<Node> mentioned = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, KG.refersTo.asNode(), Node.ANY).forEachRemaining(q -> mentioned.add(q.getObject()));
        assertThat(described).isEqualTo(mentioned);

        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), dsg.getUnionGraph());
        assertThat(report.conforms()).as("SHACL report: %s", report.getEntries()).isTrue();
    }

    @Test
    void stopsAtTheQuadTarget() throws Exception {
        SyntheticResults generator = new SyntheticResults(Iris.defaults(), 9, 400);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticResults.Written w = generator.writeNQuads(Integer.MAX_VALUE, 5_000, WHEN, out);
        assertThat(w.quads()).isGreaterThanOrEqualTo(5_000).isLessThan(5_000 + 1_000);
        assertThat(load(out.toByteArray()).stream().count()).isEqualTo(w.quads());
    }

    @Test
    void popularEntitiesRecurAcrossArticles() {
        SyntheticResults generator = new SyntheticResults(Iris.defaults(), 2, 2000);
        long withTheMostPopular = java.util.stream.IntStream.range(0, 200)
                .filter(i -> generator.article(i).entities().stream().anyMatch(e -> e.iri().equals(generator.entities().get(0).iri())))
                .count();
        assertThat(withTheMostPopular).isGreaterThan(5);
    }
}
