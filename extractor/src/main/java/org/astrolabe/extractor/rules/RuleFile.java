package org.astrolabe.extractor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import org.astrolabe.extractor.ner.KgAnnotations;

/**
 * Reads a relation rule file. Blocks separated by blank lines, {@code #} comments:
 * <pre>
 * rule possessive-org-country
 * confidence 0.8
 * pattern (?$o %Country%) /'s|’s/ (?$s %Organization%)
 * emit country($s, $o)
 * </pre>
 * {@code define $NAME pattern} names a sub-pattern that the rules after it use as {@code $NAME}.
 * In patterns, {@code {kg:Class}} matches tokens of an entity of that class (local names), {@code %Class%}
 * is shorthand for one entity of that class or its subclasses (with an acronym in parentheses), and
 * {@code %Gap%} is a token outside any entity.
 */
public final class RuleFile {
    private static final Pattern EMIT = Pattern.compile("(\\w[\\w-]*)\\(([^,]+),([^)]+)\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\w+)%");

    /** Class groups usable as placeholders, as alternations of class local names. */
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        String org = "Organization|SpaceAgency|Company|ResearchInstitution|GovernmentBody";
        String craft = "Spacecraft|Satellite|Rover|SpaceStation";
        String place = "Place|Country|City|CelestialBody|CelestialSite";
        GROUPS.put("Person", "Person");
        GROUPS.put("Org", org);
        GROUPS.put("Country", "Country");
        GROUPS.put("City", "City");
        GROUPS.put("Area", "Place|City");
        GROUPS.put("Place", place);
        GROUPS.put("Site", "CelestialBody|CelestialSite");
        GROUPS.put("Mission", "Mission");
        GROUPS.put("Craft", craft);
        GROUPS.put("Program", "Program");
        GROUPS.put("Agreement", "Agreement");
        GROUPS.put("Vehicle", "LaunchVehicle");
        GROUPS.put("OrgOrCountry", org + "|Country");
        GROUPS.put("Party", org + "|Country|Person");
        GROUPS.put("Any", "[A-Za-z]+");
    }

    private RuleFile() {}

    /** A fresh TokensRegex environment in which {@code kg} names the entity-class annotation. */
    public static Env environment() {
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("kg", KgAnnotations.KgClassAnnotation.class);
        return env;
    }

    public static List<RelationRule> load(String resource) {
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing rule file " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<RelationRule> parse(String text, String source) {
        Env env = environment();
        List<RelationRule> rules = new ArrayList<>();
        String name = null;
        double confidence = 0.7;
        StringBuilder pattern = new StringBuilder();
        List<RelationRule.Emit> emits = new ArrayList<>();
        String[] lines = (text + "\n\n").split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (name != null) {
                    rules.add(build(env, name, confidence, pattern.toString(), emits, source));
                }
                name = null;
                confidence = 0.7;
                pattern.setLength(0);
                emits = new ArrayList<>();
                continue;
            }
            String keyword = line.split("\\s+", 2)[0];
            String rest = line.substring(keyword.length()).strip();
            switch (keyword) {
                case "rule" -> name = rest;
                case "confidence" -> confidence = Double.parseDouble(rest);
                case "pattern" -> pattern.append(' ').append(rest);
                case "emit" -> emits.add(emit(rest, source, n + 1));
                // A named sub-pattern for the rules after it ("define $AGREEMENT_NOUN /deal|pact/").
                case "define" -> env.bind(rest.split("\\s+", 2)[0], expand(rest.split("\\s+", 2)[1]));
                default -> throw new IllegalArgumentException(source + ":" + (n + 1) + ": unknown keyword '" + keyword + "'");
            }
        }
        return List.copyOf(rules);
    }

    private static RelationRule build(Env env, String name, double confidence, String pattern, List<RelationRule.Emit> emits,
                                      String source) {
        if (pattern.isBlank() || emits.isEmpty()) {
            throw new IllegalArgumentException(source + ": rule " + name + " needs a pattern and an emit");
        }
        String expanded = expand(pattern.strip());
        try {
            return new RelationRule(name, confidence, expanded, TokenSequencePattern.compile(env, expanded), List.copyOf(emits));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": rule " + name + ": bad pattern: " + e.getMessage(), e);
        }
    }

    static String expand(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1).equals("Gap")) {
                replacement = "[{kg:/-/}]";
            } else {
                String classes = GROUPS.get(m.group(1));
                if (classes == null) {
                    throw new IllegalArgumentException("Unknown placeholder %" + m.group(1) + "%");
                }
                String token = "[{kg:/" + classes + "/}]";
                replacement = "( " + token + "+ ( /\\(|-LRB-/ " + token + "+ /\\)|-RRB-/ )? )";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static RelationRule.Emit emit(String text, String source, int line) {
        Matcher m = EMIT.matcher(text.replaceAll("\\s+", " "));
        if (!m.matches()) {
            throw new IllegalArgumentException(source + ":" + line + ": bad emit '" + text + "'");
        }
        String property = m.group(1);
        if (!property.equals("agreement") && !PropertySignatures.known(property)) {
            throw new IllegalArgumentException(source + ":" + line + ": unknown property '" + property + "'");
        }
        return new RelationRule.Emit(property, Arrays.asList(m.group(2).strip().split("\\s+")),
                Arrays.asList(m.group(3).strip().split("\\s+")));
    }
}
