package org.astrolabe.seeds.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.astrolabe.ontology.KG;

/**
 * A gold annotation file: per document, the entities, entity-to-entity facts and literal facts a careful
 * reader gets from it. Format: {@code D}, {@code E}, {@code F}, {@code L} lines, tab-separated, {@code #}
 * comments (docs/input-and-eval.md). Terms are written {@code kg:Name} or as full IRIs.
 */
public record GoldStandard(List<Document> documents) {
    public GoldStandard {
        documents = List.copyOf(documents);
    }

    /**
     * One {@code D} block.
     *
     * @param disputed facts commented out as disputable ({@code # F ...}, {@code # L ...}): a system stating
     *                 one is neither credited nor penalised
     */
    public record Document(String fileName, String date, Map<String, Entity> entities, List<Fact> facts, List<Fact> disputed) {
        public Document {
            entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
            facts = List.copyOf(facts);
            disputed = List.copyOf(disputed);
        }
    }

    /** The documents whose file name passes {@code keep}. */
    public GoldStandard select(Predicate<String> keep) {
        return new GoldStandard(documents.stream().filter(d -> keep.test(d.fileName())).toList());
    }

    /** An {@code E} line: the class is a full IRI; names are the canonical name and the aliases. */
    public record Entity(String id, String classIri, String name, List<String> aliases) {
        public Entity {
            aliases = List.copyOf(aliases);
        }

        /** The same entity with the names of another E line for it added as aliases. */
        Entity withNamesOf(Entity other) {
            List<String> more = new ArrayList<>(aliases);
            more.addAll(other.names());
            return new Entity(id, classIri, name, more);
        }

        public List<String> names() {
            List<String> names = new ArrayList<>(aliases);
            names.add(0, name);
            return names;
        }
    }

    /**
     * An {@code F} line (object is an entity id, literal null) or an {@code L} line (literal set, object null).
     */
    public record Fact(String subject, String property, String object, String literal) {
        public boolean isLiteral() {
            return literal != null;
        }

        @Override
        public String toString() {
            return isLiteral() ? "L " + subject + " " + GoldStandard.curie(property) + " \"" + literal + "\""
                    : "F " + subject + " " + GoldStandard.curie(property) + " " + object;
        }
    }

    /** A fact line commented out as disputable: {@code # F<tab>s<tab>p<tab>o}, optionally followed by " -- why". */
    private static final Pattern DISPUTED = Pattern.compile("^#\\s*([FL])\t([^\t]+)\t([^\t]+)\t([^\t]+?)(\\s+--.*)?$");

    /** Thrown for a malformed gold file, with the line at fault. */
    public static final class FormatException extends IllegalArgumentException {
        public FormatException(String source, int line, String reason) {
            super(source + ":" + line + ": " + reason);
        }
    }

    /**
     * Parses a gold file.
     *
     * @throws FormatException naming the line for an unknown line kind, a wrong field count, an entity
     *                         line outside a document or a fact about an undeclared entity
     */
    public static GoldStandard parse(String text, String sourceName) {
        List<Document> documents = new ArrayList<>();
        String file = null;
        String date = null;
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        List<Fact> disputed = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            Matcher commentedFact = DISPUTED.matcher(lines[i]);
            if (commentedFact.matches()) {
                inDocument(file, sourceName, n);
                String property = iri(commentedFact.group(3));
                String value = commentedFact.group(4).strip();
                disputed.add(commentedFact.group(1).equals("F") ? new Fact(commentedFact.group(2), property, value, null)
                        : new Fact(commentedFact.group(2), property, null, value));
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = lines[i].strip().split("\t", -1);
            switch (f[0]) {
                case "D" -> {
                    fields(f, 3, 3, sourceName, n);
                    if (file != null) {
                        documents.add(new Document(file, date, entities, facts, disputed));
                    }
                    file = f[1].strip();
                    date = f[2].strip();
                    entities = new LinkedHashMap<>();
                    facts = new ArrayList<>();
                    disputed = new ArrayList<>();
                }
                case "E" -> {
                    fields(f, 4, 5, sourceName, n);
                    inDocument(file, sourceName, n);
                    List<String> aliases = f.length == 5 && !f[4].isBlank()
                            ? List.of(f[4].strip().split("\\s*\\|\\s*")) : List.of();
                    entities.merge(f[1].strip(), new Entity(f[1].strip(), iri(f[2].strip()), f[3].strip(), aliases), Entity::withNamesOf);
                }
                case "F", "L" -> {
                    fields(f, 4, 4, sourceName, n);
                    inDocument(file, sourceName, n);
                    String subject = f[1].strip();
                    known(entities, subject, sourceName, n);
                    if (f[0].equals("F")) {
                        known(entities, f[3].strip(), sourceName, n);
                        facts.add(new Fact(subject, iri(f[2].strip()), f[3].strip(), null));
                    } else {
                        facts.add(new Fact(subject, iri(f[2].strip()), null, f[3].strip()));
                    }
                }
                default -> throw new FormatException(sourceName, n, "unknown line kind '" + f[0] + "' (expected D, E, F or L)");
            }
        }
        if (file != null) {
            documents.add(new Document(file, date, entities, facts, disputed));
        }
        return new GoldStandard(documents);
    }

    /** {@code kg:Name} to the full IRI; full IRIs pass through. */
    static String iri(String term) {
        return term.startsWith("kg:") ? KG.NS + term.substring(3) : term;
    }

    static String curie(String iri) {
        return iri.startsWith(KG.NS) ? "kg:" + iri.substring(KG.NS.length()) : iri;
    }

    private static void fields(String[] f, int min, int max, String source, int line) {
        if (f.length < min || f.length > max) {
            throw new FormatException(source, line, "a " + f[0] + " line has " + (min == max ? min : min + " or " + max)
                    + " tab-separated fields, found " + f.length);
        }
    }

    private static void inDocument(String file, String source, int line) {
        if (file == null) {
            throw new FormatException(source, line, "entity or fact before the first D line");
        }
    }

    private static void known(Map<String, Entity> entities, String id, String source, int line) {
        if (!entities.containsKey(id)) {
            throw new FormatException(source, line, "unknown entity id '" + id + "' (declare it with an E line first)");
        }
    }
}
