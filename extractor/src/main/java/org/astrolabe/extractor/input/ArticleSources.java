package org.astrolabe.extractor.input;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.astrolabe.core.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one entry point for reading articles: files and folders by extension ({@code .txt}, {@code .html},
 * {@code .htm}, {@code .jsonl}, {@code .ndjson}, {@code .json}), and uploaded content by media type.
 * Nothing here throws for bad input: every file or line that cannot be read becomes an {@link InputProblem}
 * and the rest is still read. Stateless and thread-safe.
 */
public final class ArticleSources {
    /** Media types {@link #parse} accepts (parameters such as {@code charset} are ignored). */
    public static final List<String> MEDIA_TYPES = List.of("text/plain", "text/html", "application/xhtml+xml",
            "application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines");

    private ArticleSources() {}

    /** True when {@link #read} reads files with this name. */
    public static boolean isSupported(Path file) {
        return mediaTypeOf(file) != null;
    }

    /**
     * Reads a file, or every supported file under a folder (recursively, in path order). Files of other
     * types inside a folder are skipped silently; a file named directly must be of a supported type.
     */
    public static ReadResult read(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(ArticleSources::isSupported).sorted().toList();
            } catch (IOException | RuntimeException e) {
                return ReadResult.failed(new InputProblem(path.toString(), 0, "cannot list folder: " + reason(e)));
            }
            ReadResult all = ReadResult.of(List.of());
            for (Path file : files) {
                all = all.plus(readFile(file));
            }
            return all;
        }
        if (!Files.exists(path)) {
            return ReadResult.failed(new InputProblem(path.toString(), 0, "no such file or folder"));
        }
        if (!isSupported(path)) {
            return ReadResult.failed(new InputProblem(path.toString(), 0,
                    "unsupported file type (expected .txt, .html, .htm, .jsonl, .ndjson or .json)"));
        }
        return readFile(path);
    }

    /** Reads each path in turn. */
    public static ReadResult read(List<Path> paths) {
        ReadResult all = ReadResult.of(List.of());
        for (Path path : paths) {
            all = all.plus(read(path));
        }
        return all;
    }

    /**
     * Reads uploaded content.
     *
     * @param content    the text
     * @param mediaType  one of {@link #MEDIA_TYPES}; {@code application/json} is one article object
     * @param sourceName the name recorded as the articles' source
     * @throws IllegalArgumentException for an unsupported media type
     */
    public static ReadResult parse(String content, String mediaType, String sourceName) {
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/plain" -> articlesOrProblem(PlainTextReader.read(content, sourceName), sourceName);
            case "text/html", "application/xhtml+xml" -> articlesOrProblem(HtmlReader.read(content, sourceName), sourceName);
            case "application/json" -> JsonArticleReader.readOne(content, sourceName);
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" ->
                    JsonArticleReader.readLines(content, sourceName);
            default -> throw new IllegalArgumentException("Unsupported media type '" + mediaType + "'; expected one of " + MEDIA_TYPES);
        };
    }

    /**
     * Reads content fetched or uploaded as bytes, as a file of its type would be read: an HTML page's
     * character set is the one its media type names, else the one its {@code <meta>} declares (or its byte
     * order mark), else UTF-8; other types are decoded from the media type's charset, else UTF-8.
     *
     * @param content    the bytes
     * @param mediaType  one of {@link #MEDIA_TYPES}, possibly with a {@code charset} parameter
     * @param baseUri    the page's address, against which relative links (the canonical URL) resolve; may be null
     * @param sourceName the name recorded as the articles' source
     * @throws IllegalArgumentException for an unsupported media type
     */
    public static ReadResult parse(byte[] content, String mediaType, String baseUri, String sourceName) {
        String type = mediaType == null ? "text/html" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String charset = charsetOf(mediaType);
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            try {
                Document page = Jsoup.parse(new java.io.ByteArrayInputStream(content), charset, baseUri == null ? "" : baseUri);
                return articlesOrProblem(HtmlReader.read(page, sourceName), sourceName);
            } catch (IOException e) {
                return ReadResult.failed(new InputProblem(sourceName, 0, "cannot read: " + reason(e)));
            }
        }
        java.nio.charset.Charset decoding = charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset);
        return parse(new String(content, decoding), type, sourceName);
    }

    /** The supported {@code charset} parameter of a media type, or null. */
    private static String charsetOf(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)").matcher(mediaType);
        if (!m.find()) {
            return null;
        }
        try {
            return java.nio.charset.Charset.isSupported(m.group(1)) ? m.group(1) : null;
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return null;
        }
    }

    private static ReadResult readFile(Path file) {
        String name = file.getFileName().toString();
        String type = mediaTypeOf(file);
        try {
            if (type.equals("text/html")) {
                Document page = Jsoup.parse(file.toFile(), null, file.toUri().toString());
                return articlesOrProblem(HtmlReader.read(page, name), name);
            }
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return parse(content, type, name);
        } catch (CharacterCodingException e) {
            return ReadResult.failed(new InputProblem(name, 0, "not UTF-8 text"));
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(new InputProblem(name, 0, "cannot read: " + reason(e)));
        }
    }

    private static ReadResult articlesOrProblem(List<Article> articles, String source) {
        return articles.isEmpty() ? ReadResult.failed(new InputProblem(source, 0, "no article text found")) : ReadResult.of(articles);
    }

    private static String mediaTypeOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return "text/plain";
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return "text/html";
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "application/x-ndjson";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return null;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
