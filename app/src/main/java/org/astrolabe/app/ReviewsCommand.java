package org.astrolabe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.astrolabe.core.curation.ReviewedFacts;
import org.astrolabe.core.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reviews", mixinStandardHelpOptions = true,
        description = "Works with the reviews of a store (docs/curation.md).",
        subcommands = ReviewsCommand.Export.class)
public final class ReviewsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes the facts reviewers confirmed (or added by hand) as a gold annotation (TSV, the format",
                    "eval --gold reads): per article, its entities and the confirmed facts. Rejected facts are left out."})
    public static final class Export implements Callable<Integer> {
        @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold file to write.")
        Path gold;

        @Mixin
        StoreOption store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ReviewedFacts.GoldText text;
            try (GraphStore reviewed = store.openExisting()) {
                text = new ReviewedFacts(reviewed).goldTsv();
            }
            Path partial = gold.resolveSibling(gold.getFileName() + ".partial");
            Files.writeString(partial, text.text(), StandardCharsets.UTF_8);
            Files.move(partial, gold, StandardCopyOption.REPLACE_EXISTING);
            PrintWriter err = spec.commandLine().getErr();
            err.println("wrote " + text.facts() + " confirmed facts to " + gold);
            err.flush();
            return 0;
        }
    }
}
