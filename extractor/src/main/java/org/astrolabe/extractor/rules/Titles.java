package org.astrolabe.extractor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

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

    /** Military ranks (written without their full stops): after an office they are the person's rank, no part of it. */
    private static final Set<String> RANKS = Set.of("brigadier", "colonel", "col", "major", "maj", "lieutenant", "lt", "captain",
            "capt", "admiral", "commodore", "gen", "retd", "marshal");
    /** Words naming a portfolio or a rank rather than an office: "Science", "Deputy". */
    private static final Set<String> PORTFOLIOS = Set.of("deputy", "vice", "science", "technology", "foreign", "interior",
            "defence", "defense", "finance", "information", "federal", "senior", "innovation", "education", "research", "industry",
            "trade", "energy", "communications", "planning", "development", "digital", "economy", "transport", "culture",
            "aviation", "telecommunications", "broadcasting", "external", "home", "internal", "affairs", "tech", "prime", "chief",
            "general", "state");
    /** Words that head a title on their own where CoreNLP does not tag them TITLE: "astronauts", "head". */
    public static final Set<String> OFFICE_HEADS = Set.of("astronaut", "astronauts", "cosmonaut", "cosmonauts", "taikonaut",
            "taikonauts", "head", "chief", "chairman", "chairwoman", "director", "director-general", "minister", "president",
            "ambassador", "administrator", "secretary-general", "spokesperson", "spokesman", "spokeswoman", "ceo", "ruler", "prince",
            "king", "emir", "governor", "chancellor", "premier", "secretary", "commander", "specialist", "manager", "officer",
            "founder");
    /** Occupations that end a title in a coordination as an office does: "vice president and chief engineer". */
    private static final Set<String> OCCUPATIONS = Set.of("engineer", "scientist");

    private Titles() {}

    /**
     * The titles of a coordinated title phrase: "Deputy Prime Minister and Foreign Minister" holds two, "Science and
     * Technology Minister" one (its first part names a portfolio, not an office), and "Minister of Information and
     * Communications" one (the coordination lies in its complement).
     */
    public static List<String> coordinated(List<CoreLabel> tokens, int from, int to) {
        List<String> titles = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean office = false;
        boolean inComplement = false;
        for (int t = from; t < to; t++) {
            String word = tokens.get(t).originalText();
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("of") || lower.equals("for")) {
                inComplement = true;
            }
            boolean separator = lower.equals("and") || lower.equals(",") || lower.equals("&");
            if (separator && !inComplement && office) {
                titles.add(current.toString());
                current.setLength(0);
                office = false;
                continue;
            }
            if (separator && current.length() == 0) {
                continue;
            }
            if (current.length() > 0 && !lower.equals(",")) {
                current.append(' ');
            }
            current.append(word);
            office |= ("TITLE".equals(tokens.get(t).ner()) || OFFICE_HEADS.contains(lower) || OCCUPATIONS.contains(lower))
                    && !PORTFOLIOS.contains(lower);
        }
        String last = current.toString().replaceAll("\\s*(,|and|&)$", "");
        if (!last.isBlank()) {
            titles.add(last);
        }
        return titles;
    }

    /** The titles a written title phrase holds, without forms of address; empty when it holds none. */
    public static List<String> clean(String phrase) {
        List<String> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String withoutAddress = joinHyphens(phrase.strip().replaceAll("(?i)\\b(his|her|your)\\s+(excellency|highness|majesty)\\b", ""))
                .strip();
        if (withoutAddress.isEmpty()) {
            return out;
        }
        boolean rank = false;
        for (String word : withoutAddress.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (FORMS_OF_ADDRESS.contains(lower)) {
                continue;
            }
            boolean afterOffice = current.stream().anyMatch(w -> OFFICE_HEADS.contains(w.toLowerCase(Locale.ROOT)));
            if (afterOffice && (isRank(word) || rank && lower.equals("general"))) {
                rank = true; // "Chairman Maj. Gen.": the rank after the office (not "a retired air force colonel")
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

    /** A military rank's word, with or without its full stop or brackets: "Brigadier", "Maj.", "(Retd)"; not "General". */
    public static boolean isRank(String word) {
        return RANKS.contains(word.replaceAll("[.()]", "").toLowerCase(Locale.ROOT));
    }

    /** "Secretary - General", as CoreNLP's tokens of a hyphenated title leave it: "Secretary-General". */
    public static String joinHyphens(String title) {
        return title.replaceAll("(\\w) - (\\w)", "$1-$2");
    }
}
