package org.astrolabe.extractor.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News datelines ("JIUQUAN, April 23 (Xinhua) --", "Seoul [South Korea], August 5:", "Jakarta, Sep 28 (IANS)")
 * as sentences of their own. Parsed as the start of the lead sentence, a dateline makes the parser hang the
 * whole sentence from the place name, and the lead is the sentence that says the most; ended with a line
 * break, it is a fragment the parser leaves alone.
 */
public final class Datelines {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?"
            + "|January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String DATE = "(?:,?\\s(?:" + MONTH + ")\\s" + DAY + "(?:,\\s\\d{4})?|,\\s" + DAY + "\\s(?:" + MONTH + ")(?:,?\\s\\d{4})?)";
    private static final String AGENCY = "\\s\\([^()\\n]{1,30}\\)";
    private static final String SEPARATOR = "\\s?(?::|--|[-–—]|\\.)";
    /** A bracketed region after the place: "Sriharikota (Andhra Pradesh)", "Seoul [South Korea]". */
    private static final String REGION_BRACKETED = "\\s[\\[(][^\\[\\]()\\n]{1,30}[\\])]";
    /** A region or country after a comma: "LAS LAJAS, Argentina", "CAPE CANAVERAL, Fla.", "WASHINGTON, D.C.". */
    private static final String REGION_AFTER_COMMA = ",\\s(?!(?:" + MONTH + ")\\s\\d)\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2}";

    /** Capitals: "MOSCOW", "LAS LAJAS", "MOSCOW/BEIJING"; the dateline ends with a separator. */
    private static final Pattern CAPITALS = Pattern.compile("(?m)^\\p{Lu}[\\p{Lu}.'’-]+(?:[\\s/]\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
            + "(?:" + REGION_BRACKETED + ")?(?:" + REGION_AFTER_COMMA + ")?(?:" + DATE + ")?(?:" + AGENCY + ")?"
            + "(?<separator>" + SEPARATOR + ")?(?=\\s+[\\p{Lu}\"“‘'])");

    /** Title case: "Beijing, Oct 30:", "Tokyo (VNA) -"; a date or an agency tells it from a sentence's first words. */
    private static final Pattern TITLE_CASE = Pattern.compile("(?m)^\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2}"
            + "(?:" + REGION_BRACKETED + ")?(?:(?<date>" + DATE + ")(?<agency1>" + AGENCY + ")?|(?<agency2>" + AGENCY + "))"
            + "(?<separator>" + SEPARATOR + ")?(?=\\s+[\\p{Lu}\"“‘'])");

    private Datelines() {}

    /**
     * The text with a line break in place of the space that follows each dateline opening a line; the
     * length and every other character stay, so offsets into the result are offsets into the text.
     */
    public static String asOwnSentences(String text) {
        char[] chars = null;
        for (Pattern pattern : new Pattern[] {CAPITALS, TITLE_CASE}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (pattern == CAPITALS && m.group("separator") == null) {
                    continue; // capitals alone open many sentences ("ISRO (Indian Space Research Organisation) Chairman ...")
                }
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[m.end()] = '\n';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
