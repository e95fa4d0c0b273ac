package org.astrolabe.bench.scaling;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import org.astrolabe.bench.harness.ResultTable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws the scaling figures as one SVG of four charts (lookup p99, SPARQL mix, ingest, export), each with
 * store size on a logarithmic x axis and Astrolabe and its baseline as two series, every point labelled
 * with its value (as the report's table formats it). Drawn by JFreeChart, written by JFreeSVG; figures
 * not measured (NaN) are left out of their series.
 */
public final class ScalingChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 740;
    private static final int HEADER = 40;
    private static final Color ASTROLABE = new Color(0x1f77b4);
    private static final Color BASELINE = new Color(0xd62728);

    private ScalingChart() {}

    /** The SVG document of the four charts. */
    public static String svg(List<ScalingPoint> points, String subtitle) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("How cost grows with store size: Astrolabe beside its baselines", 16, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(subtitle, 16, 36);
        ScalingMetric[] metrics = ScalingMetric.values();
        double w = WIDTH / 2.0;
        double h = (HEIGHT - HEADER) / 2.0;
        for (int i = 0; i < metrics.length; i++) {
            Rectangle2D area = new Rectangle2D.Double((i % 2) * w, HEADER + (i / 2) * h, w, h);
            chart(metrics[i], points).draw(g, area);
        }
        // The element without JFreeSVG's DOCTYPE: its DTD is not needed to show the image, and XML readers would fetch it.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement();
    }

    /** Writes {@link #svg} to {@code file}. */
    public static void write(Path file, List<ScalingPoint> points, String subtitle) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, svg(points, subtitle) + "\n");
    }

    static JFreeChart chart(ScalingMetric metric, List<ScalingPoint> points) {
        XYSeries ours = new XYSeries("Astrolabe");
        XYSeries theirs = new XYSeries(metric.baseline());
        for (ScalingPoint p : points) {
            ScalingPoint.Pair figure = p.figure(metric);
            if (!Double.isNaN(figure.astrolabe())) {
                ours.add(p.quads(), figure.astrolabe());
            }
            if (!Double.isNaN(figure.baseline())) {
                theirs.add(p.quads(), figure.baseline());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(ours);
        data.addSeries(theirs);

        SizeAxis x = new SizeAxis(points);
        x.setLowerMargin(0.12);
        x.setUpperMargin(0.12);
        x.setSmallestValue(1000);
        NumberAxis y = new NumberAxis(metric.unit() + (metric.better() == ResultTable.Better.LOWER ? " (lower is better)" : " (higher is better)"));
        y.setNumberFormatOverride(new FunctionFormat(v -> v < 0 ? "" : ResultTable.format(v)));
        double top = Math.max(ours.isEmpty() ? 0 : ours.getMaxY(), theirs.isEmpty() ? 0 : theirs.getMaxY());
        if (top > 0) {
            // From zero, with room above the highest label and below the lowest (a label goes under the lower point).
            y.setRange(-0.1 * top, 1.15 * top);
        }

        XYLineAndShapeRenderer renderer = new LabelApartRenderer(data);
        renderer.setSeriesPaint(0, ASTROLABE);
        renderer.setSeriesPaint(1, BASELINE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        renderer.setDefaultItemLabelGenerator(new StandardXYItemLabelGenerator("{2}",
                new FunctionFormat(v -> StoreSizes.label(Math.round(v))), new FunctionFormat(ResultTable::format)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));

        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(metric.title() + " (" + metric.unit() + ")", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        return chart;
    }

    /**
     * Lines with shapes whose value labels go above the higher of the two points at a size and below the
     * lower one, so that two close points keep their labels apart.
     */
    private static final class LabelApartRenderer extends XYLineAndShapeRenderer {
        private static final ItemLabelPosition ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        private static final ItemLabelPosition BELOW = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);
        private final transient XYSeriesCollection data;

        LabelApartRenderer(XYSeriesCollection data) {
            super(true, true);
            this.data = data;
        }

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
            XYSeries mine = data.getSeries(series);
            XYSeries other = data.getSeries(1 - series);
            int same = other.indexOf(mine.getX(item));
            if (same < 0) {
                return ABOVE;
            }
            double y = mine.getY(item).doubleValue();
            double theirs = other.getY(same).doubleValue();
            return y < theirs || y == theirs && series == 1 ? BELOW : ABOVE;
        }
    }

    /**
     * A logarithmic axis with one tick per measured size, labelled as the command line writes sizes. Ticks
     * carry plain text: JFreeChart's own log ticks are styled text, which JFreeSVG draws as glyph outlines.
     */
    private static final class SizeAxis extends LogAxis {
        private final List<ScalingPoint> points;

        SizeAxis(List<ScalingPoint> points) {
            super("Store size (quads, log scale)");
            this.points = List.copyOf(points);
        }

        @Override
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List<NumberTick> ticks = new ArrayList<>();
            for (ScalingPoint p : points) {
                ticks.add(new NumberTick(TickType.MAJOR, p.quads(), StoreSizes.label(p.size()), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }
    }

    /** A number format given by a function, for axis ticks and point labels. Formats only. */
    private static final class FunctionFormat extends NumberFormat {
        private final transient DoubleFunction<String> format;

        FunctionFormat(DoubleFunction<String> format) {
            this.format = format;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(format.apply(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("format only");
        }
    }
}
