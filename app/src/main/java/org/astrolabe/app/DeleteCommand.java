package org.astrolabe.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.astrolabe.core.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Removes articles from the store: exactly their graphs, and the entities no other article mentions.",
                "Exit code 1 if an IRI is not an article of the store (the others are still deleted)."})
public final class DeleteCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "IRI", arity = "1..*", description = "Document IRIs (as listed by 'astrolabe query' or the API).")
    List<String> documents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int missing = 0;
        try (GraphStore graph = store.openExisting()) {
            for (String iri : documents) {
                if (graph.delete(iri)) {
                    err.println("deleted " + iri);
                } else {
                    err.println("astrolabe delete: no article " + iri + " in " + store.folder());
                    missing++;
                }
            }
        }
        err.flush();
        return missing == 0 ? 0 : 1;
    }
}
