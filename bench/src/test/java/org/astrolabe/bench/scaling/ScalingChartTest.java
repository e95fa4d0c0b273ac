package org.astrolabe.bench.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.astrolabe.bench.scaling.ScalingPoint.Pair;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ScalingChartTest {
    private static final List<ScalingPoint> POINTS = List.of(
            point(100_000, new Pair(12.5, 3.25), new Pair(41.5, 37.5), new Pair(21_500, 88_000), new Pair(61_000, 75_000)),
            point(1_000_000, new Pair(145, 9.75), new Pair(12.75, 10.5), new Pair(18_250, 71_000), new Pair(59_500, 73_500)));

    private static ScalingPoint point(long quads, Pair lookup, Pair sparql, Pair ingest, Pair export) {
        return new ScalingPoint(quads, quads + 23, (int) (quads / 100), 1.0, 2.0, 3.0,
                Map.of(ScalingMetric.LOOKUP_P99, lookup, ScalingMetric.SPARQL_MIX, sparql,
                        ScalingMetric.INGEST, ingest, ScalingMetric.EXPORT, export), List.of());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    void isAnSvgDocumentWithAChartPerMetric() throws Exception {
        Document doc = parse(ScalingChart.svg(POINTS, "one run"));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> texts = texts(doc);
        for (ScalingMetric metric : ScalingMetric.values()) {
            assertThat(texts).contains(metric.title() + " (" + metric.unit() + ")", metric.baseline());
        }
        assertThat(texts).filteredOn("Astrolabe"::equals).hasSize(4);
        assertThat(texts).contains("one run", "100k", "1M");
    }

    @Test
    void everyMeasuredPointIsDrawnWithItsValue() throws Exception {
        List<String> texts = texts(parse(ScalingChart.svg(POINTS, "")));
        // Each point's label, as the report's table formats the figure.
        assertThat(texts).contains("12.50", "3.25", "145", "9.75", "41.50", "37.50", "12.75", "10.50",
                "21,500", "88,000", "18,250", "71,000", "61,000", "75,000", "59,500", "73,500");
    }

    @Test
    void figuresNotMeasuredAreLeftOut() throws Exception {
        List<ScalingPoint> partial = List.of(point(100_000, new Pair(12.5, Double.NaN), Pair.NONE, Pair.NONE, Pair.NONE));
        List<String> texts = texts(parse(ScalingChart.svg(partial, "")));
        assertThat(texts).contains("12.50").doesNotContain("NaN");
    }
}
