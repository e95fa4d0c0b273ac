package org.astrolabe.extractor.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import edu.stanford.nlp.ling.CoreLabel;
import org.apache.jena.graph.Node;
import org.astrolabe.extractor.gazetteer.Names;
import org.astrolabe.extractor.ner.KgAnnotations;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.ontology.KG;

/**
 * Builds the agreements of one article from the matches of agreement rules: one entity per agreement,
 * whether named ("Action Plan (2025–2029)") or not ("signed an MoU"), with its parties, what it concerns,
 * when it was signed and its period. Mentions of the same kind of agreement sharing a party are one
 * agreement. One instance per article; not thread-safe.
 */
public final class AgreementBuilder {
    /** Verbs of a closing attribution: ", the institute said on Monday." */
    private static final Set<String> ATTRIBUTION_VERBS = Set.of("said", "says", "told", "announced", "reported", "added", "stated", "confirmed");
    private static final Set<String> CONCERNED = Set.of(KG.Mission.getURI(), KG.Spacecraft.getURI(), KG.Program.getURI(),
            KG.ResearchInstitution.getURI(), KG.CelestialSite.getURI());

    private final class Agreement {
        final ArticleEntity entity;
        final String kind;
        final boolean named;
        final Set<Integer> parties = new LinkedHashSet<>();
        final List<RawFact> facts = new ArrayList<>();
        final List<EntityMention> mentions = new ArrayList<>();
        Node signedOn;

        Agreement(ArticleEntity entity, String kind, boolean named) {
            this.entity = entity;
            this.kind = kind;
            this.named = named;
        }
    }

    private static final int MAX_COOPERATING_PARTIES = 3;
    private static final java.util.regex.Pattern PLURAL =
            java.util.regex.Pattern.compile("(?i)\\b(agreements|deals|mous|mocs|memoranda|pacts|accords|treaties|contracts|arrangements)\\b");

    private final List<Agreement> agreements = new ArrayList<>();
    private final java.time.LocalDate articleDate;

    /** @param articleDate the article's date, or null */
    public AgreementBuilder(java.time.LocalDate articleDate) {
        this.articleDate = articleDate;
    }

    void add(ResolvedArticle article, List<CoreLabel> tokens, int sentence, int kindBegin, int kindEnd, List<Integer> parties,
             RelationRule rule) {
        String kindText = text(tokens, kindBegin, kindEnd);
        Integer namedId = namedAgreement(article, tokens, kindBegin, kindEnd);
        List<Integer> validParties = parties(article, tokens, parties);
        if (namedId == null && PLURAL.matcher(kindText).find()) {
            // "A concluded agreements with B and C": one agreement with each counterpart.
            List<Integer> counterparts = validParties.stream().filter(p -> firstToken(tokens, p) >= kindEnd).toList();
            if (counterparts.size() >= 2) {
                List<Integer> signers = validParties.stream().filter(p -> !counterparts.contains(p)).toList();
                for (int counterpart : counterparts) {
                    List<Integer> sides = new ArrayList<>(signers);
                    sides.add(counterpart);
                    add(article, tokens, sentence, kindBegin, kindEnd, kindText, null, sides, true, rule);
                }
                return;
            }
        }
        add(article, tokens, sentence, kindBegin, kindEnd, kindText, namedId, validParties, false, rule);
    }

    private void add(ResolvedArticle article, List<CoreLabel> tokens, int sentence, int kindBegin, int kindEnd, String kindText,
                     Integer namedId, List<Integer> validParties, boolean separate, RelationRule rule) {
        // The words just before the agreement's own tell a new one ("a similar memorandum") from one named before.
        String lower = text(tokens, Math.max(0, kindBegin - 3), kindEnd).toLowerCase(Locale.ROOT);
        boolean definite = kindBegin > 0 && tokens.get(kindBegin - 1).word().toLowerCase(Locale.ROOT).matches("the|this|that")
                || kindText.toLowerCase(Locale.ROOT).matches("(the|this|that) .*");
        boolean another = separate || lower.matches(".*\\b(similar|separate|another|second|other|further)\\b.*");
        if (namedId == null && definite && !another) {
            namedId = namedBefore(article, sentence, kindText); // "The Artemis Accords ... Nigeria signed the accords"
        }
        String kind = namedId != null ? "named" : kindOf(kindText);
        Optional<Node> signed = SigningDate.of(tokens, kindBegin, kindEnd).map(this::notAfterTheArticle);
        Agreement agreement = find(article, namedId, kind, validParties, definite, another, signed.orElse(null));
        if (agreement == null) {
            ArticleEntity entity = article.getOrCreate("agreement-" + agreements.size() + "-" + sentence, KG.Agreement.getURI(), kindText, null);
            agreement = new Agreement(entity, kind, false);
            agreements.add(agreement);
            agreement.mentions.add(new EntityMention(List.of(entity.id()), sentence, kindBegin, kindEnd, tokens.get(kindBegin).beginPosition(),
                    tokens.get(kindEnd - 1).endPosition(), kindText, EntityMention.Kind.NOMINAL));
        }
        if (!agreement.named) {
            agreement.entity.descriptions().add(kindText.replaceFirst("^(?i)(an?|the|this|that) ", ""));
        }
        for (int p : validParties) {
            if (agreement.parties.add(p)) {
                agreement.facts.add(RawFact.relation(agreement.entity.id(), "party", p, sentence, rule.extractorName(), rule.confidence()));
            }
        }
        int concernedEnd = attributionStart(tokens);
        for (int t = concernedFrom(tokens, kindBegin); t < concernedEnd; t++) {
            List<Integer> refs = tokens.get(t).get(KgAnnotations.EntityIdsAnnotation.class);
            if (refs == null || t >= kindBegin && t < kindEnd && refs.contains(agreement.entity.id())) {
                continue; // the agreement's own name; a craft inside its words ("the Paksat-1 deal") is what it concerns
            }
            for (int id : refs) {
                ArticleEntity e = article.entity(id);
                if (e != null && !agreement.parties.contains(id) && CONCERNED.stream().anyMatch(e::isA)) {
                    agreement.facts.add(RawFact.relation(agreement.entity.id(), "concerns", id, sentence, rule.extractorName(), rule.confidence() * 0.9));
                }
            }
        }
        if (agreement.signedOn == null && signed.isPresent()) {
            agreement.signedOn = signed.get();
            agreement.facts.add(RawFact.literal(agreement.entity.id(), "signedOn", signed.get(), sentence, rule.extractorName(), rule.confidence()));
        }
    }

    /**
     * The parties a rule matched, people replaced by the organisation they sign for: an agreement binds
     * agencies, companies and states, never the officials who put their names to it.
     */
    private static List<Integer> parties(ResolvedArticle article, List<CoreLabel> tokens, List<Integer> matched) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int p : matched) {
            ArticleEntity e = article.entity(p);
            if (e == null) {
                continue;
            }
            if (e.isA(KG.Person.getURI())) {
                SignatoryParty.of(article, tokens, p).ifPresent(out::add);
            } else if (PropertySignatures.allowsObject("party", e.classIri())) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** Every statement about the agreements, their keys and labels settled now that all parties are known. */
    public List<RawFact> finish(ResolvedArticle article, List<List<CoreLabel>> sentences) {
        List<RawFact> out = new ArrayList<>();
        Map<String, Integer> agreementsPerKey = new HashMap<>();
        for (Agreement a : agreements) {
            preferOrganisationsOverTheirCountries(article, a);
            if (!a.named) {
                agreementsPerKey.merge(unnamedKey(article, a), 1, Integer::sum);
            }
        }
        for (Agreement a : agreements) {
            if (!a.named && a.parties.size() < 2) {
                // An agreement has two sides; with one of them unknown it cannot be told from the others.
                continue;
            }
            a.mentions.forEach(article::addMention);
            List<ArticleEntity> parties = a.parties.stream().map(article::entity).toList();
            String partyKeys = partyKeys(article, a);
            String partyLabels = parties.stream().map(ArticleEntity::label).sorted().collect(Collectors.joining("–"));
            if (a.named) {
                period(article, a, sentences, out);
                article.rekey(a.entity, (partyKeys.isEmpty() ? "" : partyKeys + "-") + Names.key(a.entity.label()));
            } else {
                String kindLabel = switch (a.kind) {
                    case "mou" -> "memorandum of understanding";
                    case "statement" -> "joint statement";
                    default -> a.kind;
                };
                // An article that tells of two agreements of one kind between the same sides (a 1991 accord and a
                // 2010 loan agreement) keeps them apart by the year they were signed. Across articles the sides and
                // kind alone identify an agreement: one article dates a signing that another only mentions.
                String key = unnamedKey(article, a);
                String year = a.signedOn == null || agreementsPerKey.getOrDefault(key, 0) < 2 ? ""
                        : a.signedOn.getLiteralLexicalForm().substring(0, 4);
                article.rekey(a.entity, key + (year.isEmpty() ? "" : "-" + year));
                a.entity.setLabel((partyLabels.isEmpty() ? "" : partyLabels + " ") + kindLabel + (year.isEmpty() ? "" : " of " + year));
            }
            for (RawFact f : a.facts) {
                if (!f.property().equals("party") || a.parties.contains(f.object())) {
                    out.add(f);
                }
            }
            // The signatories of a multilateral convention do not each cooperate with every other.
            if (!a.kind.equals("ceasefire") && a.parties.size() <= MAX_COOPERATING_PARTIES) {
                List<Integer> list = new ArrayList<>(a.parties);
                for (int i = 0; i < list.size(); i++) {
                    for (int j = i + 1; j < list.size(); j++) {
                        ArticleEntity x = article.entity(list.get(i));
                        ArticleEntity y = article.entity(list.get(j));
                        if (a.named && !namedInOneSentence(a, list.get(i), list.get(j))) {
                            // Countries that join a named accord one by one ("Nigeria joins Rwanda, which signed
                            // the accords in December") share the accord, not a partnership.
                            continue;
                        }
                        if (PropertySignatures.allowsSubject("cooperatesWith", x.classIri()) && PropertySignatures.allowsObject("cooperatesWith", y.classIri())) {
                            int sentence = a.facts.isEmpty() ? 0 : a.facts.get(0).sentence();
                            out.add(RawFact.relation(x.id(), "cooperatesWith", y.id(), sentence, "rule:agreement-parties-cooperate", 0.6));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean namedInOneSentence(Agreement a, int first, int second) {
        Set<Integer> firstSentences = new HashSet<>();
        for (RawFact f : a.facts) {
            if (f.property().equals("party") && f.object() == first) {
                firstSentences.add(f.sentence());
            }
        }
        for (RawFact f : a.facts) {
            if (f.property().equals("party") && f.object() == second && firstSentences.contains(f.sentence())) {
                return true;
            }
        }
        return false;
    }

    private static String unnamedKey(ResolvedArticle article, Agreement a) {
        String partyKeys = partyKeys(article, a);
        return "agreement-" + (partyKeys.isEmpty() ? "unknown-parties" : partyKeys) + "-" + a.kind;
    }

    /** The parties' keys, sorted and joined: the same sides give the same key whatever order the text names them in. */
    private static String partyKeys(ResolvedArticle article, Agreement a) {
        return a.parties.stream().map(article::entity).map(ArticleEntity::key).sorted().collect(Collectors.joining("-"));
    }

    /**
     * The agreement a mention refers to: the named one it names, or the latest one of its kind whose
     * parties fit. "A similar memorandum" or "a separate agreement" is another agreement; "the agreement"
     * may name an earlier one of any kind, if it names no other sides. One signed on another date ("an
     * agreement they signed in 1991" after the loan agreement of June 2010) is another agreement.
     */
    private Agreement find(ResolvedArticle article, Integer namedId, String kind, List<Integer> parties, boolean definite,
                           boolean another, Node signedOn) {
        if (namedId != null) {
            for (Agreement a : agreements) {
                if (a.entity.id() == namedId) {
                    return a;
                }
            }
            Agreement created = new Agreement(article.entity(namedId), "named", true);
            agreements.add(created);
            return created;
        }
        if (another && !definite) {
            return null;
        }
        for (int k = agreements.size() - 1; k >= 0; k--) {
            Agreement a = agreements.get(k);
            boolean anaphor = definite && (parties.size() < 2 || a.parties.containsAll(parties));
            if ((a.kind.equals(kind) || anaphor) && partiesFit(article, parties, a.parties, definite) && sameSigning(a.signedOn, signedOn)) {
                return a;
            }
        }
        return null;
    }

    /**
     * Two mentions are one agreement when one adds nothing contradicting the other: no parties, the same
     * parties, or one side completing the other ("A signed an MoU with B" ... "the MoU with A"). Two
     * mentions each naming two sides that differ are two agreements.
     */
    private static boolean partiesFit(ResolvedArticle article, List<Integer> mentioned, Set<Integer> known, boolean definite) {
        if (mentioned.isEmpty() || known.isEmpty()) {
            return true;
        }
        long shared = mentioned.stream().filter(p -> overlaps(article, p, known)).count();
        if (shared == mentioned.size()) {
            return true;
        }
        if (shared > 0 && (mentioned.size() < 2 || known.size() < 2)) {
            return true;
        }
        return definite && mentioned.size() < 2 && known.size() < 2;
    }

    /** Dates of one signing: unknown on either side, or one a precision of the other ("2010", "2010-06-29"). */
    private static boolean sameSigning(Node known, Node mentioned) {
        if (known == null || mentioned == null) {
            return true;
        }
        String a = known.getLiteralLexicalForm();
        String b = mentioned.getLiteralLexicalForm();
        return a.startsWith(b) || b.startsWith(a);
    }

    /** True if the party is one of them, or is the country of one of them, or has one of them as country. */
    private static boolean overlaps(ResolvedArticle article, int party, Set<Integer> parties) {
        if (parties.contains(party)) {
            return true;
        }
        ArticleEntity e = article.entity(party);
        for (int other : parties) {
            ArticleEntity o = article.entity(other);
            if (countryKey(e).filter(c -> c.equals(o.key())).isPresent() || countryKey(o).filter(c -> c.equals(e.key())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> countryKey(ArticleEntity e) {
        return e.gazetteer() == null ? Optional.empty() : Optional.ofNullable(e.gazetteer().country());
    }

    /** "an agreement with China" and "a deal with the CMSA" (China's agency): the agency is the party. */
    private static void preferOrganisationsOverTheirCountries(ResolvedArticle article, Agreement a) {
        Set<String> organisationCountries = a.parties.stream().map(article::entity)
                .filter(e -> e.isA(KG.Organization.getURI())).map(e -> countryKey(e).orElse(""))
                .collect(Collectors.toSet());
        long organisations = a.parties.stream().map(article::entity).filter(e -> e.isA(KG.Organization.getURI())).count();
        if (organisations >= 2) {
            a.parties.removeIf(p -> article.entity(p).isA(KG.Country.getURI()) && organisationCountries.contains(article.entity(p).key()));
        }
    }

    /** "Action Plan (2025–2029)": the years written in or right after the name. */
    private static void period(ResolvedArticle article, Agreement a, List<List<CoreLabel>> sentences, List<RawFact> out) {
        for (EntityMention m : article.mentions()) {
            if (!m.entityIds().contains(a.entity.id())) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence());
            int from = Math.max(0, m.tokenBegin() - 4);
            int to = Math.min(tokens.size(), m.tokenEnd() + 5);
            for (int t = from; t + 2 < to; t++) {
                if (isYearRange(tokens, t)) {
                    String y1 = tokens.get(t).word();
                    String y2 = tokens.get(t + 2).word();
                    out.add(RawFact.literal(a.entity.id(), "validFrom", DateLiterals.year(y1), m.sentence(), "rule:agreement-period", 0.85));
                    out.add(RawFact.literal(a.entity.id(), "validUntil", DateLiterals.year(y2), m.sentence(), "rule:agreement-period", 0.85));
                    if (!a.entity.label().contains(y1)) {
                        a.entity.setLabel(a.entity.label() + " " + y1 + "–" + y2);
                    }
                    return;
                }
            }
        }
    }

    /**
     * A signing is past: "signed on Monday" in an article of a Friday is the Monday before, where SUTime may
     * read the weekday forward.
     */
    private Node notAfterTheArticle(Node date) {
        if (articleDate != null && date.getLiteralDatatype().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth)) {
            // "signed in February" in an October article is the February before, where SUTime reads it forward.
            java.time.YearMonth month = java.time.YearMonth.parse(date.getLiteralLexicalForm());
            if (month.isAfter(java.time.YearMonth.from(articleDate))) {
                return org.apache.jena.graph.NodeFactory.createLiteralDT(month.minusYears(1).toString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth);
            }
            return date;
        }
        if (articleDate == null || !date.getLiteralDatatype().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)) {
            return date;
        }
        java.time.LocalDate day = java.time.LocalDate.parse(date.getLiteralLexicalForm());
        if (day.isAfter(articleDate) && !day.isAfter(articleDate.plusDays(7))) {
            return org.apache.jena.graph.NodeFactory.createLiteralDT(day.minusDays(7).toString(),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        }
        return date;
    }

    /**
     * Where a closing attribution starts (", the Ethiopian Space Science and Geospatial Institute said on Monday."), or the
     * sentence's end: who says something is not what the agreement is about.
     */
    private static int attributionStart(List<CoreLabel> tokens) {
        int comma = tokens.size() - 1;
        while (comma > 0 && !tokens.get(comma).word().equals(",")) {
            comma--;
        }
        for (int t = comma + 1; comma > 0 && t < Math.min(tokens.size(), comma + 10); t++) {
            if (ATTRIBUTION_VERBS.contains(tokens.get(t).word())) {
                return tokens.size() - t <= 5 ? comma : tokens.size();
            }
            if (tokens.get(t).word().equals(";") || tokens.get(t).tag().startsWith("VB")) {
                break; // a clause of its own after the comma, not an attribution
            }
        }
        return tokens.size();
    }

    /**
     * Where what an agreement concerns may start: after its words, or before them when they describe it
     * ("the satellite contract") or when something is done under it ("The satellite was launched under a
     * contract ...").
     */
    private static int concernedFrom(List<CoreLabel> tokens, int kindBegin) {
        int t = kindBegin;
        while (t > 0 && tokens.get(t - 1).word().toLowerCase(Locale.ROOT).matches("a|an|the|new|its|their")) {
            t--;
        }
        if (t > 0 && tokens.get(t - 1).word().equalsIgnoreCase("under")) {
            return 0;
        }
        int described = kindBegin;
        while (described > 0 && kindBegin - described < 2 && tokens.get(described - 1).tag().startsWith("NN")
                && tokens.get(described - 1).get(KgAnnotations.EntityIdsAnnotation.class) != null) {
            described--;
        }
        return described;
    }

    private static int firstToken(List<CoreLabel> tokens, int entityId) {
        for (int t = 0; t < tokens.size(); t++) {
            List<Integer> refs = tokens.get(t).get(KgAnnotations.EntityIdsAnnotation.class);
            if (refs != null && refs.contains(entityId)) {
                return t;
            }
        }
        return -1;
    }

    /** "2025 – 2029" starting at token {@code t}. */
    static boolean isYearRange(List<CoreLabel> tokens, int t) {
        return t >= 0 && t + 2 < tokens.size() && tokens.get(t).word().matches("(19|20)\\d\\d")
                && tokens.get(t + 1).word().matches("[-–—]|to|--") && tokens.get(t + 2).word().matches("(19|20)\\d\\d");
    }

    private static Integer namedAgreement(ResolvedArticle article, List<CoreLabel> tokens, int begin, int end) {
        for (int t = begin; t < end; t++) {
            List<Integer> refs = tokens.get(t).get(KgAnnotations.EntityIdsAnnotation.class);
            if (refs != null) {
                for (int id : refs) {
                    ArticleEntity e = article.entity(id);
                    if (e != null && e.isA(KG.Agreement.getURI())) {
                        return id;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The one named agreement the article has named by now whose name ends with the noun of "the accords", "the
     * treaty" ("the Artemis Accords", "the Outer Space Treaty"), or null when there is none or more than one.
     */
    private Integer namedBefore(ResolvedArticle article, int sentence, String kindText) {
        String noun = singular(lastWord(kindText));
        Set<Integer> builtHere = new HashSet<>();
        agreements.stream().filter(a -> !a.named).forEach(a -> builtHere.add(a.entity.id()));
        Set<Integer> found = new LinkedHashSet<>();
        for (EntityMention m : article.mentions()) {
            if (m.sentence() > sentence) {
                continue;
            }
            for (int id : m.entityIds()) {
                ArticleEntity e = article.entity(id);
                if (e != null && e.isA(KG.Agreement.getURI()) && !builtHere.contains(id) && singular(lastWord(e.label())).equals(noun)) {
                    found.add(id);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static String lastWord(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    }

    private static String kindOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("memorandum") || lower.contains("mou") || lower.matches(".*\\bmocs?\\b.*")) {
            return "mou";
        }
        if (lower.contains("ceasefire") || lower.contains("truce")) {
            return "ceasefire";
        }
        if (lower.contains("statement") || lower.contains("declaration") || lower.contains("letter of intent")) {
            return "statement";
        }
        for (String kind : List.of("contract", "arrangement", "convention")) {
            if (lower.contains(kind)) {
                return kind;
            }
        }
        return "agreement";
    }

    private static String text(List<CoreLabel> tokens, int begin, int end) {
        StringBuilder out = new StringBuilder();
        for (int t = begin; t < end; t++) {
            if (t > begin) {
                out.append(tokens.get(t).before());
            }
            out.append(tokens.get(t).originalText());
        }
        return out.toString();
    }
}
