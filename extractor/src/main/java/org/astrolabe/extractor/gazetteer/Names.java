package org.astrolabe.extractor.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Name normalisation shared by alias lookup, resolution keys and evaluation-style matching. */
public final class Names {
    private Names() {}

    /**
     * Case folded, accents and punctuation removed, "&amp;" read as "and", hyphens as spaces, a leading
     * "the" and a trailing "'s" dropped: "Chang’E-8" and "Chang'e 8" both give "change 8".
     */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("'s$", "").replaceAll("'s\\b", "");
        s = s.replace("&", " and ").replace("'", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        s = s.replaceAll("^the ", "");
        return s.replaceAll("\\s+", " ");
    }

    /**
     * The resolution key of a name without a gazetteer entry: its normalised form as a slug, a company's
     * abbreviated legal form written out ("True Corp" and "True Corporation" are one company).
     */
    public static String key(String name) {
        String normalized = normalize(name);
        int lastSpace = normalized.lastIndexOf(' ');
        String written = lastSpace < 0 ? null : LEGAL_FORMS.get(normalized.substring(lastSpace + 1));
        if (written != null) {
            normalized = normalized.substring(0, lastSpace + 1) + written;
        }
        return normalized.replace(' ', '-');
    }

    private static final Map<String, String> LEGAL_FORMS = Map.of("corp", "corporation", "ltd", "limited", "inc", "incorporated",
            "co", "company");
}
