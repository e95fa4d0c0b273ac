package org.astrolabe.seeds.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name and literal normalisation for matching, exactly as the gold format defines it: accents dropped,
 * case folded, "'s" and apostrophes removed, every run of non-word characters one space, a leading "the"
 * dropped. "The Chang’E-8's" and "change 8" are the same name.
 */
public final class Names {
    private static final Pattern POSSESSIVE = Pattern.compile("'s(?!\\w)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ISO_PREFIX = Pattern.compile("^\\d{4}(-\\d{2})?(-\\d{2})?", Pattern.UNICODE_CHARACTER_CLASS);

    private Names() {}

    public static String normalise(String name) {
        String s = withoutMarks(Normalizer.normalize(name, Normalizer.Form.NFKD));
        s = caseFold(s).replace('\u2019', '\'');
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = s.replace("'", "");
        s = NON_WORD.matcher(s).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** A literal's comparable form: a date property's value cut to its ISO date prefix, any other value normalised. */
    public static String literal(String propertyLocalName, String value) {
        String v = value.strip();
        if (Vocabulary.DATE_PROPERTIES.contains(propertyLocalName)) {
            Matcher m = ISO_PREFIX.matcher(v);
            if (m.find()) {
                return m.group();
            }
        }
        return normalise(v);
    }

    private static String withoutMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> !isCombining(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isCombining(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Lower case plus the full case foldings news text meets ("ß" is "ss", final sigma is sigma). */
    private static String caseFold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("ß", "ss").replace('ς', 'σ');
    }
}
