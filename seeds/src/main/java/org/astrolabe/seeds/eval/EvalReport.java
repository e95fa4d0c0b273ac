package org.astrolabe.seeds.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of scoring a system against a gold annotation, over the whole corpus: entities and facts in
 * total, per class and per property, and the items behind the errors.
 *
 * @param entitiesByClass  per class local name: found and missed gold entities by their gold class, false
 *                         positives by the system entity's most specific class
 * @param factsByProperty  per property local name
 * @param missedEntities   gold entities no system entity stands for
 * @param spuriousEntities system entities that match no gold entity or duplicate a found one
 * @param missedFacts      gold facts not found
 * @param spuriousFacts    system facts that match no gold fact (disputable ones excepted)
 */
public record EvalReport(Score entities, Score facts, Map<String, Score> entitiesByClass, Map<String, Score> factsByProperty,
                         List<Item> missedEntities, List<Item> spuriousEntities, List<Item> missedFacts, List<Item> spuriousFacts) {
    public EvalReport {
        entitiesByClass = new TreeMap<>(entitiesByClass);
        factsByProperty = new TreeMap<>(factsByProperty);
        missedEntities = List.copyOf(missedEntities);
        spuriousEntities = List.copyOf(spuriousEntities);
        missedFacts = List.copyOf(missedFacts);
        spuriousFacts = List.copyOf(spuriousFacts);
    }

    /**
     * One error, for the verbose report.
     *
     * @param group       the class or property local name it is counted under
     * @param description the item with its names ("suparco kg:country pakistan [SUPARCO -> Pakistan]")
     */
    public record Item(String group, String description) {}
}
