package org.astrolabe.bench.sections;

import java.util.Collection;

import org.astrolabe.bench.harness.BenchContext;
import org.astrolabe.bench.harness.Section;
import org.astrolabe.bench.micro.ModelBenchmarks;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The JMH micro-benchmarks, with short iterations, in one forked JVM; their scores go into the table. */
public final class MicroSection implements Section {
    @Override
    public String name() {
        return "micro";
    }

    @Override
    public String description() {
        return "JMH: IRI minting and article-graph building (ops/s)";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Options options = new OptionsBuilder()
                .include(ModelBenchmarks.class.getName() + ".*")
                .forks(1)
                .warmupIterations(ctx.size(2, 1)).warmupTime(TimeValue.seconds(ctx.size(2, 1)))
                .measurementIterations(ctx.size(3, 2)).measurementTime(TimeValue.seconds(ctx.size(3, 1)))
                .jvmArgs("-Xmx1g")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        ctx.log("micro: JMH benchmarks...");
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            var score = r.getPrimaryResult();
            String error = Double.isNaN(score.getScoreError()) ? "" : String.format("± %.0f (99.9%%), ", score.getScoreError());
            ctx.table().figure("Micro (JMH)", name + " (ops/s)", score.getScore(), error + "1 fork, " + r.getParams().getMeasurement().getCount() + " iterations");
        }
    }
}
