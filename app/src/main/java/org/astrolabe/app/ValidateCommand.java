package org.astrolabe.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.astrolabe.core.model.Iris;
import org.astrolabe.core.shapes.ShapeViolation;
import org.astrolabe.core.shapes.StoreValidation;
import org.astrolabe.core.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store against the ontology's SHACL shapes: every article graph (with the "
                + "descriptions of its entities), then the union of all graphs.",
                "Exit status 0 when everything conforms, 1 when something breaks a shape."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--show", paramLabel = "N", defaultValue = "20",
            description = "How many violations to list in full (default: ${DEFAULT-VALUE}).")
    int show;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (show < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--show must not be negative");
        }
        StoreValidation validation;
        try (GraphStore graph = store.openExisting()) {
            validation = StoreValidation.of(graph, Iris.defaults());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("store:      " + store.folder());
        out.println("articles:   " + validation.articles());
        out.println("violations: " + validation.articleViolations().size() + " in article graphs, "
                + validation.unionViolations().size() + " in the union of all graphs");
        if (!validation.conforms()) {
            out.println("per constraint:");
            validation.countsByKind().forEach((kind, n) -> out.printf("  %6d  %s%n", n, kind));
            List<ShapeViolation> all = validation.all();
            out.println(all.size() > show ? "first " + show + " of " + all.size() + ":" : "all of them:");
            all.stream().limit(show).forEach(v -> {
                out.println("  " + v.focusNode() + (v.path().isEmpty() ? "" : " " + v.path()) + ": " + v.message());
                out.println("      " + v.kind() + ", in " + v.graph());
            });
        }
        out.flush();
        return validation.conforms() ? 0 : 1;
    }
}
