package org.astrolabe.extractor.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

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

    /** The resolution key of a name without a gazetteer entry: its normalised form as a slug. */
    public static String key(String name) {
        return normalize(name).replace(' ', '-');
    }
}
