package org.astrolabe.seeds.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;
import org.astrolabe.seeds.eval.GoldStandard.Document;
import org.astrolabe.seeds.eval.GoldStandard.Entity;
import org.astrolabe.seeds.eval.GoldStandard.Fact;

/**
 * Scores a system's output against a gold file.
 *
 * <ul>
 *   <li>A system entity matches at most one gold entity, one where one of its names equals one of the gold names after
 *   {@link Names#normalise} and its most specific class is the gold class, a subclass or a superclass of it
 *   ({@code kg:Entity} alone matches nothing). When several qualify (a node that merged two real entities),
 *   the one of the same class, then the one sharing the most names, is taken: one node finds one entity.</li>
 *   <li>Agreements match by their parties instead: a system agreement matches the gold agreement whose
 *   parties overlap its own the most, provided the overlap is at least half of all parties named by
 *   either (Jaccard &ge; 0.5).</li>
 *   <li>A fact matches when the property is the same and subject and object match (either direction for
 *   {@code kg:cooperatesWith} and {@code kg:metWith}); a literal fact when the normalised value is equal,
 *   dates by their ISO prefix at the gold's precision ({@code 2025-02-28} matches gold {@code 2025-02}).</li>
 *   <li>Precision counts the system's entities of the ontology's classes and its facts with vocabulary
 *   properties; recall counts gold lines.</li>
 * </ul>
 */
public final class Scorer {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    private static final String AGREEMENT = KG.Agreement.getURI();
    private static final String PARTY = KG.party.getURI();
    private static final double MIN_PARTY_OVERLAP = 0.5;

    private Scorer() {}

    public static EvalReport score(GoldStandard gold, SystemOutput system) {
        List<EvalReport.DocumentReport> reports = new ArrayList<>();
        for (Document document : gold.documents()) {
            reports.add(score(document, system.page(document.fileName())));
        }
        return new EvalReport(reports);
    }

    static EvalReport.DocumentReport score(Document gold, SystemOutput.Page page) {
        Map<String, SystemOutput.Entity> byIri = new HashMap<>();
        Map<String, Set<String>> specificType = new HashMap<>();
        for (SystemOutput.Entity e : page.entities()) {
            Set<String> specific = mostSpecific(e.types());
            if (!specific.isEmpty()) {
                byIri.put(e.iri(), e);
                specificType.put(e.iri(), specific);
            }
        }
        Map<String, Set<String>> matches = matchEntities(gold, page, byIri, specificType);

        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        Set<String> foundIds = new HashSet<>();
        matches.values().forEach(foundIds::addAll);
        int correctEntities = 0;
        for (String iri : sorted(byIri.keySet())) {
            if (matches.get(iri).isEmpty()) {
                wrong.add("E " + describe(byIri.get(iri), specificType.get(iri)));
            } else {
                correctEntities++;
            }
        }
        for (Entity e : gold.entities().values()) {
            if (!foundIds.contains(e.id())) {
                missed.add("E " + e.id() + " " + GoldStandard.curie(e.classIri()) + " \"" + e.name() + "\"");
            }
        }
        Score entities = new Score(byIri.size(), correctEntities, gold.entities().size(), foundIds.size());

        Map<String, int[]> perRelation = new TreeMap<>();
        Set<Fact> foundFacts = new HashSet<>();
        int correctFacts = 0;
        List<SystemOutput.Fact> systemFacts = withoutSymmetricDuplicates(page.facts());
        for (SystemOutput.Fact f : systemFacts) {
            int[] counts = perRelation.computeIfAbsent(f.property(), k -> new int[4]);
            counts[0]++;
            List<Fact> hits = gold.facts().stream().filter(g -> factMatches(f, g, matches)).toList();
            if (hits.isEmpty()) {
                wrong.add("F " + label(f.subject(), byIri) + " " + GoldStandard.curie(f.property()) + " "
                        + (f.object().isURI() ? label(f.object().getURI(), byIri) : "\"" + f.object().getLiteralLexicalForm() + "\""));
            } else {
                counts[1]++;
                correctFacts++;
                foundFacts.addAll(hits);
            }
        }
        for (Fact g : gold.facts()) {
            int[] counts = perRelation.computeIfAbsent(g.property(), k -> new int[4]);
            counts[2]++;
            if (foundFacts.contains(g)) {
                counts[3]++;
            } else {
                missed.add(g.toString());
            }
        }
        Score facts = new Score(systemFacts.size(), correctFacts, gold.facts().size(), foundFacts.size());
        Map<String, Score> relations = new TreeMap<>();
        perRelation.forEach((p, c) -> relations.put(p, new Score(c[0], c[1], c[2], c[3])));
        return new EvalReport.DocumentReport(gold.fileName(), page.articles(), entities, facts, relations, missed, wrong);
    }

    /** System IRI to the ids of the gold entities it matches (possibly none). */
    private static Map<String, Set<String>> matchEntities(Document gold, SystemOutput.Page page,
                                                          Map<String, SystemOutput.Entity> byIri, Map<String, Set<String>> type) {
        Map<String, Set<String>> matches = new HashMap<>();
        for (SystemOutput.Entity e : byIri.values()) {
            Set<String> ids = new LinkedHashSet<>();
            if (!isAgreement(type.get(e.iri()))) {
                Set<String> names = normalised(e.names());
                gold.entities().values().stream()
                        .filter(g -> !g.classIri().equals(AGREEMENT) && typesCompatible(type.get(e.iri()), g.classIri()))
                        .filter(g -> g.names().stream().map(Names::normalise).anyMatch(names::contains))
                        .max(Comparator.<Entity>comparingInt(g -> type.get(e.iri()).contains(g.classIri()) ? 1 : 0)
                                .thenComparingLong(g -> g.names().stream().map(Names::normalise).distinct().filter(names::contains).count())
                                .thenComparing(Entity::id, Comparator.reverseOrder()))
                        .ifPresent(g -> ids.add(g.id()));
            }
            matches.put(e.iri(), ids);
        }
        for (SystemOutput.Entity e : byIri.values()) {
            if (isAgreement(type.get(e.iri()))) {
                matchAgreement(e, gold, page, matches).ifPresent(id -> matches.get(e.iri()).add(id));
            }
        }
        return matches;
    }

    private static Optional<String> matchAgreement(SystemOutput.Entity agreement, Document gold, SystemOutput.Page page,
                                                             Map<String, Set<String>> matches) {
        Set<String> systemParties = new HashSet<>();
        for (SystemOutput.Fact f : page.facts()) {
            if (f.subject().equals(agreement.iri()) && f.property().equals(PARTY) && f.object().isURI()) {
                systemParties.addAll(matches.getOrDefault(f.object().getURI(), Set.of()));
            }
        }
        if (systemParties.isEmpty()) {
            return Optional.empty();
        }
        Set<String> names = normalised(agreement.names());
        return gold.entities().values().stream()
                .filter(g -> g.classIri().equals(AGREEMENT))
                .filter(g -> jaccard(systemParties, goldParties(gold, g.id())) >= MIN_PARTY_OVERLAP)
                .max(Comparator.<Entity>comparingDouble(g -> jaccard(systemParties, goldParties(gold, g.id())))
                        .thenComparing(g -> g.names().stream().map(Names::normalise).anyMatch(names::contains))
                        .thenComparing(Entity::id, Comparator.reverseOrder()))
                .map(Entity::id);
    }

    private static Set<String> goldParties(Document gold, String agreementId) {
        Set<String> parties = new HashSet<>();
        for (Fact f : gold.facts()) {
            if (f.subject().equals(agreementId) && f.property().equals(PARTY) && !f.isLiteral()) {
                parties.add(f.object());
            }
        }
        return parties;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }

    static boolean factMatches(SystemOutput.Fact f, Fact g, Map<String, Set<String>> matches) {
        if (!f.property().equals(g.property())) {
            return false;
        }
        Set<String> subjects = matches.getOrDefault(f.subject(), Set.of());
        if (g.isLiteral()) {
            return f.object().isLiteral() && subjects.contains(g.subject()) && literalMatches(g.literal(), f.object());
        }
        if (!f.object().isURI()) {
            return false;
        }
        Set<String> objects = matches.getOrDefault(f.object().getURI(), Set.of());
        boolean forward = subjects.contains(g.subject()) && objects.contains(g.object());
        boolean backward = Vocabulary.SYMMETRIC.contains(g.property()) && subjects.contains(g.object()) && objects.contains(g.subject());
        return forward || backward;
    }

    static boolean literalMatches(String gold, Node value) {
        String lexical = value.getLiteralLexicalForm().strip();
        if (ISO_DATE.matcher(gold).matches()) {
            return lexical.startsWith(gold) && (lexical.length() == gold.length() || lexical.charAt(gold.length()) == '-');
        }
        return Names.normalise(gold).equals(Names.normalise(lexical));
    }

    /** A symmetric fact stated both ways counts once. */
    private static List<SystemOutput.Fact> withoutSymmetricDuplicates(Set<SystemOutput.Fact> facts) {
        List<SystemOutput.Fact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing(SystemOutput.Fact::subject).thenComparing(SystemOutput.Fact::property)
                .thenComparing(f -> f.object().toString()));
        List<SystemOutput.Fact> kept = new ArrayList<>();
        Set<SystemOutput.Fact> seen = new HashSet<>();
        for (SystemOutput.Fact f : sorted) {
            if (Vocabulary.SYMMETRIC.contains(f.property()) && f.object().isURI()
                    && seen.contains(new SystemOutput.Fact(f.object().getURI(), f.property(), NodeFactory.createURI(f.subject())))) {
                continue;
            }
            seen.add(f);
            kept.add(f);
        }
        return kept;
    }

    /** The entity's ontology classes that have no subclass among its classes; {@code kg:Entity} does not count. */
    static Set<String> mostSpecific(Set<String> types) {
        Set<String> specific = new java.util.TreeSet<>();
        for (String t : types) {
            if (!t.equals(KG.Entity.getURI()) && ClassHierarchy.isA(t, KG.Entity.getURI())
                    && types.stream().noneMatch(o -> !o.equals(t) && ClassHierarchy.isA(o, t))) {
                specific.add(t);
            }
        }
        return specific;
    }

    private static boolean isAgreement(Set<String> types) {
        return types.stream().anyMatch(t -> ClassHierarchy.isA(t, AGREEMENT));
    }

    private static boolean typesCompatible(Set<String> systemTypes, String goldType) {
        return systemTypes.stream().anyMatch(t -> ClassHierarchy.isA(t, goldType) || ClassHierarchy.isA(goldType, t));
    }

    private static Set<String> normalised(Set<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(Names.normalise(n)));
        return out;
    }

    private static List<String> sorted(Set<String> iris) {
        return iris.stream().sorted().toList();
    }

    private static String describe(SystemOutput.Entity e, Set<String> types) {
        return label(e) + " " + GoldStandard.curie(types.iterator().next()) + " <" + e.iri() + ">";
    }

    private static String label(SystemOutput.Entity e) {
        return "\"" + e.names().stream().sorted().findFirst().orElse(e.iri()) + "\"";
    }

    private static String label(String iri, Map<String, SystemOutput.Entity> byIri) {
        SystemOutput.Entity e = byIri.get(iri);
        return e == null ? "<" + iri + ">" : label(e);
    }
}
