package org.astrolabe.extractor.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astrolabe.core.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML pages, read with jsoup. The story's element is the one {@link MainContent} (Readability4J) finds, else
 * the page's {@code <article>} or {@code <main>} element, else the element with the most paragraph text;
 * navigation, asides, forms, scripts and figure captions are left out, and the lines go through
 * {@link ScrapedPage} (boilerplate, glued-on articles). Metadata: title from {@code og:title} (without an
 * appended site name), {@code <h1>}, JSON-LD {@code headline}, {@code <title>}; date from
 * {@code article:published_time}, {@code <time datetime>}, JSON-LD {@code datePublished}; URL from the
 * canonical link, {@code og:url} or the JSON-LD article's {@code url}. docs/input-and-eval.md measures it.
 */
public final class HtmlReader {
    private static final String NOT_TEXT = "head, title, script, style, noscript, template, nav, aside, footer, form, button, "
            + "iframe, svg, figure, figcaption, select, [hidden], [aria-hidden=true], [role=navigation], [role=complementary]";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?:\\w*Article|BlogPosting|LiveBlogPosting|Report)");
    private static final Pattern SITE_NAME_SUFFIX = Pattern.compile("(.+?)\\s+[|–—-]\\s+([^|–—-]{1,60})");

    private HtmlReader() {}

    public static List<Article> read(String html, String source) {
        return read(Jsoup.parse(html), source);
    }

    public static List<Article> read(Document page, String source) {
        return articles(page, mainTextLines(page), source);
    }

    /** The articles of a page whose main text is the given lines. */
    static List<Article> articles(Document page, List<String> lines, String source) {
        PageMetadata metadata = metadata(page);
        if (metadata.title() == null) {
            metadata = new PageMetadata(metadata.url(), titleFromTitleElement(page, lines), metadata.date());
        }
        return ScrapedPage.articles(lines, metadata, source);
    }

    /**
     * The page's self-description. The title is the page's own headline ({@code og:title},
     * {@code twitter:title}, {@code <h1>}); {@link #read} falls back on {@code <title>}.
     */
    public static PageMetadata metadata(Document page) {
        String headline = firstNonBlank(firstText(page, "article h1, main h1, [role=main] h1, [itemprop=headline]"), firstText(page, "h1"));
        String title = firstNonBlank(withoutSiteName(meta(page, "og:title"), page, headline),
                withoutSiteName(meta(page, "twitter:title"), page, headline), headline, jsonLdArticleField(page, "headline"));
        String url = firstWebAddress(page.select("link[rel=canonical]").attr("abs:href"), page.select("link[rel=canonical]").attr("href"),
                meta(page, "og:url"), jsonLdArticleField(page, "url"), jsonLdArticleField(page, "mainEntityOfPage"));
        LocalDate date = publishedDate(page).orElse(null);
        return new PageMetadata(url, title, date);
    }

    /**
     * The main text as lines: one per heading, paragraph or list item, blank lines between blocks. The
     * story's element is the one {@link MainContent} finds; when it finds none, our own markup rules choose.
     */
    public static List<String> mainTextLines(Document page) {
        Element content = MainContent.find(page).orElseGet(() -> ownMainElement(page));
        return blockLines(content);
    }

    /**
     * The main text as our own markup rules find it, without {@link MainContent}: the {@code <article>} with
     * the most paragraph text, else {@code <main>}, else the element with the most paragraph text. Kept as the
     * fallback, and measured against it.
     */
    static List<String> ownMainTextLines(Document page) {
        return blockLines(ownMainElement(page));
    }

    private static Element ownMainElement(Document page) {
        Document copy = page.clone();
        copy.select(NOT_TEXT).remove();
        return mainElement(copy);
    }

    /**
     * One line per block of text: a heading, paragraph, list item, or a {@code <div>}'s own text. Inline
     * elements and single line breaks join their text; two line breaks in a row end a paragraph.
     */
    static List<String> blockLines(Element root) {
        Element copy = root.clone();
        copy.select(NOT_TEXT).remove();
        BlockCollector collector = new BlockCollector();
        NodeTraversor.traverse(collector, copy);
        collector.flush();
        return collector.lines;
    }

    /** Gathers text into lines, starting a new line at every block element and at a double {@code <br>}. */
    private static final class BlockCollector implements NodeVisitor {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean afterBreak;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    current.append(text.getWholeText());
                    afterBreak = false;
                } else if (!current.isEmpty()) {
                    current.append(' ');
                }
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    if (afterBreak) {
                        flush();
                    } else {
                        current.append(' ');
                        afterBreak = true;
                    }
                } else if (element.isBlock()) {
                    flush();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock() && !element.nameIs("br")) {
                flush();
            }
        }

        void flush() {
            String line = Boilerplate.normaliseSpace(current.toString());
            if (!line.isEmpty()) {
                lines.add(line);
                lines.add("");
            }
            current.setLength(0);
            afterBreak = false;
        }
    }

    /**
     * {@code <title>} without a trailing " | Site name", used only when the main text does not open with a
     * headline of its own: a page title is often just the site's name.
     */
    private static String titleFromTitleElement(Document page, List<String> lines) {
        boolean textHasHeadline = lines.stream().map(Boilerplate::normaliseSpace).filter(l -> !l.isEmpty()).findFirst()
                .map(Boilerplate::isTitleLike).orElse(false);
        if (textHasHeadline || page.title().isBlank()) {
            return null;
        }
        return page.title().replaceFirst("\\s+[|–—-]\\s+[^|–—-]{1,60}$", "").strip();
    }

    private static Element mainElement(Document page) {
        Elements articles = page.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(HtmlReader::paragraphTextLength)).orElseThrow();
        }
        Element main = page.selectFirst("main, [role=main], [itemprop=articleBody]");
        if (main != null) {
            return main;
        }
        return densestParagraphParent(page);
    }

    /** The element whose own paragraphs hold the most text: where a page without markup keeps its story. */
    private static Element densestParagraphParent(Document page) {
        Map<Element, Integer> textByParent = new HashMap<>();
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                textByParent.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return textByParent.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(page.body());
    }

    private static int paragraphTextLength(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static Optional<LocalDate> publishedDate(Document page) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(page, "article:published_time"));
        candidates.add(page.select("meta[itemprop=datePublished]").attr("content"));
        candidates.add(page.select("[itemprop=datePublished]").attr("datetime"));
        candidates.add(meta(page, "date"));
        candidates.add(meta(page, "dc.date"));
        candidates.add(meta(page, "pubdate"));
        candidates.add(jsonLdDatePublished(page));
        candidates.add(page.select("time[datetime]").attr("datetime"));
        candidates.add(meta(page, "article:modified_time"));
        for (String value : candidates) {
            Optional<LocalDate> date = ArticleDates.parseMetadata(value);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * A title without the site's name a page appends to it ("Headline – The Orbital Post"): the name is
     * known when it is the page's {@code og:site_name}, or when what precedes it is the story's own headline.
     */
    private static String withoutSiteName(String title, Document page, String headline) {
        if (title == null) {
            return null;
        }
        Matcher m = SITE_NAME_SUFFIX.matcher(Boilerplate.normaliseSpace(title));
        if (m.matches()) {
            String siteName = meta(page, "og:site_name");
            boolean isSiteName = siteName != null && Boilerplate.key(siteName).equals(Boilerplate.key(m.group(2)));
            boolean restIsHeadline = headline != null && Boilerplate.key(headline).equals(Boilerplate.key(m.group(1)));
            if (isSiteName || restIsHeadline) {
                return m.group(1);
            }
        }
        return title;
    }

    /**
     * A field of the page's JSON-LD article (a node whose {@code @type} is an article or blog posting, so
     * that the site's {@code WebSite} or {@code Organization} node never lends its address): a text, or the
     * {@code @id} of an object ({@code "mainEntityOfPage": {"@id": ...}}).
     */
    private static String jsonLdArticleField(Document page, String field) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode article = findArticle(JSON.readTree(script.data()));
                JsonNode value = article == null ? null : article.get(field);
                if (value != null && value.isObject()) {
                    value = value.get("@id");
                }
                if (value != null && value.isTextual()) {
                    return value.asText();
                }
            } catch (JsonProcessingException e) {
                // broken JSON-LD is common on the web: other sources are tried
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null && type.isTextual() && ARTICLE_TYPE.matcher(type.asText()).matches()) {
            return node;
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode found = findArticle(it.next());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String jsonLdDatePublished(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findField(JSON.readTree(script.data()), "datePublished");
                if (found != null && found.isTextual()) {
                    return found.asText();
                }
            } catch (JsonProcessingException e) {
                // broken JSON-LD is common on the web: other sources of the date are tried
            }
        }
        return null;
    }

    private static JsonNode findField(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        if (node.has(field)) {
            return node.get(field);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode found = findField(it.next(), field);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The content of {@code <meta property=name>} or {@code <meta name=name>}, case-insensitive on the name. */
    private static String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static String firstText(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.text();
    }

    /** The first http(s) address: a relative link resolved against a local file is no article URL. */
    private static String firstWebAddress(String... values) {
        for (String v : values) {
            if (v != null && v.strip().matches("(?i)https?://\\S+")) {
                return v.strip();
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
