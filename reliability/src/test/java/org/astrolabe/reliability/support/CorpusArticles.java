package org.astrolabe.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real news articles for the scale runs: the development set ({@code corpus/dev/}: headline, source URL,
 * date, an empty line, the body) and the seed articles ({@code corpus/seeds/}: headline, then the body) of
 * the shared corpus beside the repository, read where they lie. Article {@code n} is text {@code n} modulo
 * the corpus size under a URL of its own, so a run can post more articles than the corpus holds and each is
 * a new document (the document IRI follows the URL).
 */
public final class CorpusArticles {
    /** Where the shared corpus lies, seen from a module folder (the working directory of its tests). */
    public static final Path DEFAULT_FOLDER = Path.of("..", "..", "shared", "corpus");

    /** One article to post as {@code text/plain} with its headline, URL and date as query parameters. */
    public record Posting(int number, String title, String url, String date, String text) {}

    private record Text(String title, String date, String body) {}

    private final List<Text> texts;
    private final String urlPrefix;

    private CorpusArticles(List<Text> texts, String urlPrefix) {
        this.texts = texts;
        this.urlPrefix = urlPrefix;
    }

    /** True if the shared corpus is where {@link #read} looks for it. */
    public static boolean present(Path folder) {
        return Files.isDirectory(folder.resolve("dev")) && Files.isDirectory(folder.resolve("seeds"));
    }

    /** Reads both sets; {@code series} makes the URLs (hence the documents) of one run distinct from another's. */
    public static CorpusArticles read(Path folder, String series) {
        List<Text> texts = new ArrayList<>();
        for (Path file : textFiles(folder.resolve("dev"))) {
            List<String> lines = lines(file);
            texts.add(new Text(lines.get(0).strip(), lines.get(2).strip(), String.join("\n", lines.subList(4, lines.size())).strip()));
        }
        for (Path file : textFiles(folder.resolve("seeds"))) {
            List<String> lines = lines(file);
            texts.add(new Text(lines.get(0).strip(), null, String.join("\n", lines.subList(1, lines.size())).strip()));
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no articles in " + folder);
        }
        return new CorpusArticles(List.copyOf(texts), "https://news.example.org/" + series + "/");
    }

    public int distinctTexts() {
        return texts.size();
    }

    public Posting article(int n) {
        Text text = texts.get(n % texts.size());
        return new Posting(n, text.title(), urlPrefix + n, text.date(), text.body());
    }

    private static List<Path> textFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
