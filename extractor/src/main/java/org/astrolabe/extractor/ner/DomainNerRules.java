package org.astrolabe.extractor.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import org.astrolabe.extractor.gazetteer.Gazetteer;
import org.astrolabe.extractor.gazetteer.GazetteerEntry;

/**
 * Generates CoreNLP's domain NER inputs from the gazetteer: a RegexNER mapping (every label and alias,
 * tokenised as the pipeline tokenises text) and the TokensRegex rules for unseen names (the readable
 * {@code domain-names.rules} resource, prefixed with the gazetteer's mission, vehicle and satellite series).
 */
public final class DomainNerRules {
    public static final String NAME_RULES_RESOURCE = "org/astrolabe/extractor/ner/domain-names.rules";

    /** CoreNLP tags a gazetteer name may replace ("Dera Ismail Khan" is not a PERSON once the gazetteer knows it). */
    private static final String OVERWRITABLE = "O,PERSON,ORGANIZATION,LOCATION,MISC,COUNTRY,CITY,STATE_OR_PROVINCE,"
            + "NATIONALITY,TITLE,NUMBER,ORDINAL,DATE,IDEOLOGY,RELIGION,CAUSE_OF_DEATH,CRIMINAL_CHARGE,";
    private static final Pattern NUMBER = Pattern.compile("[0-9]+[A-Za-z]?|[IVX]+");

    private DomainNerRules() {}

    /** Writes the RegexNER mapping and the TokensRegex rules into {@code dir}; returns their paths. */
    public static GeneratedFiles write(Gazetteer gazetteer, Path dir) {
        try {
            Path mapping = dir.resolve("gazetteer.regexner.tsv");
            Files.writeString(mapping, regexNerMapping(gazetteer), StandardCharsets.UTF_8);
            Path rules = dir.resolve("domain-names.rules");
            Files.writeString(rules, tokensRegexRules(gazetteer), StandardCharsets.UTF_8);
            return new GeneratedFiles(mapping, rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two generated files. */
    public record GeneratedFiles(Path regexNerMapping, Path tokensRegexRules) {}

    static String regexNerMapping(Gazetteer gazetteer) {
        String overwritable = OVERWRITABLE + EntityTags.alternation().replace('|', ',');
        StringBuilder out = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (EntityTags.classOf(EntityTags.tagOf(e.type())).isEmpty()) {
                continue; // series are handled by the TokensRegex rules
            }
            String tag = EntityTags.tagOf(e.type());
            for (String name : e.names()) {
                for (List<String> tokens : variants(tokenize(name))) {
                    List<String> patterns = e.lowercase()
                            ? List.of(String.join(" ", tokens.stream().map(t -> tokenRegex(t, true)).toList()))
                            : literalForms(tokens);
                    for (String pattern : patterns) {
                        if (seen.add(pattern)) {
                            out.append(pattern).append('\t').append(tag).append('\t').append(overwritable).append('\t')
                                    .append(tokens.size()).append('\n');
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    static String tokensRegexRules(Gazetteer gazetteer) {
        StringBuilder out = new StringBuilder("# Generated from the gazetteer: mission, launch-vehicle and satellite series.\n");
        out.append("$MISSION_SERIES = ").append(seriesPattern(gazetteer, Gazetteer.MISSION_SERIES)).append('\n');
        out.append("$VEHICLE_SERIES = ").append(seriesPattern(gazetteer, Gazetteer.VEHICLE_SERIES)).append('\n');
        out.append("$SATELLITE_SERIES = ").append(seriesPattern(gazetteer, Gazetteer.SATELLITE_SERIES)).append("\n\n");
        try (InputStream in = DomainNerRules.class.getClassLoader().getResourceAsStream(NAME_RULES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + NAME_RULES_RESOURCE);
            }
            out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String seriesPattern(Gazetteer gazetteer, String seriesType) {
        List<String> alternatives = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.type().equals(seriesType)) {
                for (String name : e.names()) {
                    List<String> tokens = tokenize(name);
                    alternatives.add("( " + String.join(" ", tokens.stream().map(t -> "/" + tokenRegex(t, false) + "/").toList()) + " )");
                }
            }
        }
        return alternatives.isEmpty() ? "( /\\u0000/ )" : "( " + String.join(" | ", alternatives) + " )";
    }

    /** Tokens as the pipeline's tokenizer splits them (hyphens are split: "Chang'e-6" is three tokens). */
    static List<String> tokenize(String name) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(name), new CoreLabelTokenFactory(),
                "invertible=true,splitHyphenated=true");
        List<String> tokens = new ArrayList<>();
        while (tokenizer.hasNext()) {
            tokens.add(tokenizer.next().originalText());
        }
        return tokens;
    }

    /** A name with and without hyphens before numbers ("Chang'e 6" and "Chang'e-6"). */
    private static List<List<String>> variants(List<String> tokens) {
        List<List<String>> variants = new ArrayList<>();
        variants.add(tokens);
        List<String> withoutHyphens = new ArrayList<>(tokens);
        withoutHyphens.removeIf(t -> t.equals("-"));
        if (withoutHyphens.size() != tokens.size()) {
            variants.add(withoutHyphens);
        }
        List<String> hyphenated = new ArrayList<>();
        for (int i = 0; i < withoutHyphens.size(); i++) {
            if (i > 0 && NUMBER.matcher(withoutHyphens.get(i)).matches()) {
                hyphenated.add("-");
            }
            hyphenated.add(withoutHyphens.get(i));
        }
        if (!hyphenated.equals(tokens) && !hyphenated.equals(withoutHyphens)) {
            variants.add(hyphenated);
        }
        return variants;
    }

    /**
     * One token as a regular expression: apostrophes of either kind; after the first letter, case is free
     * for words (so "ISLAMABAD" and "Chang'E" match) but not for acronyms ("US" must not match "us").
     */
    /**
     * A name's tokens as literal RegexNER patterns: as written, in title case and in capitals (acronyms as
     * written), with either apostrophe. RegexNER indexes literal patterns and tries only those whose first
     * token occurs, where a pattern with a regular expression is tried at every token: with a gazetteer of
     * a thousand entries that is the difference between 1 and 20 seconds per hundred articles.
     */
    static List<String> literalForms(List<String> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int form = 0; form < 3; form++) {
            for (String apostrophe : List.of("'", "\u2019")) {
                StringBuilder pattern = new StringBuilder();
                for (String token : tokens) {
                    String cased = token.length() <= 4 && token.equals(token.toUpperCase(java.util.Locale.ROOT)) ? token
                            : form == 1 ? token.charAt(0) + token.substring(1).toLowerCase(java.util.Locale.ROOT)
                            : form == 2 ? token.toUpperCase(java.util.Locale.ROOT) : token;
                    cased = cased.replace("'", apostrophe).replace("\u2019", apostrophe);
                    if (pattern.length() > 0) {
                        pattern.append(' ');
                    }
                    pattern.append(cased.matches("[\\p{L}\\p{N}]+") ? cased : escaped(cased));
                }
                out.add(pattern.toString());
            }
        }
        return List.copyOf(out);
    }

    private static String escaped(String token) {
        StringBuilder re = new StringBuilder();
        for (char c : token.toCharArray()) {
            re.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
        }
        return re.toString();
    }

    static String tokenRegex(String token, boolean lowercaseUse) {
        StringBuilder re = new StringBuilder();
        boolean acronym = token.length() <= 4 && token.equals(token.toUpperCase(java.util.Locale.ROOT));
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\'' || c == '\u2019') {
                re.append("['\u2019]");
            } else if (Character.isLetter(c) && !acronym && (i > 0 || lowercaseUse)) {
                char lower = Character.toLowerCase(c);
                char upper = Character.toUpperCase(c);
                re.append(lower == upper ? String.valueOf(c) : "[" + upper + lower + "]");
            } else if (Character.isLetterOrDigit(c)) {
                re.append(c);
            } else {
                re.append('\\').append(c);
            }
        }
        return re.toString();
    }
}
