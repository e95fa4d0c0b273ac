package org.astrolabe.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as read from its source, boilerplate removed.
 *
 * @param source where it came from, for people and for evaluation: a file name, with {@code #2} for the
 *               second article of a page; never part of the article's identity
 * @param url    the article's URL when known; when present it names the article's graph
 * @param title  the headline, or null
 * @param date   the publication date, or null; it anchors relative dates in the text
 * @param text   the article's main text, to which every character offset refers
 */
public record Article(String source, String url, String title, LocalDate date, String text) {
    public Article {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("An article needs some text");
        }
    }

    public Optional<String> urlIfPresent() {
        return Optional.ofNullable(url).filter(u -> !u.isBlank());
    }
}
