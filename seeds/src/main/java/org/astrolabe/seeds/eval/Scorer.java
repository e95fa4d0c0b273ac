package org.astrolabe.seeds.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.astrolabe.seeds.eval.EvalReport.Item;
import org.astrolabe.seeds.eval.GoldFacts.GoldEntity;
import org.astrolabe.seeds.eval.SystemGraph.Statement;

/**
 * Scores a system graph against a gold annotation, corpus-wide (micro-averaged), by the rules of the gold
 * format (docs/input-and-eval.md):
 *
 * <ul>
 *   <li>A system entity stands for every gold entity one of whose names equals one of its names after
 *   {@link Names#normalise} and whose class is compatible with one of its classes (equal, sub- or
 *   superclass). Generic words ("agreement", "satellite", ...) never match by name.</li>
 *   <li>A system agreement that matches no name stands for the gold agreement sharing the most parties (at
 *   least two, or the only one), what it concerns counting double and the same signing date one more.</li>
 *   <li>Entities are taken in IRI order; each finds the first gold entity it stands for that is not found
 *   yet. One that finds nothing is a false positive (a duplicate when it stands for found ones only).</li>
 *   <li>A fact is found when the subject and object stand for the gold fact's (either direction for
 *   symmetric properties); a literal when its value equals the gold one, dates by the gold's ISO prefix.
 *   A system fact that finds nothing is a false positive unless the gold marks it disputable.</li>
 * </ul>
 */
public final class Scorer {
    /** Names that say what a thing is rather than which it is. */
    static final Set<String> GENERIC = Set.of("agreement", "deal", "mou", "memorandum", "memorandum of understanding", "pact",
            "contract", "accord", "treaty", "ceasefire", "rover", "satellite", "mission", "agency", "space station", "station",
            "the agreement", "joint statement", "action plan");

    private static final Comparator<Statement> STATEMENT_ORDER = Comparator.comparing(Statement::property)
            .thenComparing(Statement::subject).thenComparing(Statement::object);

    private final GoldFacts gold;
    private final SystemGraph system;
    private final Map<String, Set<String>> mapping = new HashMap<>();

    private Scorer(GoldFacts gold, SystemGraph system) {
        this.gold = gold;
        this.system = system;
    }

    public static EvalReport score(GoldStandard gold, SystemGraph system) {
        Scorer scorer = new Scorer(GoldFacts.of(gold), system);
        scorer.alignByName();
        scorer.alignAgreementsByParties();
        return scorer.report();
    }

    private void alignByName() {
        Map<String, Set<String>> byName = new HashMap<>();
        gold.entities().forEach((id, e) -> e.names().stream().filter(n -> !GENERIC.contains(n))
                .forEach(n -> byName.computeIfAbsent(n, k -> new TreeSet<>()).add(id)));
        system.entities().forEach((node, e) -> {
            for (String name : e.names()) {
                for (String id : byName.getOrDefault(name, Set.of())) {
                    String goldClass = gold.entities().get(id).cls();
                    if (e.classes().stream().anyMatch(c -> Vocabulary.compatible(c, goldClass))) {
                        mapping.computeIfAbsent(node, k -> new TreeSet<>()).add(id);
                    }
                }
            }
        });
    }

    private void alignAgreementsByParties() {
        Map<String, Set<String>> goldParties = byProperty(gold.facts(), Vocabulary.PARTY);
        Map<String, Set<String>> goldConcerns = byProperty(gold.facts(), Vocabulary.CONCERNS);
        Map<String, Set<String>> goldDates = byProperty(gold.literals(), Vocabulary.SIGNED_ON);
        Map<String, Set<String>> parties = byProperty(system.relations(), Vocabulary.PARTY);
        Map<String, Set<String>> concerns = byProperty(system.relations(), Vocabulary.CONCERNS);
        Map<String, Set<String>> dates = byProperty(system.literals(), Vocabulary.SIGNED_ON);
        system.entities().forEach((node, e) -> {
            if (!e.classes().contains(Vocabulary.AGREEMENT) || !standsFor(node).isEmpty()) {
                return;
            }
            Set<String> mappedParties = mapped(parties.getOrDefault(node, Set.of()));
            Set<String> mappedConcerns = mapped(concerns.getOrDefault(node, Set.of()));
            String best = null;
            int bestScore = 0;
            for (Map.Entry<String, Set<String>> candidate : goldParties.entrySet()) {
                Set<String> gp = candidate.getValue();
                int shared = intersection(gp, mappedParties);
                if (gp.isEmpty() || shared < Math.min(2, gp.size())) {
                    continue;
                }
                int score = shared + 2 * intersection(goldConcerns.getOrDefault(candidate.getKey(), Set.of()), mappedConcerns);
                Set<String> goldDate = goldDates.getOrDefault(candidate.getKey(), Set.of());
                if (dates.getOrDefault(node, Set.of()).stream().anyMatch(d -> goldDate.stream().anyMatch(d::startsWith))) {
                    score++;
                }
                if (score > bestScore) {
                    best = candidate.getKey();
                    bestScore = score;
                }
            }
            if (best != null) {
                mapping.computeIfAbsent(node, k -> new TreeSet<>()).add(best);
            }
        });
    }

    private EvalReport report() {
        Map<String, Score> byClass = new TreeMap<>();
        List<Item> spuriousEntities = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (String node : new TreeSet<>(system.entities().keySet())) {
            Set<String> candidates = new TreeSet<>(standsFor(node));
            candidates.removeAll(found);
            if (!candidates.isEmpty()) {
                String id = candidates.iterator().next();
                found.add(id);
                count(byClass, gold.entities().get(id).cls(), new Score(1, 0, 0));
            } else {
                String cls = Vocabulary.mostSpecific(system.entities().get(node).classes());
                count(byClass, cls, new Score(0, 1, 0));
                String why = standsFor(node).isEmpty() ? "spurious" : "duplicate of " + String.join(", ", standsFor(node));
                spuriousEntities.add(new Item(cls, describeSystem(node) + " (" + why + ")"));
            }
        }
        List<Item> missedEntities = new ArrayList<>();
        gold.entities().entrySet().stream().filter(e -> !found.contains(e.getKey())).sorted(Map.Entry.comparingByKey()).forEach(e -> {
            count(byClass, e.getValue().cls(), new Score(0, 0, 1));
            missedEntities.add(new Item(e.getValue().cls(), e.getKey() + " \"" + e.getValue().name() + "\""));
        });

        Map<String, Score> byProperty = new TreeMap<>();
        Set<Statement> hit = new HashSet<>();
        List<Statement> spurious = new ArrayList<>();
        for (Statement s : system.relations()) {
            Set<Statement> candidates = new HashSet<>();
            boolean disputed = false;
            for (String subject : standsFor(s.subject())) {
                for (String object : standsFor(s.object())) {
                    Statement key = GoldFacts.keyed(subject, s.property(), object);
                    if (gold.facts().contains(key)) {
                        candidates.add(key);
                    }
                    disputed |= gold.disputed().contains(key);
                }
            }
            if (!candidates.isEmpty()) {
                hit.addAll(candidates);
            } else if (!disputed) {
                spurious.add(s);
            }
        }
        for (Statement s : system.literals()) {
            Set<Statement> candidates = new HashSet<>();
            Set<String> subjects = standsFor(s.subject());
            for (Statement g : gold.literals()) {
                if (g.property().equals(s.property()) && subjects.contains(g.subject()) && (s.object().equals(g.object())
                        || (!s.property().equals(Vocabulary.TITLE) && s.object().startsWith(g.object())))) {
                    candidates.add(g);
                }
            }
            if (!candidates.isEmpty()) {
                hit.addAll(candidates);
            } else if (subjects.stream().noneMatch(id -> gold.disputed().contains(new Statement(id, s.property(), s.object())))) {
                spurious.add(s);
            }
        }
        List<Item> spuriousFacts = new ArrayList<>();
        spurious.stream().sorted(STATEMENT_ORDER).forEach(s -> {
            count(byProperty, s.property(), new Score(0, 1, 0));
            spuriousFacts.add(new Item(s.property(), describeSystem(s)));
        });
        List<Item> missedFacts = new ArrayList<>();
        List<Statement> goldAll = new ArrayList<>(gold.facts());
        goldAll.addAll(gold.literals());
        goldAll.sort(STATEMENT_ORDER);
        for (Statement g : goldAll) {
            if (hit.contains(g)) {
                count(byProperty, g.property(), new Score(1, 0, 0));
            } else {
                count(byProperty, g.property(), new Score(0, 0, 1));
                missedFacts.add(new Item(g.property(), describeGold(g)));
            }
        }
        Score entities = new Score(found.size(), spuriousEntities.size(), missedEntities.size());
        Score facts = new Score(goldAll.size() - missedFacts.size(), spuriousFacts.size(), missedFacts.size());
        return new EvalReport(entities, facts, byClass, byProperty, missedEntities, spuriousEntities, missedFacts, spuriousFacts);
    }

    private Set<String> standsFor(String node) {
        return mapping.getOrDefault(node, Set.of());
    }

    private Set<String> mapped(Set<String> nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.addAll(standsFor(n)));
        return ids;
    }

    private static Map<String, Set<String>> byProperty(Set<Statement> statements, String property) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Statement s : statements) {
            if (s.property().equals(property)) {
                out.computeIfAbsent(s.subject(), k -> new HashSet<>()).add(s.object());
            }
        }
        return out;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private static void count(Map<String, Score> scores, String key, Score score) {
        scores.merge(key, score, Score::plus);
    }

    private String describeSystem(String node) {
        SystemGraph.Entity e = system.entities().get(node);
        String name = e == null || e.labels().isEmpty() ? null : e.labels().get(0);
        return name == null ? node : "\"" + name + "\" " + node;
    }

    private String describeSystem(Statement s) {
        boolean literal = Vocabulary.LITERALS.contains(s.property());
        return describeSystem(s.subject()) + " kg:" + s.property() + " " + (literal ? "\"" + s.object() + "\"" : describeSystem(s.object()));
    }

    private String describeGold(Statement g) {
        boolean literal = gold.literals().contains(g);
        return describeGold(g.subject()) + " kg:" + g.property() + " " + (literal ? "\"" + g.object() + "\"" : describeGold(g.object()));
    }

    private String describeGold(String id) {
        GoldEntity e = gold.entities().get(id);
        return e == null ? id : id + " \"" + e.name() + "\"";
    }
}
