package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.astrolabe.extractor.learn.RelationModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The committed relation weights are what {@code astrolabe train} makes from the inputs recorded in their
 * header: the training command is their single source. Needs the shared corpus and gold beside the
 * repository ({@code ../shared/}); retrain (docs/extraction.md) when this fails after a change to the
 * pipeline.
 */
@Tag("models")
class CommittedRelationWeightsTest {
    private static final Path SHARED = Path.of("..", "..", "shared");

    @Test
    void trainingOnTheRecordedInputsGivesTheCommittedWeights() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("gold")) && Files.isDirectory(SHARED.resolve("corpus")),
                "skipped: the shared corpus and gold (../shared/ beside the repository) are not here");
        String committed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RelationModel.RESOURCE)) {
            assertThat(in).as("the committed weights " + RelationModel.RESOURCE).isNotNull();
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Path> gold = recorded(committed, TrainingSet.GOLD_COMMENT).stream().map(n -> SHARED.resolve("gold").resolve(n)).toList();
        List<Path> articles = new ArrayList<>();
        for (String name : recorded(committed, TrainingSet.ARTICLES_COMMENT)) {
            try (Stream<Path> files = Files.walk(SHARED.resolve("corpus"))) {
                articles.add(files.filter(f -> f.getFileName().toString().equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError("recorded training article " + name + " is not in the shared corpus")));
            }
        }
        StringWriter log = new StringWriter();
        TrainingSet set = TrainingSet.read(gold, articles, new PrintWriter(log, true));
        String retrained = TrainCommand.train(set, new PrintWriter(log, true)).write();
        assertThat(retrained).as("retrain with `astrolabe train` (docs/extraction.md); training log:%n%s", log).isEqualTo(committed);
    }

    private static List<String> recorded(String weights, String comment) {
        return weights.lines().filter(l -> l.startsWith("# " + comment)).findFirst()
                .map(l -> Arrays.asList(l.substring(("# " + comment).length()).strip().split(" ")))
                .orElseThrow(() -> new AssertionError("the weights file records no '" + comment + "' line"));
    }
}
