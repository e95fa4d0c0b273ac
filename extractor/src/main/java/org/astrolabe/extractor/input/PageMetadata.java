package org.astrolabe.extractor.input;

import java.time.LocalDate;

/**
 * What a page says about itself outside its text (HTML meta tags, JSON fields). Each part may be null.
 * It applies to the first article of the page; an article split off after it gets the page's date only.
 */
public record PageMetadata(String url, String title, LocalDate date) {
    public static final PageMetadata NONE = new PageMetadata(null, null, null);

    public PageMetadata {
        url = blankToNull(url);
        title = title == null ? null : blankToNull(Boilerplate.normaliseSpace(title));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
