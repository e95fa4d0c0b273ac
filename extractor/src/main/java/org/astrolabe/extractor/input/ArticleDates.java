package org.astrolabe.extractor.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates: from metadata values ("2025-04-22", "2025-04-22T09:30:00+05:00",
 * "Tue, 22 Apr 2025 09:30:00 GMT") and from text ("Updated 22 April 2025", "on April 22, 2025").
 * Only complete dates (day, month and year) are taken: a page date anchors relative dates in the text.
 */
public final class ArticleDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

    private ArticleDates() {}

    /** A date from a metadata value: ISO date or date-time, RFC 1123, or a written date. */
    public static Optional<LocalDate> parseMetadata(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.matches("\\d{8}")) {
            // the basic ISO form some sites put in <meta name=pubdate>: 20250327
            try {
                return Optional.of(LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE));
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME)) {
            try {
                return Optional.of(OffsetDateTime.parse(v, f).toLocalDate());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // a local date-time or a date follows
        }
        return findInText(v);
    }

    /** The first complete date written in the text, in any of the common news formats. */
    public static Optional<LocalDate> findInText(String text) {
        LocalDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern p : List.of(ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> date = toDate(p, m);
                if (date.isPresent() && m.start() < bestStart) {
                    best = date.get();
                    bestStart = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            String day = p == DAY_MONTH_YEAR ? m.group(1) : m.group(2);
            String month = p == DAY_MONTH_YEAR ? m.group(2) : m.group(1);
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.length() > 3 && key.startsWith("sept") ? "sept" : key.substring(0, 3));
        if (m == null) {
            throw new DateTimeException("Not a month: " + name);
        }
        return m;
    }
}
