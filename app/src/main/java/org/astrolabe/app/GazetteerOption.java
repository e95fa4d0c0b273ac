package org.astrolabe.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.astrolabe.extractor.CoreNlpExtractor;

import picocli.CommandLine.Option;

/** The {@code --gazetteer FILE.ttl} option of the commands that extract. */
public final class GazetteerOption {
    @Option(names = "--gazetteer", paramLabel = "FILE.ttl",
            description = "A gazetteer of your own (Turtle, the format of the bundled one), merged with the bundled one; repeatable.")
    List<Path> files = new ArrayList<>();

    /** Has the shared extractor load with these files; fails at once, naming the file, if one does not read. */
    void apply() {
        CoreNlpExtractor.useGazetteers(files);
    }
}
