package org.astrolabe.seeds.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.astrolabe.seeds.eval.GoldStandard.Document;
import org.astrolabe.seeds.eval.GoldStandard.Fact;
import org.astrolabe.seeds.eval.SystemGraph.Statement;

/**
 * A gold annotation seen as one corpus: an entity id repeated under several documents is one entity (its
 * first class, all its names), facts and literal facts are sets, symmetric facts are keyed in one direction.
 *
 * @param entities per id, in file order
 * @param facts    entity-to-entity facts (object: a gold id)
 * @param literals literal facts (object: the comparable form of the value)
 * @param disputed facts neither credited nor penalised
 */
record GoldFacts(Map<String, GoldEntity> entities, Set<Statement> facts, Set<Statement> literals, Set<Statement> disputed) {

    /**
     * @param cls   class local name
     * @param names normalised names
     * @param name  the canonical name as written
     */
    record GoldEntity(String cls, Set<String> names, String name) {}

    static GoldFacts of(GoldStandard gold) {
        Map<String, GoldEntity> entities = new LinkedHashMap<>();
        Set<Statement> facts = new HashSet<>();
        Set<Statement> literals = new HashSet<>();
        Set<Statement> disputed = new HashSet<>();
        for (Document d : gold.documents()) {
            for (GoldStandard.Entity e : d.entities().values()) {
                String cls = GoldStandard.curie(e.classIri()).replace("kg:", "");
                Set<String> names = new HashSet<>();
                e.names().stream().filter(n -> !n.isBlank()).map(Names::normalise).forEach(names::add);
                GoldEntity known = entities.get(e.id());
                if (known == null) {
                    entities.put(e.id(), new GoldEntity(cls, names, e.name()));
                } else {
                    known.names().addAll(names);
                }
            }
            for (Fact f : d.facts()) {
                (f.isLiteral() ? literals : facts).add(statement(f));
            }
            d.disputed().forEach(f -> disputed.add(statement(f)));
        }
        return new GoldFacts(entities, facts, literals, disputed);
    }

    /** A symmetric fact keyed with the smaller id first. */
    static Statement keyed(String subject, String property, String object) {
        return Vocabulary.SYMMETRIC.contains(property) && object.compareTo(subject) < 0
                ? new Statement(object, property, subject) : new Statement(subject, property, object);
    }

    private static Statement statement(Fact f) {
        String property = GoldStandard.curie(f.property()).replace("kg:", "");
        return f.isLiteral() ? new Statement(f.subject(), property, Names.literal(property, f.literal()))
                : keyed(f.subject(), property, f.object());
    }
}
