package org.astrolabe.extractor.ner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/**
 * Places a bare weekday the way news means it. SUTime resolves "on Tuesday" to the nearest Tuesday, which in
 * a Saturday's report of a launch is the coming one; news reports what happened, so a weekday is the latest
 * such day on or before the article's date, and the next one only in a sentence about the future ("will
 * launch on Tuesday"). "Monday evening" and "at 04:30 GMT on Tuesday" (times for SUTime) become that day's
 * date, and so does a time written with its date ("at 10:30 am on 5 December 2016") or placed from the article's
 * day ("this morning", "last night"). Weekdays written with a
 * date ("Friday, 16 December") or with "next"/"last" keep SUTime's value.
 */
public final class WeekdayAnchoring {
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "shall", "scheduled", "planned", "due", "upcoming", "expected",
            "slated", "tomorrow");
    /** Words that announce what is to come when "to" or "of" follows them: "is set to launch", "ahead of Thursday's launch". */
    private static final Map<String, String> FUTURE_BEFORE = Map.of("set", "to", "poised", "to", "ahead", "of");
    private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening", "night", "early", "late", "local", "time",
            "at", "on", "a.m.", "p.m.", "am", "pm", "hours", "hrs", "gmt", "utc", "ist", "pkt", "bst", "cet", "cest", "jst", "kst",
            "est", "edt", "pst", "pdt", "cst", "msk", "eat", "wat", "sast", "noon", "midnight");
    private static final Set<String> RELATIVE_DAY = Set.of("this", "last", "tonight", "today", "yesterday");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");
    /** A clock time: "04:30", "10.15", "0930". */
    private static final String CLOCK = "\\d{1,2}[:.]\\d{2}|\\d{4}|\\d{1,2}";

    private WeekdayAnchoring() {
    }

    /** Rewrites the normalised value (and the tag, for "Monday evening") of bare weekdays in place. */
    public static void anchor(List<CoreMap> sentences, LocalDate articleDate) {
        if (articleDate == null) {
            return;
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            boolean future = speaksOfTheFuture(tokens);
            int t = 0;
            while (t < tokens.size()) {
                String tag = tokens.get(t).ner();
                if (!"DATE".equals(tag) && !"TIME".equals(tag)) {
                    t++;
                    continue;
                }
                int end = t + 1;
                while (end < tokens.size() && tag.equals(tokens.get(end).ner())) {
                    end++;
                }
                if ("TIME".equals(tag) && (namesItsDay(tokens, t, end) || isPartOfARelativeDay(tokens, t, end))) {
                    // "at 10:30 am on 5 December 2016": the day of a time with its date is the date a fact needs
                    LocalDate day = LocalDate.parse(tokens.get(t).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class).substring(0, 10));
                    if (!future && !writesAYear(tokens, t, end) && day.isAfter(articleDate)) {
                        day = day.minusYears(1); // "lifted off at 10 p.m. on Dec. 30" in a March report: the last Dec. 30
                    }
                    setDate(tokens, t, end, day.toString());
                    t = end;
                    continue;
                }
                DayOfWeek weekday = bareWeekday(tokens, t, end);
                if (weekday != null) {
                    LocalDate day = future ? articleDate.with(TemporalAdjusters.nextOrSame(weekday))
                            : articleDate.with(TemporalAdjusters.previousOrSame(weekday));
                    setDate(tokens, t, end, day.toString());
                }
                t = end;
            }
        }
    }

    /** Whether the sentence is about what is to come: "will launch", "is set to blast off", "ahead of Thursday's launch". */
    static boolean speaksOfTheFuture(List<CoreLabel> tokens) {
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (FUTURE_MARKERS.contains(word)) {
                return true;
            }
            String next = t + 1 < tokens.size() ? tokens.get(t + 1).word().toLowerCase(Locale.ROOT) : "";
            if (next.equals(FUTURE_BEFORE.get(word))) {
                return true;
            }
        }
        return false;
    }

    /** Tags the phrase from {@code begin} to {@code end} as a date with the given value. */
    private static void setDate(List<CoreLabel> tokens, int begin, int end, String value) {
        for (int u = begin; u < end; u++) {
            tokens.get(u).setNER("DATE");
            tokens.get(u).set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, value);
        }
    }

    /** A time whose phrase names its month and SUTime resolved to a full date. */
    private static boolean namesItsDay(List<CoreLabel> tokens, int begin, int end) {
        String value = tokens.get(begin).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return value != null && value.matches("\\d{4}-\\d{2}-\\d{2}T.*") && namesAMonth(tokens, begin, end);
    }

    /** Whether the phrase writes a month's name ("on 5 December", "in Dec."). */
    static boolean namesAMonth(List<CoreLabel> tokens, int begin, int end) {
        for (int t = begin; t < end; t++) {
            if (MONTHS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT).replace(".", ""))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase writes its year ("on 5 December 2016"; "at 1930 GMT" writes a clock time). */
    static boolean writesAYear(List<CoreLabel> tokens, int begin, int end) {
        for (int t = begin; t < end; t++) {
            if (tokens.get(t).word().matches("(19|20)\\d{2}") && !(t + 1 < end && tokens.get(t + 1).word().matches("(?i)GMT|UTC|hours|hrs|[A-Z]{2,4}T"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "this morning", "early this afternoon", "last night", "tonight": SUTime gives the part of a day it placed from
     * the article's date, and that day is the date a launch or a signing needs.
     */
    private static boolean isPartOfARelativeDay(List<CoreLabel> tokens, int begin, int end) {
        String value = tokens.get(begin).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI)")) {
            return false;
        }
        for (int t = begin; t < end; t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (!RELATIVE_DAY.contains(word) && !PART_OF_DAY.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The weekday of a phrase made only of a weekday and parts of the day, else null. */
    private static DayOfWeek bareWeekday(List<CoreLabel> tokens, int begin, int end) {
        DayOfWeek weekday = null;
        for (int t = begin; t < end; t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            DayOfWeek day = WEEKDAYS.get(word);
            if (day != null && weekday == null) {
                weekday = day;
            } else if (!PART_OF_DAY.contains(word) && !word.matches(CLOCK)) {
                return null;
            }
        }
        return weekday;
    }
}
