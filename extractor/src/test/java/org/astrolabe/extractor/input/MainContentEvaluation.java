package org.astrolabe.extractor.input;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.document.TextDocument;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.extractors.ExtractorBase;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.astrolabe.core.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Measures main-content readers on the news pages under {@code pages/}: each {@code NAME.html} comes with
 * {@code NAME.expected.txt}, the page's title, date and URL (one {@code key: value} line each, {@code -} for
 * none), a blank line, then the article's paragraphs. The main text is scored by the longest common
 * subsequence of word tokens between what a reader keeps and the expected paragraphs (precision: share of
 * the kept words that belong there, in order; recall: share of the expected words kept), the headline left
 * out on both sides, since readers differ on whether the text repeats it.
 */
final class MainContentEvaluation {
    static final String PAGES = "/org/astrolabe/extractor/input/pages/";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    /** One page and what a careful reader would keep of it. */
    record Page(String name, String html, String title, LocalDate date, String url, String expectedText) {}

    /** What a reader made of a page; null parts are ones the reader does not give. */
    record Extraction(String title, LocalDate date, String url, String text) {}

    /** A reader by name; {@code datesAndUrls} is false for one that gives neither (libraries give title and text). */
    record Reader(String name, Function<Page, Extraction> read, boolean datesAndUrls) {}

    /** The scores of one reader on one page. */
    record Score(String page, int kept, int expected, int common, boolean title, Boolean date, Boolean url, Extraction found) {
        double precision() {
            return kept == 0 ? 0 : (double) common / kept;
        }

        double recall() {
            return expected == 0 ? 1 : (double) common / expected;
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A reader's scores on every page and its reading time. */
    record Result(Reader reader, List<Score> scores, double msPerPage) {
        double precision() {
            int kept = scores.stream().mapToInt(Score::kept).sum();
            return kept == 0 ? 0 : (double) scores.stream().mapToInt(Score::common).sum() / kept;
        }

        double recall() {
            return (double) scores.stream().mapToInt(Score::common).sum() / scores.stream().mapToInt(Score::expected).sum();
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double meanPageF1() {
            return scores.stream().mapToDouble(Score::f1).average().orElse(0);
        }

        long pagesAtLeast(double f1) {
            return scores.stream().filter(s -> s.f1() >= f1).count();
        }

        long titles() {
            return scores.stream().filter(Score::title).count();
        }

        String dates() {
            return scores.stream().anyMatch(s -> s.date() == null) ? "–" : String.valueOf(scores.stream().filter(Score::date).count());
        }

        String urls() {
            return scores.stream().anyMatch(s -> s.url() == null) ? "–" : String.valueOf(scores.stream().filter(Score::url).count());
        }
    }

    private MainContentEvaluation() {}

    /** The readers compared: ours, then the libraries as their documentation says to call them. */
    static List<Reader> readers() {
        return List.of(
                new Reader("HtmlReader (Readability4J + ours)", page -> astrolabe(page, HtmlReader::read), true),
                new Reader("HtmlReader, own rules only", page -> astrolabe(page,
                        (document, name) -> HtmlReader.articles(document, HtmlReader.ownMainTextLines(document), name)), true),
                new Reader("Readability4J 1.0.8", page -> readability(new Readability4J(pageUri(page), page.html()).parse()), false),
                new Reader("Readability4JExtended 1.0.8", page -> readability(new Readability4JExtended(pageUri(page), page.html()).parse()), false),
                new Reader("boilerpipe 1.2 ArticleExtractor", page -> boilerpipe(page, ArticleExtractor.INSTANCE), false));
    }

    static Extraction astrolabe(Page page, BiFunction<Document, String, List<Article>> reader) {
        List<Article> articles = reader.apply(Jsoup.parse(page.html(), pageUri(page)), page.name());
        if (articles.isEmpty()) {
            return new Extraction(null, null, null, "");
        }
        Article first = articles.get(0);
        return new Extraction(first.title(), first.date(), first.url(), first.text());
    }

    private static Extraction readability(net.dankito.readability4j.Article article) {
        String text = article.getArticleContent() == null ? "" : article.getArticleContent().wholeText();
        return new Extraction(article.getTitle(), null, null, text);
    }

    private static Extraction boilerpipe(Page page, ExtractorBase extractor) {
        try {
            TextDocument document = new BoilerpipeSAXInput(new InputSource(new StringReader(page.html()))).getTextDocument();
            extractor.process(document);
            return new Extraction(document.getTitle(), null, null, document.getContent());
        } catch (BoilerpipeProcessingException | SAXException e) {
            throw new IllegalStateException(page.name() + ": " + e.getMessage(), e);
        }
    }

    /** The address a page read from a file has, as {@code astrolabe ingest} gives it. */
    private static String pageUri(Page page) {
        return "file:/pages/" + page.name() + ".html";
    }

    /** Every page of the set, in name order. */
    static List<Page> pages() throws IOException {
        URL folder = MainContentEvaluation.class.getResource(PAGES);
        if (folder == null) {
            throw new IOException("no pages at " + PAGES);
        }
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            for (Path html : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(page(html));
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        return pages;
    }

    private static Page page(Path html) throws IOException {
        String name = html.getFileName().toString().replaceFirst("\\.html$", "");
        String expected = Files.readString(html.resolveSibling(name + ".expected.txt"), StandardCharsets.UTF_8);
        String[] parts = expected.split("\n\n", 2);
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : parts[0].split("\n")) {
            String[] kv = line.split(": ", 2);
            header.put(kv[0], kv[1].strip().equals("-") ? null : kv[1].strip());
        }
        String date = header.get("date");
        return new Page(name, Files.readString(html, StandardCharsets.UTF_8), header.get("title"),
                date == null ? null : LocalDate.parse(date), header.get("url"), parts[1].strip());
    }

    /** Scores every reader on every page; each reads the whole set {@code rounds} times for its timing. */
    static List<Result> evaluate(List<Page> pages, List<Reader> readers, int rounds) {
        for (Reader reader : readers) {
            pages.forEach(reader.read()::apply);
        }
        List<Result> results = new ArrayList<>();
        for (Reader reader : readers) {
            List<Score> scores = new ArrayList<>();
            for (Page page : pages) {
                scores.add(score(page, reader.read().apply(page), reader.datesAndUrls()));
            }
            results.add(new Result(reader, scores, msPerPage(pages, reader, rounds)));
        }
        return results;
    }

    private static double msPerPage(List<Page> pages, Reader reader, int rounds) {
        for (int i = 0; i < Math.max(1, rounds / 2); i++) {
            pages.forEach(reader.read()::apply);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            pages.forEach(reader.read()::apply);
        }
        return (System.nanoTime() - start) / 1e6 / rounds / pages.size();
    }

    static Score score(Page page, Extraction extraction, boolean datesAndUrls) {
        List<String> titleTokens = tokens(page.title());
        List<String> expected = withoutLeading(tokens(page.expectedText()), titleTokens);
        List<String> kept = withoutLeading(tokens(extraction.text()), titleTokens);
        return new Score(page.name(), kept.size(), expected.size(), lcs(kept, expected),
                sameTitle(extraction.title(), page.title()),
                datesAndUrls ? Objects.equals(extraction.date(), page.date()) : null,
                datesAndUrls ? Objects.equals(extraction.url(), page.url()) : null, extraction);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<String> withoutLeading(List<String> tokens, List<String> prefix) {
        if (!prefix.isEmpty() && tokens.size() >= prefix.size() && tokens.subList(0, prefix.size()).equals(prefix)) {
            return tokens.subList(prefix.size(), tokens.size());
        }
        return tokens;
    }

    /** Length of the longest common subsequence of two token lists. */
    static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static boolean sameTitle(String found, String expected) {
        return found != null && tokens(found).equals(tokens(expected));
    }
}
