package org.astrolabe.bench.workload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.astrolabe.core.model.Article;

/**
 * The articles the extraction benchmark reads: news-style articles generated from the bundled templates
 * ({@code article-templates.txt}) filled with names from {@code article-names.tsv} by a seeded random
 * choice, plus any plain-text articles from a folder (the seed articles). Deterministic: the same seed
 * and count always give the same texts.
 */
public final class ArticleCorpus {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(2?)}");

    private final List<String> templates;
    private final Map<String, List<String>> names;

    public ArticleCorpus(List<String> templates, Map<String, List<String>> names) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("No article templates");
        }
        this.templates = List.copyOf(templates);
        this.names = Map.copyOf(names);
    }

    /** The corpus defined by the bundled templates and names. */
    public static ArticleCorpus bundled() {
        return new ArticleCorpus(parseTemplates(resource("article-templates.txt")), parseNames(resource("article-names.tsv")));
    }

    /** {@code count} generated articles; each has one or two paragraphs from different templates. */
    public List<Article> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int paragraphs = 1 + random.nextInt(2);
            StringBuilder text = new StringBuilder();
            int first = random.nextInt(templates.size());
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    text.append("\n\n");
                }
                text.append(fill(templates.get((first + p * 3) % templates.size()), random));
            }
            LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
            articles.add(new Article("generated-" + i, null, "Generated article " + i, date, text.toString()));
        }
        return articles;
    }

    /** Fills each placeholder; a name is reused within the template, and {x2} differs from {x}. */
    String fill(String template, Random random) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1);
            String key = m.group(0);
            List<String> pool = names.get(kind);
            if (pool == null || pool.isEmpty()) {
                throw new IllegalArgumentException("No names of kind '" + kind + "' for the templates");
            }
            String value = chosen.get(key);
            while (value == null) {
                String candidate = pool.get(random.nextInt(pool.size()));
                String other = chosen.get(m.group(2).isEmpty() ? "{" + kind + "2}" : "{" + kind + "}");
                if (!candidate.equals(other) || pool.size() == 1) {
                    value = candidate;
                }
            }
            chosen.put(key, value);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Plain-text articles ({@code *.txt}) from a folder, in name order. */
    public static List<Article> readFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Article> articles = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted(Comparator.naturalOrder()).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (!text.isBlank()) {
                    articles.add(new Article(f.getFileName().toString(), null, null, null, text));
                }
            }
            return articles;
        }
    }

    static List<String> parseTemplates(String text) {
        List<String> templates = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.strip().equals("---")) {
                addIfPresent(templates, current);
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        addIfPresent(templates, current);
        return templates;
    }

    private static void addIfPresent(List<String> templates, StringBuilder text) {
        if (!text.toString().isBlank()) {
            templates.add(text.toString().strip());
        }
    }

    static Map<String, List<String>> parseNames(String tsv) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("Expected 'kind<TAB>name': " + line);
            }
            names.computeIfAbsent(parts[0].strip(), k -> new ArrayList<>()).add(parts[1].strip());
        }
        return names;
    }

    private static String resource(String name) {
        try (InputStream in = ArticleCorpus.class.getResourceAsStream("/org/astrolabe/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing bench resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
