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
import org.astrolabe.bench.sections.ServerSection;
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

    @Option(names = "--quick", description = "A smoke run of a few minutes: small store, few articles, short load phases.")
    boolean quick;

    @Option(names = "--section", paramLabel = "NAME", arity = "1..*",
            description = "Only these sections (default all): ${COMPLETION-CANDIDATES}", completionCandidates = SectionNames.class)
    List<String> sections = new ArrayList<>();

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
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Set<String> selected = new LinkedHashSet<>(sections.isEmpty() ? SECTIONS : sections);
        for (String s : selected) {
            if (!SECTIONS.contains(s)) {
                System.err.println("astrolabe bench: unknown section '" + s + "'; sections: " + String.join(", ", SECTIONS));
                return 2;
            }
        }
        if (serverHeap.isBlank()) {
            System.err.println("astrolabe bench: no server heap; run the bench with ./astrolabe bench, which passes serve's, or give --server-heap");
            return 2;
        }
        Path workDir = work != null ? work : home.resolve("bench/target/bench-work");
        List<String> serverOptions = serverJvm.isBlank() ? List.of() : List.of(serverJvm.trim().split("\\s+"));
        BenchContext ctx = new BenchContext(quick, home, workDir, profile, serverHeap, serverOptions, corpus);
        long start = System.nanoTime();
        ZonedDateTime when = ZonedDateTime.now();
        double loadBefore = Machine.loadAverage();
        for (Section section : plan(selected)) {
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
        ctx.note(String.format("1-minute load average of the machine: %.1f at the start, %.1f at the end (%d cores)",
                loadBefore, Machine.loadAverage(), Runtime.getRuntime().availableProcessors()));
        System.out.println();
        System.out.print(ctx.table().toText());
        String command = "./astrolabe bench" + (quick ? " --quick" : "") + (sections.isEmpty() ? "" : " --section " + String.join(" ", sections))
                + (corpus != null ? " --corpus " + corpus.getFileName() : "") + (profile ? " --profile" : "");
        Path outFile = out.isAbsolute() ? out : home.resolve(out);
        Report.write(outFile, Report.markdown(ctx, command, when, minutes));
        System.out.printf("%nWritten to %s (%.1f minutes)%n", outFile, minutes);
        return 0;
    }

    private List<Section> plan(Set<String> selected) {
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
        return plan;
    }
}
