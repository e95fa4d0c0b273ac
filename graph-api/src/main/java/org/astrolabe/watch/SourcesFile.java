package org.astrolabe.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the sources file: YAML ({@code .yaml}, {@code .yml}) or JSON, an object with a {@code sources} list
 * (or the list alone). Each source: {@code url} (required), {@code name}, {@code kind}
 * ({@code feed|sitemap|urls|auto}), {@code interval} ({@code 90s}, {@code 15m}, {@code 1h} or ISO-8601
 * {@code PT15M}), {@code include} and {@code exclude} (regular expressions searched in item URLs) and
 * {@code keywords}. {@code docs/sources.md} describes the format.
 */
public final class SourcesFile {
    private SourcesFile() {}

    /** The sources of a file, in file order. */
    public static List<SourceSpec> read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sources file " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The sources of a parsed file: {@code {"sources": [...]}} or {@code [...]}. */
    public static List<SourceSpec> parse(JsonNode root) {
        JsonNode list = root != null && root.isObject() ? root.get("sources") : root;
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("expected a list of sources under 'sources'");
        }
        List<SourceSpec> sources = new ArrayList<>();
        Set<String> urls = new HashSet<>();
        for (JsonNode node : list) {
            SourceSpec source = source(node);
            if (!urls.add(source.url())) {
                throw new IllegalArgumentException("source " + source.url() + " is listed twice");
            }
            sources.add(source);
        }
        return sources;
    }

    /** One source object, as in the file and in {@code POST /api/sources}. */
    public static SourceSpec source(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("each source must be an object with at least a 'url'");
        }
        String url = text(node, "url");
        if (url == null) {
            throw new IllegalArgumentException("a source has no 'url'");
        }
        return new SourceSpec(text(node, "name"), url, SourceSpec.Kind.parse(text(node, "kind")), interval(text(node, "interval")),
                patterns(node, "include"), patterns(node, "exclude"), strings(node, "keywords"));
    }

    /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, a number of seconds, or ISO-8601 ({@code PT15M}). */
    static Duration interval(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(v));
            }
            if (v.matches("\\d+(ms|s|m|h|d)")) {
                long n = Long.parseLong(v.replaceAll("\\D", ""));
                return switch (v.replaceAll("\\d", "")) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: '" + value + "' (use 90s, 15m, 1h or PT15M)");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("'" + field + "' must be a single value");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                throw new IllegalArgumentException("'" + field + "' must be a list of strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static List<Pattern> patterns(JsonNode node, String field) {
        List<Pattern> out = new ArrayList<>();
        for (String regex : strings(node, field)) {
            try {
                out.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + field + "' holds a bad regular expression: " + e.getDescription() + " in " + regex);
            }
        }
        return out;
    }
}
