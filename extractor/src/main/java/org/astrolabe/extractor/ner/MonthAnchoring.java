package org.astrolabe.extractor.ner;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/**
 * Places a month written without its year by the tense of its sentence. SUTime gives "in June" or "on 14 August" a
 * year of its own choosing, and in a March report "is scheduled for launch in November" came out as the November
 * before. A month of a sentence about the future ("will launch in June", "scheduled for launch in March") is the next
 * such month on or after the article's; a month of a sentence told in the past ("was launched in December") the last
 * one on or before it. A sentence that says neither keeps SUTime's value. Runs after {@link WeekdayAnchoring},
 * whose sense of the future it shares.
 */
public final class MonthAnchoring {
    private MonthAnchoring() {
    }

    /** Rewrites, in place, the normalised value of dates that name a month but not a year. */
    public static void anchor(List<CoreMap> sentences, LocalDate articleDate) {
        if (articleDate == null) {
            return;
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            boolean future = WeekdayAnchoring.speaksOfTheFuture(tokens);
            boolean past = !future && toldInThePast(tokens);
            if (!future && !past) {
                continue;
            }
            int t = 0;
            while (t < tokens.size()) {
                if (!"DATE".equals(tokens.get(t).ner())) {
                    t++;
                    continue;
                }
                int end = t + 1;
                while (end < tokens.size() && "DATE".equals(tokens.get(end).ner())) {
                    end++;
                }
                String value = tokens.get(t).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                if (value != null && WeekdayAnchoring.namesAMonth(tokens, t, end) && !WeekdayAnchoring.writesAYear(tokens, t, end)) {
                    String placed = placed(value, articleDate, future);
                    if (!placed.equals(value)) {
                        for (int u = t; u < end; u++) {
                            tokens.get(u).set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, placed);
                        }
                    }
                }
                t = end;
            }
        }
    }

    /** The value moved by a year when it lies on the wrong side of the article's date for the sentence's tense. */
    static String placed(String value, LocalDate articleDate, boolean future) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate day = LocalDate.parse(value);
            if (future && day.isBefore(articleDate)) {
                return day.plusYears(1).toString();
            }
            return !future && day.isAfter(articleDate) ? day.minusYears(1).toString() : value;
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            YearMonth month = YearMonth.parse(value);
            YearMonth articleMonth = YearMonth.from(articleDate);
            if (future && month.isBefore(articleMonth)) {
                return month.plusYears(1).toString();
            }
            return !future && month.isAfter(articleMonth) ? month.minusYears(1).toString() : value;
        }
        return value;
    }

    /** A verb in the past tense and none in the present ("was launched in December"; not "launches in June"). */
    private static boolean toldInThePast(List<CoreLabel> tokens) {
        boolean past = false;
        for (CoreLabel token : tokens) {
            String tag = token.tag();
            if (tag == null) {
                continue;
            }
            if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                return false;
            }
            past |= tag.equals("VBD");
        }
        return past;
    }
}
