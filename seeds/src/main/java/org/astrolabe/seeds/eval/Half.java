package org.astrolabe.seeds.eval;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One half of a numbered corpus: the documents whose file name starts with an odd, or an even, number
 * ({@code 07_x.txt} is odd). A name that starts with no number is in neither half.
 */
public enum Half implements Predicate<String> {
    ODD(1), EVEN(0);

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");
    private final int remainder;

    Half(int remainder) {
        this.remainder = remainder;
    }

    /** {@code odd} or {@code even}, in any case. */
    public static Half of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean test(String fileName) {
        Matcher m = LEADING_NUMBER.matcher(fileName);
        return m.find() && (m.group(1).charAt(m.group(1).length() - 1) - '0') % 2 == remainder;
    }
}
