package org.astrolabe.seeds.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name normalisation for matching: case folded, accents and punctuation removed, a leading "the" and a
 * trailing "'s" dropped. "The Chang’E-8's" and "change 8" are the same name.
 */
public final class Names {
    private Names() {}

    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[’‘`´]", "'").strip();
        s = s.replaceAll("'s$", "");
        s = s.replace("'", "");
        s = s.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
        s = s.replaceFirst("^the ", "");
        return s;
    }
}
