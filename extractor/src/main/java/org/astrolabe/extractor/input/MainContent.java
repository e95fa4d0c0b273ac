package org.astrolabe.extractor.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element of a page that holds its story, with Readability4J (a jsoup port of Mozilla's
 * Readability, the reader view of Firefox). It scores every block by its text, commas and link density and
 * climbs to the parent that gathers the best-scored siblings, so a story split over several {@code <div>}s,
 * written in {@code <div>}s or between {@code <br>}s, or spread over {@code <section>}s is found whole; it
 * turns such text into {@code <p>} elements. Measured against our own markup rules on news pages of many
 * shapes (docs/input-and-eval.md), it keeps far more of the story.
 *
 * <p>One thing Readability does not know: a page that shows several stories, each in its own
 * {@code <article>} (the next story appended below the first), tells which is its own by the headline. When
 * exactly one {@code <article>} holds the page's {@code <h1>}, only that one is read.
 */
final class MainContent {
    private static final String NO_ADDRESS = "http://localhost/";

    private MainContent() {}

    /** The story's element, its text in block elements; empty when Readability finds no text or fails. */
    static Optional<Element> find(Document page) {
        Document scope = headlineArticle(page).map(article -> alone(page, article)).orElseGet(page::clone);
        joinSoftLineBreaks(scope);
        Element content;
        try {
            content = new Readability4J(baseAddress(page), scope).parse().getArticleContent();
        } catch (RuntimeException e) {
            // a page the library cannot handle is still read, by our own rules
            return Optional.empty();
        }
        if (content == null || content.text().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(content);
    }

    /**
     * The page's address, or a stand-in when it has none (uploaded content) or one Readability4J cannot
     * resolve links against: it would log an error with the whole story for each page. Only the text is used,
     * so the links' addresses do not matter.
     */
    static String baseAddress(Document page) {
        try {
            URI uri = new URI(page.location());
            if (uri.getScheme() != null && uri.getPath() != null && uri.getPath().startsWith("/")) {
                return page.location();
            }
        } catch (URISyntaxException e) {
            // the stand-in follows
        }
        return NO_ADDRESS;
    }

    /** The one {@code <article>}, among several, that holds the page's {@code <h1>}. */
    private static Optional<Element> headlineArticle(Document page) {
        List<Element> articles = page.select("article").stream().filter(a -> a.parents().stream().noneMatch(p -> p.nameIs("article"))).toList();
        if (articles.size() < 2) {
            return Optional.empty();
        }
        List<Element> withHeadline = articles.stream().filter(a -> a.selectFirst("h1") != null).toList();
        return withHeadline.size() == 1 ? Optional.of(withHeadline.get(0)) : Optional.empty();
    }

    /**
     * Turns each single {@code <br>} into a space: inside a paragraph it is a soft wrap, and Readability4J
     * would cut the paragraph there. Two or more in a row still end a paragraph.
     */
    private static void joinSoftLineBreaks(Document scope) {
        for (Element br : scope.select("br")) {
            if (!isBreak(neighbour(br, -1)) && !isBreak(neighbour(br, 1))) {
                br.replaceWith(new TextNode(" "));
            }
        }
    }

    /** The nearest sibling before (-1) or after (1) that is not blank text. */
    private static Node neighbour(Node node, int direction) {
        Node sibling = direction < 0 ? node.previousSibling() : node.nextSibling();
        while (sibling instanceof TextNode text && text.isBlank()) {
            sibling = direction < 0 ? sibling.previousSibling() : sibling.nextSibling();
        }
        return sibling;
    }

    private static boolean isBreak(Node node) {
        return node instanceof Element element && element.nameIs("br");
    }

    /** A copy of the page whose body holds only the given element. */
    private static Document alone(Document page, Element element) {
        Document copy = Document.createShell(page.location());
        copy.title(page.title());
        copy.body().appendChild(element.clone());
        return copy;
    }
}
