package org.astrolabe.bench;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.astrolabe.bench.harness.BenchContext;
import org.astrolabe.bench.harness.Machine;
import org.astrolabe.bench.harness.Report;
import org.astrolabe.bench.harness.Section;
import org.astrolabe.bench.sections.ExportSection;
import org.astrolabe.bench.sections.ExtractionSection;
import org.astrolabe.bench.sections.IngestSection;
import org.astrolabe.bench.sections.MicroSection;
import org.astrolabe.bench.sections.ScalingSection;
import org.astrolabe.bench.sections.ServerSection;
import org.astrolabe.bench.scaling.ScalingChart;
import org.astrolabe.bench.scaling.ScalingReport;
import org.astrolabe.bench.scaling.StoreSizes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code astrolabe bench}: runs the selected sections in one go, prints the table of figures and ratios,
 * and writes it as Markdown. A failing section is reported in the table and the run goes on.
 */
@Command(name = "astrolabe bench", mixinStandardHelpOptions = true,
        description = "Measures Astrolabe against its baselines (vanilla CoreNLP, Fuseki, tdb2.tdbloader, tdb2.tdbdump) on this machine.")
public final class BenchMain implements Callable<Integer> {
    /** Every section name, in the order they run. */
    public static final List<String> SECTIONS = List.of("ingest", "startup", "memory", "rest", "sparql", "export", "extraction", "micro");
    /** Sections that run only when named: too long for the default run. */
    public static final List<String> ON_REQUEST = List.of("scaling");

    @Option(names = "--quick", description = "A smoke run of a few minutes: small store, few articles, short load phases.")
    boolean quick;

    @Option(names = "--section", paramLabel = "NAME", arity = "1..*",
            description = "Only these sections (default all but scaling): ${COMPLETION-CANDIDATES}", completionCandidates = SectionNames.class)
    List<String> sections = new ArrayList<>();

    @Option(names = "--sizes", paramLabel = "LIST", split = ",",
            description = "Store sizes of the scaling section, in quads, e.g. 100k,1M (default: 100k,1M; with --quick 20k,100k).")
    List<String> sizes = new ArrayList<>();

    @Option(names = "--large", description = "Scaling section: also a 10M-quad store (long: not for CI).")
    boolean large;

    @Option(names = "--out", paramLabel = "FILE", description = "Markdown output (default: ${DEFAULT-VALUE}); an existing file keeps its text outside the generated block.")
    Path out = Path.of("docs/performance.md");

    @Option(names = "--home", paramLabel = "DIR", description = "The project folder (default: current folder).")
    Path home = Path.of(System.getProperty("astrolabe.home", "."));

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch space for stores and logs (default: bench/target/bench-work under the project).")
    Path work;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Extra plain-text articles (*.txt, e.g. the seed articles) read before the generated ones.")
    Path corpus;

    @Option(names = "--profile", description = "Record JFR profiles of Astrolabe (extraction, server, export) and summarise them in the report.")
    boolean profile;

    // The defaults are the launcher's own for `serve` (./astrolabe passes them), so that the bench measures the server
    // as users start it.
    @Option(names = "--server-heap", paramLabel = "SIZE",
            description = "-Xmx of each server under test, Astrolabe and Fuseki alike (default: the launcher's heap of serve, ${DEFAULT-VALUE}).")
    String serverHeap = System.getProperty("astrolabe.serve.heap", "");

    @Option(names = "--server-jvm", paramLabel = "OPTIONS",
            description = "Other JVM options of each server under test, separated by spaces (default: the launcher's for serve, ${DEFAULT-VALUE}).")
    String serverJvm = System.getProperty("astrolabe.serve.jvm", "");

    @Option(names = "--serve-args", paramLabel = "ARGS",
            description = "Arguments that start Astrolabe's server; {store} and {port} are replaced (default: ${DEFAULT-VALUE}).")
    String serveArgs = "serve --store {store} --port {port}";

    static final class SectionNames extends ArrayList<String> {
        SectionNames() {
            super(SECTIONS);
            addAll(ON_REQUEST);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Set<String> selected = new LinkedHashSet<>(sections.isEmpty() ? SECTIONS : sections);
        for (String s : selected) {
            if (!SECTIONS.contains(s) && !ON_REQUEST.contains(s)) {
                System.err.println("astrolabe bench: unknown section '" + s + "'; sections: " + String.join(", ", SECTIONS)
                        + ", " + String.join(", ", ON_REQUEST));
                return 2;
            }
        }
        if (serverHeap.isBlank()) {
            System.err.println("astrolabe bench: no server heap; run the bench with ./astrolabe bench, which passes serve's, or give --server-heap");
            return 2;
        }
        List<Long> storeSizes;
        try {
            storeSizes = StoreSizes.choose(sizes, large, quick);
        } catch (IllegalArgumentException e) {
            System.err.println("astrolabe bench: " + e.getMessage());
            return 2;
        }
        Path workDir = work != null ? work : home.resolve("bench/target/bench-work");
        List<String> serverOptions = serverJvm.isBlank() ? List.of() : List.of(serverJvm.trim().split("\\s+"));
        BenchContext ctx = new BenchContext(quick, home, workDir, profile, serverHeap, serverOptions, corpus);
        long start = System.nanoTime();
        ZonedDateTime when = ZonedDateTime.now();
        double loadBefore = Machine.loadAverage();
        List<Section> plan = plan(selected, storeSizes);
        for (Section section : plan) {
            ctx.log("== " + section.name() + ": " + section.description());
            try {
                section.run(ctx);
            } catch (Exception | Error e) {
                String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
                ctx.table().missing(section.name(), "(section failed)", reason);
                ctx.log("section " + section.name() + " failed: " + reason);
                if (System.getenv("ASTROLABE_DEBUG") != null) {
                    e.printStackTrace();
                }
            }
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        String command = "./astrolabe bench" + (quick ? " --quick" : "") + (sections.isEmpty() ? "" : " --section " + String.join(" ", sections))
                + (sizes.isEmpty() ? "" : " --sizes " + String.join(",", sizes)) + (large ? " --large" : "")
                + (corpus != null ? " --corpus " + corpus.getFileName() : "") + (profile ? " --profile" : "");
        Path outFile = out.isAbsolute() ? out : home.resolve(out);
        for (Section section : plan) {
            if (section instanceof ScalingSection scaling) {
                writeScaling(scaling, ctx, outFile, command, when, minutes);
            }
        }
        if (plan.stream().allMatch(ScalingSection.class::isInstance)) {
            return 0;
        }
        ctx.note(String.format("1-minute load average of the machine: %.1f at the start, %.1f at the end (%d cores)",
                loadBefore, Machine.loadAverage(), Runtime.getRuntime().availableProcessors()));
        System.out.println();
        System.out.print(ctx.table().toText());
        Report.write(outFile, Report.markdown(ctx, command, when, minutes));
        System.out.printf("%nWritten to %s (%.1f minutes)%n", outFile, minutes);
        return 0;
    }

    /**
     * Writes the scaling chart beside the Markdown output ({@code performance.md} gets
     * {@code performance-scaling.svg}) and the scaling block into the Markdown, leaving its other blocks alone.
     */
    private static void writeScaling(ScalingSection scaling, BenchContext ctx, Path outFile, String command, ZonedDateTime when,
                                     double minutes) throws java.io.IOException {
        Path svg = chartFile(outFile);
        String phases = ScalingSection.phases(ctx);
        ScalingChart.write(svg, scaling.points(), ScalingReport.subtitle(when, phases));
        String block = ScalingReport.markdown(scaling.points(), command, Machine.describe(), when, minutes, svg.getFileName().toString(), phases);
        System.out.println();
        System.out.print(block);
        Report.write(outFile, block, ScalingReport.BEGIN, ScalingReport.END);
        System.out.printf("%nScaling chart written to %s, figures to %s%n", svg, outFile);
    }

    /** The scaling chart's file: the Markdown output's name with {@code -scaling.svg} for its extension. */
    static Path chartFile(Path markdown) {
        String name = markdown.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return markdown.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-scaling.svg");
    }

    private List<Section> plan(Set<String> selected, List<Long> storeSizes) {
        List<Section> plan = new ArrayList<>();
        Set<String> serverParts = new LinkedHashSet<>();
        for (String name : SECTIONS) {
            if (!selected.contains(name)) {
                continue;
            }
            if (ServerSection.PARTS.contains(name)) {
                if (serverParts.isEmpty()) {
                    plan.add(new ServerSection(serverParts, serveArgs));
                }
                serverParts.add(name);
                continue;
            }
            plan.add(switch (name) {
                case "ingest" -> new IngestSection();
                case "export" -> new ExportSection();
                case "extraction" -> new ExtractionSection();
                case "micro" -> new MicroSection();
                default -> throw new IllegalStateException(name);
            });
        }
        if (selected.contains("scaling")) {
            plan.add(new ScalingSection(storeSizes, serveArgs));
        }
        return plan;
    }
}
