package org.astrolabe.extractor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles as news writes them, cleaned for {@code kg:title}: forms of address are not titles ("Sheikh",
 * "Dr"), and titles run together before a name are separate ("Foreign Minister Senator X" holds two).
 */
public final class Titles {
    private static final Set<String> FORMS_OF_ADDRESS = Set.of("sheikh", "sheik", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms",
            "ms.", "sir", "dame", "his excellency", "her excellency", "hon", "hon.", "honourable", "honorable", "engr", "engr.",
            "lyonpo", "lyonchhen", "dasho", "excellency", "h.e.", "he", "mister", "madam");
    /** Words that end one title and may be followed directly by another title. */
    private static final Set<String> TITLE_ENDS = Set.of("minister", "senator", "president", "ambassador", "chairman",
            "governor", "secretary", "spokesperson", "spokesman", "spokeswoman", "astronaut", "cosmonaut", "administrator", "ceo");
    /** Words that start a title of their own when they follow a complete one. */
    private static final Set<String> TITLE_STARTS = Set.of("senator", "ambassador", "president", "dr", "professor", "prof",
            "general", "colonel", "admiral", "astronaut", "cosmonaut");

    private Titles() {}

    /** The titles a written title phrase holds, without forms of address; empty when it holds none. */
    public static List<String> clean(String phrase) {
        List<String> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String withoutAddress = phrase.strip().replaceAll("(?i)\\b(his|her|your)\\s+(excellency|highness|majesty)\\b", "").strip();
        if (withoutAddress.isEmpty()) {
            return out;
        }
        for (String word : withoutAddress.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (FORMS_OF_ADDRESS.contains(lower)) {
                continue;
            }
            if (!current.isEmpty() && TITLE_ENDS.contains(current.get(current.size() - 1).toLowerCase(Locale.ROOT))
                    && TITLE_STARTS.contains(lower) && !(lower.equals("general") && current.size() == 1)) {
                out.add(String.join(" ", current));
                current.clear();
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            out.add(String.join(" ", current));
        }
        out.removeIf(t -> FORMS_OF_ADDRESS.contains(t.toLowerCase(Locale.ROOT)) || t.isBlank());
        return out;
    }
}
