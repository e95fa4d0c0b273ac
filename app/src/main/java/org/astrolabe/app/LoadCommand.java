package org.astrolabe.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.bulk.NQuadsBulkLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code astrolabe load}: bulk-loads N-Quads, such as the Spark extraction job's output, into a TDB2 store. */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = {
                "Bulk-loads N-Quads files (.nq or .nq.gz, or folders of them such as a Spark output folder) into a "
                        + "TDB2 store, new or existing, with Jena's bulk loader.",
                "Articles the store already holds are left as they are. Entity descriptions are merged: the first "
                        + "label and types of an entity win, sameAs links are added.",
                "Stop 'astrolabe serve' on the same store first."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "./data/store",
            description = "the store folder (created if absent; default: ${DEFAULT-VALUE})")
    private Path store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "N-Quads files or folders of them")
    private List<Path> files;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        long start = System.nanoTime();
        NQuadsBulkLoader.Report report = new NQuadsBulkLoader(store, Iris.defaults(), err::println).load(files);
        double seconds = (System.nanoTime() - start) / 1e9;
        var out = spec.commandLine().getOut();
        out.printf("loaded %d article graphs (%d quads) and %d entity-description quads from %d files into %s in %.1f s%n",
                report.articleGraphs(), report.articleQuads(), report.entityQuads(), report.files(), store, seconds);
        if (report.articlesAlreadyStored() > 0) {
            out.printf("left %d articles as they were: the store already held them (delete them first to replace them)%n",
                    report.articlesAlreadyStored());
        }
        if (report.entityQuadsSkipped() > 0) {
            out.printf("kept existing entity labels and types: skipped %d entity-description quads%n", report.entityQuadsSkipped());
        }
        if (report.quadsOutsideGraphs() > 0) {
            out.printf("skipped %d triples outside any named graph%n", report.quadsOutsideGraphs());
        }
        return 0;
    }
}
