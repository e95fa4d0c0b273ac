package org.astrolabe.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2NQuadsDumpTest {
    @TempDir
    Path tempDir;

    private DatasetGraph dataset;

    @AfterEach
    void release() {
        if (dataset != null) {
            TDBInternal.expel(dataset);
        }
    }

    @Test
    void writesTheLinesOfJenasNQuadsWriterForEveryKindOfNode() {
        dataset = DatabaseMgr.connectDatasetGraph(tempDir.toString());
        Node graph = uri("https://example.org/graph/one");
        Node other = uri("https://example.org/graph/two");
        Node subject = uri("https://example.org/s");
        Node predicate = uri("https://example.org/p");
        Node blank = NodeFactory.createBlankNode("b0");
        List<Node> objects = List.of(
                NodeFactory.createLiteralString("plain"),
                NodeFactory.createLiteralString("a \"quoted\"\nline\twith\\ escapes and \u00e9\u6f22\ud83d\ude80"),
                NodeFactory.createLiteralLang("Mond", "de"),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("185", XSDDatatype.XSDnonNegativeInteger),
                NodeFactory.createLiteralDT("-1.50", XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralDT("1.0e3", XSDDatatype.XSDdouble),
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
                NodeFactory.createLiteralDT("2026-11-28T00:00:00Z", XSDDatatype.XSDdateTime),
                NodeFactory.createLiteralDT("2026-11-28", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("not a number", XSDDatatype.XSDinteger),
                uri("https://example.org/caf\u00e9?q=1#frag"),
                blank);
        Txn.executeWrite(dataset, () -> {
            dataset.getDefaultGraph().add(subject, predicate, NodeFactory.createLiteralString("in the default graph"));
            for (Node object : objects) {
                dataset.add(graph, subject, predicate, object);
                dataset.add(other, blank, predicate, object);
            }
        });

        assertThat(dumpLines()).isEqualTo(jenaLines()).hasSize(2 * objects.size() + 1);
    }

    @Test
    void nodesThatShareATableSlotAreEachWrittenAsThemselves() {
        dataset = DatabaseMgr.connectDatasetGraph(tempDir.toString());
        // More distinct nodes than the formatted-node table has slots, numbers inline in their ids among them.
        Txn.executeWrite(dataset, () -> {
            for (int n = 0; n < 25_000; n++) {
                Node graph = uri("https://example.org/graph/" + n / 100);
                dataset.add(graph, uri("https://example.org/s/" + n), uri("https://example.org/p/" + n % 7),
                        NodeFactory.createLiteralString("text " + n));
                dataset.add(graph, uri("https://example.org/s/" + n), uri("https://example.org/p/index"),
                        NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger));
            }
        });

        assertThat(dumpLines()).isEqualTo(jenaLines()).hasSize(50_000);
    }

    /** The dump's lines, sorted; checks the returned count against them. */
    private List<String> dumpLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = Txn.calculateRead(dataset, () -> Tdb2NQuadsDump.write(dataset, out));
        List<String> lines = sortedLines(out);
        assertThat(count).isEqualTo(lines.size());
        return lines;
    }

    /** What Jena's N-Quads writer writes for the dataset (as {@code tdb2.tdbdump} does), sorted. */
    private List<String> jenaLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
        return sortedLines(out);
    }

    private static List<String> sortedLines(ByteArrayOutputStream out) {
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith(" .\n");
        return text.lines().sorted().toList();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
