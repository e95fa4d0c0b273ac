package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import edu.stanford.nlp.ling.CoreLabel;

import org.astrolabe.extractor.ner.EntityTags;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.ontology.KG;

/**
 * What a sentence says of a coordinated subject it says of each member: "Japanese astronaut A and Danish
 * astronaut B joined Expedition 69", "Tianqi-25 and Tianqi-26 rode the same rocket". Parsers often attach a
 * long coordination wrongly and rules then see only its last member; this stage gives a fact found for one
 * member to the others of the same coordination. Only for properties that hold of the group as a whole
 * (taking part, being launched, going somewhere, belonging somewhere), and only when the fact's object is named
 * outside the coordination: "NASA astronaut A and ESA astronaut B" puts each in their own agency.
 */
public final class CoordinatedSubjects {
    private static final String EXTRACTOR = "rule:coordinated-subjects";
    private static final Set<String> SHARED_PROPERTIES = Set.of("participatesIn", "launchVehicle", "launchSite", "launchDate",
            "destination", "payloadOf", "memberOf");
    /** Words that may stand between two members: the conjunction and what describes the next member. */
    private static final Set<String> CONNECTORS = Set.of(",", "and", "as", "well");
    private static final int MAX_DESCRIPTOR_WORDS = 3;

    private CoordinatedSubjects() {
    }

    /** The facts the other members of each coordination get, read from the facts found so far. */
    public static List<RawFact> derive(List<RawFact> facts, AnnotatedArticle article) {
        List<RawFact> derived = new ArrayList<>();
        Set<List<Object>> known = new HashSet<>();
        for (RawFact f : facts) {
            known.add(statement(f.subject(), f));
        }
        // Only sentences with a fact to share are read for coordinations.
        Map<Integer, List<RawFact>> sharedBySentence = new TreeMap<>();
        for (RawFact f : facts) {
            if (SHARED_PROPERTIES.contains(f.property())) {
                sharedBySentence.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<Integer, List<RawFact>> sentence : sharedBySentence.entrySet()) {
            int s = sentence.getKey();
            for (Coordination group : coordinations(article, s)) {
                for (RawFact f : sentence.getValue()) {
                    if (!group.members.contains(f.subject())
                            || !f.isLiteral() && (group.members.contains(f.object()) || namedInside(article, s, f.object(), group))
                            || f.property().equals("memberOf") && anOrganisationInside(article, s, group)) {
                        continue;
                    }
                    for (int member : group.members) {
                        if (known.add(statement(member, f))) {
                            derived.add(new RawFact(member, f.property(), f.object(), f.literal(), s, EXTRACTOR, f.confidence() * 0.9));
                        }
                    }
                }
            }
        }
        return derived;
    }

    private static List<Object> statement(int subject, RawFact f) {
        return List.of(subject, f.property(), f.isLiteral() ? f.literal() : f.object());
    }

    /** Members of one coordination and the tokens it spans, the first member's describing words included. */
    private record Coordination(List<Integer> members, int begin, int end) {}

    private static boolean namedInside(AnnotatedArticle article, int sentence, int entity, Coordination group) {
        return article.mentionsIn(sentence).stream()
                .anyMatch(m -> m.entityIds().contains(entity) && m.tokenBegin() >= group.begin && m.tokenEnd() <= group.end);
    }

    /** "Roscosmos cosmonauts A and B and NASA astronaut C": where one member's organisation is named, each has their own. */
    private static boolean anOrganisationInside(AnnotatedArticle article, int sentence, Coordination group) {
        return article.mentionsIn(sentence).stream().filter(m -> m.tokenBegin() >= group.begin && m.tokenEnd() <= group.end)
                .map(article::single).anyMatch(e -> e != null && e.isA(KG.Organization.getURI()));
    }

    static List<Coordination> coordinations(AnnotatedArticle article, int sentence) {
        List<CoreLabel> tokens = article.tokens(sentence);
        List<EntityMention> mentions = article.mentionsIn(sentence);
        List<Coordination> out = new ArrayList<>();
        int k = 0;
        while (k < mentions.size()) {
            ArticleEntity first = article.single(mentions.get(k));
            if (first == null || groupClass(first) == null) {
                k++;
                continue;
            }
            List<Integer> members = new ArrayList<>(List.of(first.id()));
            Set<Integer> describing = new HashSet<>();
            boolean conjoined = false;
            int last = k;
            for (int next = k + 1; next < mentions.size(); next++) {
                ArticleEntity e = article.single(mentions.get(next));
                if (e == null) {
                    break;
                }
                if (!groupClass(first).equals(groupClass(e))) {
                    if (describesNextMember(mentions, next, tokens)) {
                        // "and ESA astronaut B": an organisation or country saying whose the next member is
                        for (int t = mentions.get(next).tokenBegin(); t < mentions.get(next).tokenEnd(); t++) {
                            describing.add(t);
                        }
                        continue;
                    }
                    break;
                }
                Boolean and = joined(tokens, mentions.get(last).tokenEnd(), mentions.get(next).tokenBegin(), describing);
                if (and == null) {
                    break;
                }
                conjoined |= and;
                if (!members.contains(e.id())) {
                    members.add(e.id());
                }
                last = next;
            }
            if (conjoined && members.size() >= 2) {
                out.add(new Coordination(members, describedFrom(tokens, mentions, k), mentions.get(last).tokenEnd()));
            }
            k = last + 1;
        }
        return out;
    }

    /** People with people, countries with countries, organisations with organisations, craft with craft. */
    private static String groupClass(ArticleEntity e) {
        for (String cls : List.of(KG.Person.getURI(), KG.Country.getURI(), KG.Organization.getURI(), KG.Spacecraft.getURI(),
                KG.Mission.getURI())) {
            if (e.isA(cls)) {
                return cls;
            }
        }
        return null;
    }

    /**
     * Whether the tokens between two members only join them: TRUE with an "and", FALSE with commas alone, null
     * when something else stands between them (a verb, a preposition, more than a few describing words).
     */
    private static Boolean joined(List<CoreLabel> tokens, int from, int to, Set<Integer> describing) {
        boolean and = false;
        int descriptors = 0;
        for (int t = from; t < to; t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (describing.contains(t)) {
                continue;
            }
            if (CONNECTORS.contains(word)) {
                and |= word.equals("and");
                continue;
            }
            if (isDescriptor(tokens.get(t)) && ++descriptors <= MAX_DESCRIPTOR_WORDS) {
                continue;
            }
            return null;
        }
        return and;
    }

    private static boolean describesNextMember(List<EntityMention> mentions, int index, List<CoreLabel> tokens) {
        int end = mentions.get(index).tokenEnd();
        return index + 1 < mentions.size() && end < tokens.size() && isDescriptor(tokens.get(end));
    }

    /** "Japanese astronaut", "cosmonaut", "Commander": the words that say who a member is. */
    private static boolean isDescriptor(CoreLabel token) {
        String ner = token.ner();
        return "NATIONALITY".equals(ner) || "TITLE".equals(ner)
                || EntityTags.classOf(ner).isEmpty() && token.word().matches("\\p{Ll}[\\p{Ll}-]*") && token.tag().matches("NN|NNS|JJ");
    }

    /** Where the first member's describing words start: "Japanese astronaut A and ...". */
    private static int describedFrom(List<CoreLabel> tokens, List<EntityMention> mentions, int first) {
        int begin = mentions.get(first).tokenBegin();
        int previousEnd = first > 0 ? mentions.get(first - 1).tokenEnd() : 0;
        while (begin > previousEnd && isDescriptor(tokens.get(begin - 1))) {
            begin--;
        }
        if (first > 0 && previousEnd == begin && begin > 0) {
            return mentions.get(first - 1).tokenBegin(); // "NASA astronaut A": the organisation describes A
        }
        return begin;
    }
}
