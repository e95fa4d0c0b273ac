package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import edu.stanford.nlp.ling.CoreLabel;
import org.apache.jena.graph.NodeFactory;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.extractor.rules.Titles;
import org.astrolabe.ontology.KG;

/**
 * People's roles as news writes them, before the name ("SUPARCO Chairman X", "Pakistan's Prime Minister X",
 * "Director General of the CNSA X", "Turkish astronaut X", "NASA astronauts X, Y and Z") or after it in an
 * apposition ("X, head of the GCTC,", "X, the agency's deputy director,", "X, a Russian cosmonaut").
 * Gives the title as written, and the organisation or country the role belongs to: the person leads it for
 * a leading title (chairman, president, director general, head, ...), is a member of an organisation
 * otherwise, and has the nationality of a country or demonym named with a title that is not an office
 * of that country.
 */
public final class PersonRoles implements RelationStage {
    /**
     * Title words that are a title on their own without being an office ({@link Titles#OFFICE_HEADS}): "Ron Rosen,
     * an astronomy educator,", "China's permanent representative".
     */
    private static final Set<String> OCCUPATION_HEADS = Set.of("educator", "teacher", "instructor", "surgeon", "physician", "lawyer",
            "businessman", "businesswoman", "entrepreneur", "philanthropist", "analyst", "advocate", "laureate", "journalist",
            "astronomer", "physicist", "chairperson", "chair", "representative", "envoy", "consul");
    /** Words that make up titles when CoreNLP does not tag them TITLE: the occupations, and these. */
    private static final Set<String> TITLE_WORDS = Stream.concat(OCCUPATION_HEADS.stream(), Stream.of("prime", "minister", "president",
            "vice", "deputy", "chairman", "chairwoman", "chairperson", "chair", "director", "general", "director-general", "chief", "executive", "head",
            "administrator", "secretary", "secretary-general", "ambassador", "astronaut", "astronauts", "cosmonaut", "cosmonauts",
            "taikonaut", "taikonauts", "commander", "engineer", "scientist", "spokesperson", "spokesman", "spokeswoman", "founder",
            "ceo", "cto", "coo", "manager", "officer", "researcher", "professor", "governor", "king", "emir", "premier",
            "chancellor", "senator", "foreign", "interior", "defence", "defense", "finance", "planning", "science", "technology",
            "information", "federal", "state", "senior", "adviser", "advisor", "special", "assistant", "associate", "crown",
            "prince", "ruler", "colonel", "general", "major", "pilot", "specialist", "mission", "payload", "flight", "project",
            "programme", "program", "principal", "investigator", "lead", "undersecretary", "under-secretary", "counsellor",
            "consul", "envoy", "official", "representative", "member", "delegate", "leader", "captain", "department", "division",
            "section", "team", "unit", "operations", "communications", "research", "policy", "affairs", "external", "home", "space"))
            .collect(Collectors.toUnmodifiableSet());
    /** How many words an apposition may go on after its role and still be one. */
    private static final int MAX_PLAIN_TAIL = 6;
    /** Titles whose holder leads the organisation or country named with them. */
    private static final Set<String> LEADING_HEADS = Set.of("chairman", "chairwoman", "chairperson", "chair", "president",
            "prime minister", "premier", "director general", "director-general", "administrator", "head", "chief", "chief executive",
            "ceo", "chief executive officer", "king", "emir", "ruler", "chancellor", "secretary general", "secretary-general", "director", "leader",
            "commander-in-chief", "governor", "founder", "executive director");
    private static final Set<String> COUNTRY_LEADING_HEADS = Set.of("president", "prime minister", "premier", "king", "emir",
            "ruler", "chancellor", "leader", "head of state", "sultan", "crown prince");
    /** What may follow an apposition that gives a role. */
    private static final Set<String> APPOSITION_END = Set.of(",", ".", ";", ":", ")", "-rrb-", "and", "who", "--", "–", "—", "under",
            "at", "since", "until", "when", "from", "with", "during", "between");
    /** Forms of address between a title and a name: "President His Highness Sheikh X", "Project Director Dr X". */
    private static final Set<String> FORMS_OF_ADDRESS = Set.of("dr", "prof", "mr", "mrs", "ms", "sir", "dame", "sheikh", "sheik",
            "lyonpo", "dasho", "engr", "hon", "highness", "excellency", "majesty", "his", "her");
    /** Heads of a part of the organisation ("department head", "project director") do not lead the whole of it. */
    private static final Set<String> PART_OF_ORGANISATION = Set.of("department", "division", "section", "team", "unit", "group",
            "project", "programme", "program", "mission", "branch", "office", "regional", "flight");
    /** Words between a person and a demonym said of them: "became the first", "is a", "making him the first". */
    private static final Set<String> PREDICATE_GLUE = Set.of("is", "was", "became", "becomes", "become", "will", "would", "be",
            "to", "as", "the", "a", "an", "first", "second", "third", "only", "youngest", "oldest", "fellow", "also", "now");
    private static final Set<String> PREDICATE_VERBS = Set.of("is", "was", "became", "becomes", "become", "be", "as");
    /** Adjectives that are part of a role as written: "former deputy prime minister", "senior engineer". */
    private static final Set<String> TITLE_ADJECTIVES = Set.of("former", "senior", "junior", "retired", "principal", "lead",
            "leading", "veteran", "professional", "commercial", "military", "civilian", "scientific", "technical", "acting", "interim",
            "permanent", "honorary", "caretaker");
    /** An organisation's governing body: "[executive] board [of directors]", "supervisory council". */
    private static final Set<String> BOARD_QUALIFIERS = Set.of("executive", "supervisory", "governing", "management", "administrative");
    private static final Set<String> BOARD_NOUNS = Set.of("board", "council");
    private static final Set<String> BOARD_MEMBERS = Set.of("directors", "governors", "trustees");
    /** "chairman of the board": the chair of an organisation's governing body leads the organisation. */
    private static final Pattern BOARD_OF_THE_ORGANISATION = Pattern.compile("\\s(of|for)\\s(the\\s)?((" + String.join("|", BOARD_QUALIFIERS)
            + ")\\s)?(" + String.join("|", BOARD_NOUNS) + ")(\\sof\\s(" + String.join("|", BOARD_MEMBERS) + "))?$");
    private static final Set<String> SUBORDINATE = Set.of("vice", "deputy", "assistant", "associate", "under");
    /** Places in a crew, said after a copula ("A and B will be mission specialists"). */
    static final Set<String> CREW_ROLES = Set.of("commander", "mission commander", "pilot", "mission specialist",
            "flight engineer", "payload specialist", "crew member");
    private static final Set<String> ORGANISATION_NOUNS = Set.of("agency", "ministry", "company", "government", "administration",
            "centre", "center", "corporation", "institute", "university", "commission", "organisation", "organization", "firm");
    private static final Set<String> PLURAL_TITLES = Set.of("astronauts", "cosmonauts", "taikonauts", "ministers", "officials",
            "scientists", "engineers", "leaders", "presidents", "researchers", "delegates", "crew", "specialists", "pilots");

    @Override
    public String name() {
        return "person-role";
    }

    @Override
    public List<RawFact> extract(AnnotatedArticle article) {
        List<RawFact> facts = new ArrayList<>();
        ArticleEntity articleCountry = mostMentionedCountry(article);
        for (int s = 0; s < article.sentences().size(); s++) {
            List<CoreLabel> tokens = article.tokens(s);
            List<EntityMention> mentions = article.mentionsIn(s);
            ArticleEntity homeCountry = articleCountry != null ? articleCountry : countryOfTheSentence(article, s, tokens, mentions);
            for (int k = 0; k < mentions.size(); k++) {
                EntityMention m = mentions.get(k);
                ArticleEntity person = article.single(m);
                if (person == null || !person.isA(KG.Person.getURI())) {
                    continue;
                }
                nationalityPredicated(article, s, tokens, m, person, facts);
                String crewRole = crewRolePredicated(article, s, tokens, m.tokenEnd());
                if (crewRole != null) {
                    facts.add(RawFact.literal(person.id(), "title", NodeFactory.createLiteralString(crewRole), s, "rule:" + name(), 0.65));
                }
                Role given = roleGiven(article, s, tokens, m.tokenEnd());
                int pastApposition = afterApposition(tokens, m.tokenEnd(), 30);
                if (given == null && pastApposition > m.tokenEnd()) {
                    given = roleGiven(article, s, tokens, pastApposition); // "X, a colonel in the air force ..., will serve as pilot"
                }
                if (given == null) {
                    given = roleWithAs(article, s, tokens, m);
                }
                if (given != null) {
                    state(given, person, s, facts, 0.65, homeCountry);
                }
                Role statedBefore = m.kind() == EntityMention.Kind.NAME ? roleStatedBefore(article, s, tokens, m.tokenBegin()) : null;
                if (statedBefore != null) {
                    state(statedBefore, person, s, facts, 0.65, homeCountry);
                }
                if (m.kind() != EntityMention.Kind.NAME) {
                    continue;
                }
                Role before = roleBefore(article, s, tokens, m.tokenBegin());
                if (before == null) {
                    before = listedAfterPluralTitle(article, s, tokens, mentions, k);
                }
                if (before != null) {
                    state(before, person, s, facts, 0.75, homeCountry);
                } else {
                    nationalityNextToName(article, s, tokens, m, person, facts);
                }
                for (Role after : rolesAfter(article, s, tokens, afterHomeCountry(article, s, tokens, m.tokenEnd()))) {
                    state(after, person, s, facts, 0.7, homeCountry);
                }
            }
        }
        return facts;
    }

    /** Words that qualify the title after them: "executive and technical director", "scientific and managing director". */
    private static final Set<String> TITLE_MODIFIERS = Set.of("executive", "technical", "scientific", "managing", "administrative",
            "operational", "commercial", "financial", "medical", "legal", "general", "senior", "joint");

    /**
     * A title with the organisation or country it belongs to (either may be missing, not both), and the larger
     * organisation that one is part of ("Director of the Center for ... at the Free University of Brussels").
     */
    private record Role(List<String> titles, ArticleEntity of, boolean demonym, boolean plural, ArticleEntity within, ArticleEntity from) {
        Role(List<String> titles, ArticleEntity of, boolean demonym, boolean plural) {
            this(titles, of, demonym, plural, null, null);
        }
    }

    /**
     * "Emirati astronaut"-less forms: a demonym or a country's possessive right before the name ("Japan's
     * Koichi Wakata", "Italian Luca Parmitano", "his Pakistani counterpart X"), or the country in parentheses after it
     * ("X (Germany)").
     */
    private void nationalityNextToName(AnnotatedArticle article, int s, List<CoreLabel> tokens, EntityMention m, ArticleEntity person,
                                       List<RawFact> facts) {
        int t = m.tokenBegin() - 1;
        if (t >= 0 && tokens.get(t).word().matches("['’]s?")) {
            t--;
        } else if (t >= 1 && tokens.get(t).word().matches("(?i)counterpart|colleague")) {
            t--; // "his Pakistani counterpart Ishaq Dar"
        }
        EntityMention before = t >= 0 ? article.mentionAt(s, t) : null;
        ArticleEntity country = before == null ? null : article.single(before);
        if (country != null && country.isA(KG.Country.getURI()) && before.tokenEnd() >= m.tokenBegin() - 1) {
            facts.add(RawFact.relation(person.id(), "nationality", country.id(), s, "rule:" + name(), 0.65));
            return;
        }
        int after = m.tokenEnd();
        if (after + 2 < tokens.size() && tokens.get(after).word().matches("\\(|-LRB-")) {
            EntityMention inside = article.mentionAt(s, after + 1);
            ArticleEntity c = inside == null ? null : article.single(inside);
            if (c != null && c.isA(KG.Country.getURI()) && inside.tokenEnd() < tokens.size()
                    && tokens.get(inside.tokenEnd()).word().matches("\\)|-RRB-")) {
                facts.add(RawFact.relation(person.id(), "nationality", c.id(), s, "rule:" + name(), 0.65));
            }
        }
    }

    /**
     * "X became the first Turkish astronaut", "making him the first Canadian to ...", "Koichi Wakata of Japan":
     * a demonym predicated of a person, or a country after "of", gives the person's nationality.
     */
    private void nationalityPredicated(AnnotatedArticle article, int s, List<CoreLabel> tokens, EntityMention m, ArticleEntity person,
                                       List<RawFact> facts) {
        int t = m.tokenEnd();
        if (m.kind() == EntityMention.Kind.NAME && t + 1 < tokens.size() && tokens.get(t).word().equals("of")) {
            // "Koichi Wakata of Japan", "A and B of NASA": where a person is from, or the organisation they
            // are of; not "X of Germany's DLR", where the country belongs to the next name.
            EntityMention next = article.mentionAt(s, skipThe(tokens, t + 1));
            ArticleEntity of = next == null ? null : article.single(next);
            boolean ends = next != null && (next.tokenEnd() >= tokens.size() || !tokens.get(next.tokenEnd()).word().matches("['’]s?")
                    && article.mentionAt(s, next.tokenEnd()) == null);
            if (of != null && ends && next.kind() == EntityMention.Kind.NAME) {
                List<ArticleEntity> people = new ArrayList<>(List.of(person));
                people.addAll(conjoinedBefore(article, s, tokens, m));
                boolean headsIt = ledByTitle(article, s, tokens, m.tokenBegin());
                for (ArticleEntity who : people) {
                    if (of.isA(KG.Country.getURI())) {
                        // "President Xi Jinping of China", "Presidents A of Brazil and B of China": who leads it
                        facts.add(RawFact.relation(who.id(), headsIt ? "leaderOf" : "nationality", of.id(), s, "rule:" + name(), 0.6));
                    } else if (of.isA(KG.Organization.getURI())) {
                        facts.add(RawFact.relation(who.id(), "memberOf", of.id(), s, "rule:" + name(), 0.55));
                    }
                }
            }
            return;
        }
        ArticleEntity opening = demonymOpeningTheSentence(article, s, tokens, m);
        if (opening != null) {
            // "The first Nigerian to fly to space, Ada Okafor, will join the crew"
            facts.add(RawFact.relation(person.id(), "nationality", opening.id(), s, "rule:" + name(), 0.6));
        }
        int glueStart = afterApposition(tokens, t);
        // "X, the first Saudi woman in space,", "X, the first Nigerian to fly to space,": an apposition says it as a
        // copula would
        boolean linked = (glueStart == t || startsWithAnOrdinal(tokens, t + 1)) && t + 1 < tokens.size() && tokens.get(t).word().equals(",");
        if (linked) {
            glueStart = t + 1;
        }
        t = glueStart;
        while (t < tokens.size() && t < glueStart + 6 && PREDICATE_GLUE.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
            linked |= PREDICATE_VERBS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT)) || m.kind() == EntityMention.Kind.PRONOUN;
            t++;
        }
        EntityMention next = t < tokens.size() ? article.mentionAt(s, t) : null;
        if (linked && next != null && next.kind() == EntityMention.Kind.DEMONYM && article.single(next) != null
                && t > glueStart && tokens.get(t - 1).word().matches("(?i)first|second|third|only|youngest|oldest|an?|the|fellow")) {
            facts.add(RawFact.relation(person.id(), "nationality", article.single(next).id(), s, "rule:" + name(), 0.6));
        }
        if (linked && next == null && t > glueStart && t + 2 < tokens.size() && tokens.get(t - 1).word().matches("(?i)first|only")
                && tokens.get(t).tag().startsWith("NN") && tokens.get(t + 1).word().equals("from")) {
            // "X is the first woman from Saudi Arabia to go to space"
            ArticleEntity country = countryAt(article, s, tokens, skipThe(tokens, t + 2));
            if (country != null) {
                facts.add(RawFact.relation(person.id(), "nationality", country.id(), s, "rule:" + name(), 0.6));
            }
        }
    }

    /** "the first", "the only": what opens a phrase that ranks a person among their compatriots. */
    private static boolean startsWithAnOrdinal(List<CoreLabel> tokens, int t) {
        return t + 1 < tokens.size() && tokens.get(t).word().equalsIgnoreCase("the")
                && tokens.get(t + 1).word().matches("(?i)first|second|third|only|youngest|oldest");
    }

    /** The country of "The first Nigerian to fly to space, X," when X is the name right after the sentence's opening phrase. */
    private static ArticleEntity demonymOpeningTheSentence(AnnotatedArticle article, int s, List<CoreLabel> tokens, EntityMention m) {
        if (m.kind() != EntityMention.Kind.NAME || !startsWithAnOrdinal(tokens, 0) || m.tokenBegin() < 4
                || !tokens.get(m.tokenBegin() - 1).word().equals(",")) {
            return null;
        }
        for (int t = 2; t < m.tokenBegin() - 1; t++) {
            if (tokens.get(t).word().equals(",")) {
                return null; // the name is not the one the opening phrase stands beside
            }
        }
        EntityMention demonym = article.mentionAt(s, 2);
        ArticleEntity country = demonym == null || demonym.kind() != EntityMention.Kind.DEMONYM ? null : article.single(demonym);
        return country != null && country.isA(KG.Country.getURI()) ? country : null;
    }

    /**
     * True when the name at {@code nameBegin} comes right after a title that leads a country ("President X"),
     * or continues a list led by one ("Presidents A of Brazil and B of China").
     */
    private static boolean ledByTitle(AnnotatedArticle article, int s, List<CoreLabel> tokens, int nameBegin) {
        int t = nameBegin - 1;
        while (t > 0 && FORMS_OF_ADDRESS.contains(tokens.get(t).word().replace(".", "").toLowerCase(Locale.ROOT))) {
            t--;
        }
        if (t < 0) {
            return false;
        }
        String word = tokens.get(t).word().toLowerCase(Locale.ROOT).replaceAll("s$", "");
        String pair = t > 0 ? tokens.get(t - 1).word().toLowerCase(Locale.ROOT) + " " + word : word;
        if (COUNTRY_LEADING_HEADS.contains(word) || COUNTRY_LEADING_HEADS.contains(pair)) {
            return true;
        }
        if (word.equals("and") && t >= 3) {
            EntityMention country = article.mentionAt(s, t - 1);
            if (country != null && country.tokenBegin() >= 2 && tokens.get(country.tokenBegin() - 1).word().equals("of")) {
                EntityMention previous = article.mentionAt(s, country.tokenBegin() - 2);
                ArticleEntity e = previous == null ? null : article.single(previous);
                return e != null && e.isA(KG.Person.getURI()) && ledByTitle(article, s, tokens, previous.tokenBegin());
            }
        }
        return false;
    }

    /** {@code t + 1} when token {@code t} is "the" and a token follows it, else {@code t}. */
    private static int skipThe(List<CoreLabel> tokens, int t) {
        return t + 1 < tokens.size() && tokens.get(t).word().equalsIgnoreCase("the") ? t + 1 : t;
    }

    /** The country named by the mention at token {@code t}, or null. */
    private static ArticleEntity countryAt(AnnotatedArticle article, int s, List<CoreLabel> tokens, int t) {
        EntityMention m = t < tokens.size() ? article.mentionAt(s, t) : null;
        ArticleEntity e = m == null ? null : article.single(m);
        return e != null && e.isA(KG.Country.getURI()) ? e : null;
    }

    /** True if an apposition may end at token {@code t}: the sentence ends there or goes on with one of {@link #APPOSITION_END}. */
    private static boolean endsApposition(List<CoreLabel> tokens, int t) {
        return t >= tokens.size() || APPOSITION_END.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
    }

    /** Where the sentence goes on after an apposition set off by commas right after a name ("X, 35, is ..."). */
    private static int afterApposition(List<CoreLabel> tokens, int t) {
        return afterApposition(tokens, t, 16);
    }

    private static int afterApposition(List<CoreLabel> tokens, int t, int longest) {
        if (t >= tokens.size() || !tokens.get(t).word().equals(",")) {
            return t;
        }
        for (int close = t + 1; close < Math.min(tokens.size() - 1, t + longest); close++) {
            if (tokens.get(close).word().equals(",")) {
                return PREDICATE_GLUE.contains(tokens.get(close + 1).word().toLowerCase(Locale.ROOT)) ? close + 1 : t;
            }
        }
        return t;
    }

    /**
     * "X will serve as a mission specialist", "X was appointed chairman of SUPARCO", "he was named director
     * general", "X took over as head of the agency": a role the sentence gives the person.
     */
    private static Role roleGiven(AnnotatedArticle article, int s, List<CoreLabel> tokens, int after) {
        int t = after;
        if (t + 1 < tokens.size() && tokens.get(t).word().equals(",") && tokens.get(t + 1).word().equalsIgnoreCase("who")) {
            t += 2; // "X, who was appointed head of the agency in 2020,"
        } else if (t < tokens.size() && tokens.get(t).word().equals(",")) {
            return null; // an apposition: rolesAfter reads it
        }
        while (t < tokens.size() && t < after + 4 && tokens.get(t).word().toLowerCase(Locale.ROOT)
                .matches("will|would|has|have|had|been|was|is|to|also|now|later|then|formally|officially|be")) {
            t++;
        }
        if (t >= tokens.size()) {
            return null;
        }
        String lemma = AnnotatedArticle.lemma(tokens.get(t));
        // "took over as head of", "stayed on as chairman of", "was sworn in as head of": a phrasal verb before "as"
        // takes up the role too
        boolean phrasal = lemma.matches("take|stay|step|come|swear") && t + 2 < tokens.size() && tokens.get(t + 1).word().matches("(?i)over|on|in|up")
                && tokens.get(t + 2).word().equalsIgnoreCase("as");
        if (phrasal) {
            t++; // onto the particle: the role phrase starts after the "as" that follows it
        }
        boolean serves = phrasal || lemma.matches("serve|act|work|continue|return|remain") && t + 1 < tokens.size()
                && tokens.get(t + 1).word().equalsIgnoreCase("as");
        boolean appointed = lemma.matches("appoint|name|elect|promote|nominate|designate") && tokens.get(t).tag().equals("VBN");
        if (!serves && !appointed) {
            return predicatedRole(article, s, tokens, after, t);
        }
        int from = t + 1;
        if (from < tokens.size() && tokens.get(from).word().matches("(?i)as|to")) {
            from++;
        }
        RolePhrase phrase = rolePhrase(article, s, tokens, from);
        return phrase == null ? null : phrase.role();
    }

    /**
     * "X is the director general of the Kenya Space Agency", "X became the first chairman of SUPARCO", "X became
     * head of the agency in 2023": a role said of the person with a copula, when it names whose role it is and the
     * clause ends with it.
     */
    private static Role predicatedRole(AnnotatedArticle article, int s, List<CoreLabel> tokens, int after, int t) {
        boolean copula = t > after && tokens.get(t - 1).word().matches("(?i)is|was|been|be");
        if (!copula && t + 1 < tokens.size() && AnnotatedArticle.lemma(tokens.get(t)).matches("become|remain")) {
            copula = true;
            t++;
        }
        if (!copula || t >= tokens.size()) {
            return null;
        }
        RolePhrase phrase = rolePhrase(article, s, tokens, t);
        if (phrase == null || phrase.role().of() == null) {
            return null;
        }
        int end = phrase.end();
        boolean dated = end + 1 < tokens.size() && tokens.get(end).word().matches("(?i)in|on|since")
                && "DATE".equals(tokens.get(end + 1).ner()); // "became chairman of SUPARCO in 2023"
        return dated || endsApposition(tokens, end) || endsApposition(tokens, afterPlainWords(article, s, tokens, end)) ? phrase.role() : null;
    }

    /**
     * "A and B will be mission specialists", "C is the pilot": a place in a crew said of the people who open the
     * sentence; the role, in the singular, is each one's title.
     */
    private static String crewRolePredicated(AnnotatedArticle article, int s, List<CoreLabel> tokens, int after) {
        int t = afterCountryOfOrigin(article, s, tokens, after);
        while (t + 1 < tokens.size() && tokens.get(t).word().matches(",|and")) {
            EntityMention next = article.mentionAt(s, t + 1);
            ArticleEntity e = next == null ? null : article.single(next);
            if (e == null || !e.isA(KG.Person.getURI())) {
                break;
            }
            t = afterCountryOfOrigin(article, s, tokens, next.tokenEnd()); // "A, B and C will be ...": the people listed with this one
        }
        boolean copula = false;
        while (t < tokens.size() && tokens.get(t).word().toLowerCase(Locale.ROOT).matches("will|would|also|now|then|is|are|was|were|be")) {
            copula |= AnnotatedArticle.lemma(tokens.get(t)).equals("be");
            t++;
        }
        if (!copula) {
            return null;
        }
        while (t < tokens.size() && tokens.get(t).word().toLowerCase(Locale.ROOT).matches("a|an|the|its|their|mission's|crew's")) {
            t++;
        }
        for (int words = 2; words >= 1; words--) {
            if (t + words > tokens.size()) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int w = t; w < t + words; w++) {
                phrase.append(w > t ? " " : "").append(tokens.get(w).word().toLowerCase(Locale.ROOT));
            }
            String role = phrase.toString().replaceFirst("s$", "");
            boolean ends = t + words == tokens.size() || tokens.get(t + words).word().matches("[,.;:]|and|on|for|of|aboard|in");
            if (ends && CREW_ROLES.contains(role)) {
                return role;
            }
        }
        return null;
    }

    /** Past the country a person is said to be from ("Tibor Kapu of Hungary"), or {@code t} where none is. */
    private static int afterCountryOfOrigin(AnnotatedArticle article, int s, List<CoreLabel> tokens, int t) {
        if (t + 1 < tokens.size() && tokens.get(t).word().matches("of|from")) {
            EntityMention next = article.mentionAt(s, t + 1);
            ArticleEntity e = next == null ? null : article.single(next);
            if (e != null && e.isA(KG.Country.getURI())) {
                return next.tokenEnd();
            }
        }
        return t;
    }

    /**
     * Where no country dominates the article, the first one the sentence names as itself and not as a place
     * visited ("President X hailed the launch as a step in Nigeria's march", not "while visiting China"); a
     * possessive is never a place visited.
     */
    private static ArticleEntity countryOfTheSentence(AnnotatedArticle article, int s, List<CoreLabel> tokens, List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            ArticleEntity e = article.single(m);
            if (e == null || !e.isA(KG.Country.getURI()) || m.kind() == EntityMention.Kind.DEMONYM) {
                continue;
            }
            int before = skipTheBackwards(tokens, m.tokenBegin() - 1);
            boolean possessive = m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).word().matches("['’]s?");
            if (possessive || before < 0 || !tokens.get(before).word().toLowerCase(Locale.ROOT)
                    .matches("visiting|visit|visited|visits|to|from|in|into|with|against|toward|towards|by|over")) {
                return e;
            }
        }
        return null;
    }

    private static int skipTheBackwards(List<CoreLabel> tokens, int t) {
        return t >= 0 && tokens.get(t).word().equalsIgnoreCase("the") ? t - 1 : t;
    }

    /**
     * The country an article is about, named at least twice as often as any other: the one "Prime Minister X"
     * without a country is prime minister of.
     */
    private static ArticleEntity mostMentionedCountry(AnnotatedArticle article) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (EntityMention m : article.resolved().mentions()) {
            ArticleEntity e = article.single(m);
            if (e != null && e.isA(KG.Country.getURI())) {
                counts.merge(e.id(), 1, Integer::sum);
            }
        }
        List<java.util.Map.Entry<Integer, Integer>> ranked = counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<Integer, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
            return null; // "China launched Nigeria's satellite; President X hailed it": no one country the article is about
        }
        if (ranked.get(0).getValue() < 2) {
            return null; // "President X met the Chinese ambassador": one mention does not make an article about China
        }
        return article.resolved().entity(ranked.get(0).getKey());
    }

    private void state(Role role, ArticleEntity person, int s, List<RawFact> facts, double confidence, ArticleEntity homeCountry) {
        String extractor = "rule:" + name();
        boolean leads = false;
        boolean countryLeads = false;
        for (String title : role.titles()) {
            if (!role.plural()) {
                facts.add(RawFact.literal(person.id(), "title", NodeFactory.createLiteralString(title), s, extractor, confidence));
            }
            String lower = title.toLowerCase(Locale.ROOT);
            String head = headOf(lower);
            // "director of human exploration": the head of a field within the organisation, not of the whole of it
            // (an organisation or country as complement is not part of the title as written)
            boolean ofAField = title.matches(".*\\s(of|for)\\s.*") && !BOARD_OF_THE_ORGANISATION.matcher(lower).find();
            boolean subordinate = ofAField || SUBORDINATE.stream().anyMatch(w -> lower.startsWith(w + " ") || lower.startsWith(w + "-"))
                    || PART_OF_ORGANISATION.stream().anyMatch(w -> lower.startsWith(w + " ") || lower.contains(" " + w + " "));
            leads |= !subordinate && LEADING_HEADS.contains(head);
            countryLeads |= !subordinate && COUNTRY_LEADING_HEADS.contains(head);
        }
        if (role.from() != null && !role.plural()) {
            facts.add(RawFact.relation(person.id(), "nationality", role.from().id(), s, extractor, confidence - 0.05));
        }
        if (role.within() != null && role.of() != null && role.within().id() != role.of().id()) {
            facts.add(RawFact.relation(person.id(), "memberOf", role.within().id(), s, extractor, confidence - 0.05));
        }
        ArticleEntity of = role.of();
        if (of == null && countryLeads && !role.plural() && homeCountry != null) {
            of = homeCountry; // "Prime Minister X" in an article about one country
            confidence = 0.55;
        }
        if (of == null) {
            return;
        }
        if (of.isA(KG.Country.getURI())) {
            if (countryLeads && !role.plural()) {
                facts.add(RawFact.relation(person.id(), "leaderOf", of.id(), s, extractor, confidence));
            } else if (!countryLeads && !leads) {
                facts.add(RawFact.relation(person.id(), "nationality", of.id(), s, extractor, confidence - 0.05));
            }
        } else if (of.isA(KG.Organization.getURI())) {
            if (leads && !role.plural()) {
                facts.add(RawFact.relation(person.id(), "leaderOf", of.id(), s, extractor, confidence));
            } else {
                facts.add(RawFact.relation(person.id(), "memberOf", of.id(), s, extractor, confidence - 0.05));
            }
        }
    }

    /** "Marcus Wandt of Sweden, a project astronaut of ESA,": where the apposition starts after the person's country. */
    private static int afterHomeCountry(AnnotatedArticle article, int s, List<CoreLabel> tokens, int nameEnd) {
        if (nameEnd + 1 >= tokens.size() || !tokens.get(nameEnd).word().matches("of|from")) {
            return nameEnd;
        }
        EntityMention country = article.mentionAt(s, skipThe(tokens, nameEnd + 1));
        return country != null && countryAt(article, s, tokens, country.tokenBegin()) != null ? country.tokenEnd() : nameEnd;
    }

    /** "A, B and C of NASA": the people named in a list right before {@code m}. */
    private static List<ArticleEntity> conjoinedBefore(AnnotatedArticle article, int s, List<CoreLabel> tokens, EntityMention m) {
        List<ArticleEntity> people = new ArrayList<>();
        int t = m.tokenBegin() - 1;
        while (t > 0 && tokens.get(t).word().matches(",|and")) {
            if (tokens.get(t).word().equals(",") && people.isEmpty()) {
                break; // "X, Y of NASA": an apposition or a list of clauses, not "X and Y of NASA"
            }
            EntityMention previous = article.mentionAt(s, t - 1);
            ArticleEntity e = previous == null ? null : article.single(previous);
            if (e == null || !e.isA(KG.Person.getURI()) || previous.kind() != EntityMention.Kind.NAME) {
                break;
            }
            people.add(e);
            t = previous.tokenBegin() - 1;
        }
        return people;
    }

    /** The head of a title without its complement: "director general" of "director general of the agency". */
    private static String headOf(String title) {
        String head = Titles.joinHyphens(title).replaceAll("\\s+(of|for|at|in)\\s.*$", "");
        for (String prefix : List.of("former ", "then ", "current ", "acting ", "founding ")) {
            if (head.startsWith(prefix)) {
                head = head.substring(prefix.length());
            }
        }
        if (LEADING_HEADS.contains(head) || COUNTRY_LEADING_HEADS.contains(head)) {
            return head;
        }
        String[] words = head.split("\\s+");
        String last = words[words.length - 1];
        if (words.length >= 2 && LEADING_HEADS.contains(words[words.length - 2] + " " + last)) {
            return words[words.length - 2] + " " + last;
        }
        return last;
    }

    /**
     * A military rank's word, which may stand between an office and the name ("SUPARCO Chairman Maj. Gen. X");
     * "General" only after another rank ("Major General"), as "Director General" is an office.
     */
    private static boolean isRank(List<CoreLabel> tokens, int t) {
        String word = tokens.get(t).word();
        return Titles.isRank(word) || word.equalsIgnoreCase("general") && t > 0 && isRank(tokens, t - 1);
    }

    private static boolean isTitleToken(CoreLabel token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return "TITLE".equals(token.ner()) || TITLE_WORDS.contains(word)
                || word.indexOf('-') > 0 && java.util.Arrays.stream(word.split("-")).allMatch(TITLE_WORDS::contains); // "vice-director"
    }

    /**
     * "[ORG|Country|demonym]['s] TITLE (and TITLE)* [of|for [the] ORG] NAME": reads leftwards from the name.
     */
    private static Role roleBefore(AnnotatedArticle article, int s, List<CoreLabel> tokens, int nameBegin) {
        int t = nameBegin - 1;
        int fieldEnd = -1;
        while (t > 0 && FORMS_OF_ADDRESS.contains(tokens.get(t).word().replace(".", "").toLowerCase(Locale.ROOT))) {
            t--;
        }
        int rank = t;
        while (rank > 0 && isRank(tokens, rank)) {
            rank--;
        }
        if (rank < t && isTitleToken(tokens.get(rank)) && !isRank(tokens, rank)) {
            t = rank; // "KSA Director General Brigadier X", "SUPARCO Chairman Maj. Gen. X": the office before the person's rank
        }
        if (t >= 0 && tokens.get(t).word().matches("[,:]")) {
            // "Pakistan's Ambassador to China, Masood Khan, ...", "NASA astronauts: A, B and C": a title set off
            // before the name.
            t--;
            EntityMention destination = t >= 0 ? article.mentionAt(s, t) : null;
            int beforeDestination = destination == null ? -1 : destination.tokenBegin() - 1;
            if (beforeDestination >= 1 && tokens.get(beforeDestination).word().equalsIgnoreCase("the")) {
                beforeDestination--; // "Pakistan's ambassador to the United States, X"
            }
            if (destination != null && beforeDestination >= 0 && tokens.get(beforeDestination).word().matches("(?i)to|in")) {
                t = beforeDestination - 1;
            }
            int field = fieldBefore(article, s, tokens, t);
            if (field >= 0) {
                fieldEnd = t + 1; // "NASA's associate administrator for science, Nicky Fox"
                t = field;
            }
            if (t < 0 || !isTitleToken(tokens.get(t)) || nameBegin >= tokens.size()) {
                return null; // "..., Ishaq Dar": a list, not a title
            }
        }
        ArticleEntity of = null;
        boolean demonym = false;
        // "Director General of the CNSA Zhang Kejian"
        EntityMention complement = t >= 0 ? article.mentionAt(s, t) : null;
        if (complement != null && isOrgOrCountry(article.single(complement))) {
            int before = complement.tokenBegin() - 1;
            if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
                before--;
            }
            if (before >= 1 && tokens.get(before).word().matches("(?i)of|for") && isTitleToken(tokens.get(before - 1))) {
                of = article.single(complement);
                t = before - 1;
            }
        }
        int end = t + 1;
        while (t >= 0 && (isTitleToken(tokens.get(t)) || tokens.get(t).word().equalsIgnoreCase("and")
                && t > 0 && isTitleToken(tokens.get(t - 1)))) {
            t--;
        }
        if (t >= 1 && tokens.get(t).word().equals("of") && isTitleToken(tokens.get(t - 1)) && article.mentionAt(s, t + 1) == null) {
            // "the then Minister of Science and Technology, Turner Isoun": the portfolio is part of the title.
            t--;
            while (t >= 0 && isTitleToken(tokens.get(t))) {
                t--;
            }
        }
        if (t + 1 < end) {
            // "ESA's EarthCARE project manager": the words of the trade, then the project the role works on
            int modifiers = 0;
            while (t >= 0 && modifiers < 2 && article.mentionAt(s, t) == null && isTitleModifier(tokens.get(t))) {
                t--;
                modifiers++;
            }
            EntityMention project = t >= 0 ? article.mentionAt(s, t) : null;
            if (project != null && article.single(project) != null && isProject(article.single(project))) {
                t = project.tokenBegin() - 1;
            }
        }
        int begin = t + 1;
        while (begin < end && (tokens.get(begin).word().equalsIgnoreCase("and") || article.mentionAt(s, begin) != null)) {
            begin++;
        }
        if (begin >= end || !hasTitleHead(tokens, begin, end)) {
            return null;
        }
        List<String> titles = Titles.coordinated(tokens, begin, Math.max(end, fieldEnd));
        if (of == null && t >= 0) {
            int owner = t;
            if (tokens.get(owner).word().matches("['’]s?")) {
                owner--;
            }
            EntityMention m = owner >= 0 ? article.mentionAt(s, owner) : null;
            ArticleEntity e = m == null ? null : article.single(m);
            if (isOrgOrCountry(e)) {
                of = e;
                demonym = m.kind() == EntityMention.Kind.DEMONYM;
            }
        }
        boolean plural = PLURAL_TITLES.contains(tokens.get(end - 1).word().toLowerCase(Locale.ROOT));
        return new Role(titles, of, demonym, plural);
    }

    /**
     * Where the title ends before a field written in lower case that ends at {@code t} ("administrator for science",
     * "minister of state for space"): the index of the title's last word, else -1.
     */
    private static int fieldBefore(AnnotatedArticle article, int s, List<CoreLabel> tokens, int t) {
        int f = t;
        while (f >= 0 && f > t - 4 && article.mentionAt(s, f) == null && tokens.get(f).word().matches("\\p{Ll}+")
                && tokens.get(f).tag().matches("NNS?|JJ[RS]?|CC|VBG")) { // "higher education", "planning"
            f--;
        }
        return f < t && f >= 1 && tokens.get(f).word().matches("of|for") && isTitleToken(tokens.get(f - 1)) ? f - 1 : -1;
    }

    /** "NASA astronauts Reid Wiseman, Victor Glover and Christina Koch": later names of the list share the role. */
    private static Role listedAfterPluralTitle(AnnotatedArticle article, int s, List<CoreLabel> tokens, List<EntityMention> mentions, int k) {
        for (int j = k - 1; j >= 0; j--) {
            EntityMention previous = mentions.get(j);
            ArticleEntity e = article.single(previous);
            if (e == null || !e.isA(KG.Person.getURI())) {
                return null;
            }
            int gapBegin = previous.tokenEnd();
            int gapEnd = mentions.get(j + 1).tokenBegin();
            for (int t = gapBegin; t < gapEnd; t++) {
                if (!tokens.get(t).word().matches(",|and")) {
                    return null;
                }
            }
            Role role = roleBefore(article, s, tokens, previous.tokenBegin());
            if (role != null) {
                return role.plural() ? role : null;
            }
        }
        return null;
    }

    /**
     * ", [a|the] [ORG|Country|demonym]['s] TITLE [of|at|for|in [the] ORG|Country]" after the name, up to the
     * next comma, parenthesis or verb; roles joined by "and" are read one by one ("X, Iran's Deputy Minister
     * of Information and President of the Iranian Space Agency,").
     */
    private static List<Role> rolesAfter(AnnotatedArticle article, int s, List<CoreLabel> tokens, int nameEnd) {
        int t = nameEnd;
        if (t >= tokens.size() || !tokens.get(t).word().matches(",|\\(|-LRB-")) {
            return List.of();
        }
        List<Role> roles = new ArrayList<>();
        int next = t + 1;
        if (next + 1 < tokens.size() && tokens.get(next).tag().equals("CD") && tokens.get(next + 1).word().equals(",")) {
            next += 2; // "X, 45, a retired air force colonel,": the age first
        }
        int lastEnd = next;
        while (true) {
            RolePhrase phrase = rolePhrase(article, s, tokens, next);
            if (phrase == null) {
                next = lastEnd; // "X, Prime Minister and ...": what follows the last role is not one
                break;
            }
            lastEnd = phrase.end();
            next = phrase.end();
            RolePhrase shared = next + 1 < tokens.size() && tokens.get(next).word().equalsIgnoreCase("and")
                    && isLoneModifier(phrase.role()) ? rolePhrase(article, s, tokens, next + 1) : null;
            if (shared != null) {
                // "executive and technical director of CONAE": one title whose head the first word shares
                Role second = shared.role();
                List<String> titles = new ArrayList<>(second.titles());
                titles.set(0, phrase.role().titles().get(0) + " and " + titles.get(0));
                roles.add(new Role(titles, second.of(), second.demonym(), second.plural(), second.within(), second.from()));
                lastEnd = shared.end();
                next = shared.end();
            } else {
                roles.add(phrase.role());
            }
            if (next + 1 < tokens.size() && tokens.get(next).word().equalsIgnoreCase("and")) {
                next++;
                continue;
            }
            if (next + 1 < tokens.size() && tokens.get(next).word().equals(",")
                    && rolePhrase(article, s, tokens, next + 1) != null) {
                next++; // "X, Vice President, Prime Minister and Ruler of Dubai,"
                continue;
            }
            break;
        }
        if (!roles.isEmpty() && !endsApposition(tokens, next)) {
            next = afterPlainWords(article, s, tokens, next);
        }
        if (roles.isEmpty() || !endsApposition(tokens, next)) {
            return List.of(); // the phrase goes on: not a plain apposition
        }
        return roles;
    }

    /**
     * Where an apposition's plain tail ends: "the principal investigator of the instrument,", "chair of the DLR
     * executive board,", "representative to the United Nations in Vienna,": common words in lower case and places,
     * and after a participle any name but a person's ("the astronaut assigned to the SpaceX Crew-5 flight,"), up to
     * {@link #MAX_PLAIN_TAIL} of them; {@code t} itself when anything else comes first.
     */
    private static int afterPlainWords(AnnotatedArticle article, int s, List<CoreLabel> tokens, int t) {
        if (t < tokens.size() && !tokens.get(t).tag().matches("IN|TO|VBN") && (t == 0 || article.mentionAt(s, t - 1) == null)) {
            return t; // "DLR executive board member": a noun right after the title words means the title goes on
        }
        int u = t;
        boolean participle = false;
        for (int words = 0; u < tokens.size() && words < MAX_PLAIN_TAIL && !endsApposition(tokens, u); words++) {
            EntityMention m = article.mentionAt(s, u);
            ArticleEntity e = m == null ? null : article.single(m);
            if (e != null && e.isA(KG.Place.getURI()) && !e.isA(KG.Country.getURI())) {
                u = m.tokenEnd();
            } else if (e != null && participle && !e.isA(KG.Person.getURI())) {
                u = m.tokenEnd(); // "the astronaut assigned to the SpaceX Crew-5 flight,": what a reduced relative names
            } else if (m == null && Character.isLowerCase(tokens.get(u).word().charAt(0))
                    && tokens.get(u).tag().matches("DT|JJ.*|NNS?|IN|CC|TO|VBN")) {
                participle |= tokens.get(u).tag().equals("VBN");
                u++;
            } else {
                return t;
            }
        }
        return u < tokens.size() && endsApposition(tokens, u) ? u : t;
    }

    private record RolePhrase(Role role, int end) {}

    /** A role of one word that only qualifies a title ("executive", "technical"), with no organisation of its own. */
    private static boolean isLoneModifier(Role role) {
        return role.titles().size() == 1 && role.of() == null && TITLE_MODIFIERS.contains(role.titles().get(0).toLowerCase(Locale.ROOT));
    }

    /**
     * Past the words that rank the person among those who hold a role when the role's owner follows them ("the oldest
     * active NASA astronaut"); {@code t} itself otherwise.
     */
    private static int pastRankBeforeOwner(AnnotatedArticle article, int s, List<CoreLabel> tokens, int t) {
        int rankEnd = t;
        while (rankEnd < tokens.size() && tokens.get(rankEnd).word().matches("(?i)first|second|third|only|oldest|youngest|latest|last|active|longest-serving")) {
            rankEnd++;
        }
        return rankEnd > t && rankEnd < tokens.size() && article.mentionAt(s, rankEnd) != null ? rankEnd : t;
    }

    /** One role from token {@code t}: "[a|the] [owner['s]] TITLE (of|at|for|in|to COMPLEMENT)*", or null. */
    private static RolePhrase rolePhrase(AnnotatedArticle article, int s, List<CoreLabel> tokens, int t) {
        while (t < tokens.size() && tokens.get(t).word().matches("(?i)a|an|the|who|is|was|has|had|been|now|then|also|currently|formerly|himself|herself")) {
            t++;
        }
        t = pastRankBeforeOwner(article, s, tokens, t);
        ArticleEntity of = null;
        boolean demonym = false;
        // "the acting NASA administrator": a word that qualifies the office may come before its owner (not one that
        // qualifies the person: "the retired NASA astronaut")
        String qualifierBeforeOwner = null;
        if (t + 1 < tokens.size() && tokens.get(t).word().matches("(?i)acting|interim|caretaker")
                && article.mentionAt(s, t) == null && article.mentionAt(s, t + 1) != null) {
            qualifierBeforeOwner = tokens.get(t).word();
            t++;
        }
        EntityMention owner = t < tokens.size() ? article.mentionAt(s, t) : null;
        if (owner != null && isOrgOrCountry(article.single(owner))) {
            of = article.single(owner);
            demonym = owner.kind() == EntityMention.Kind.DEMONYM;
            t = owner.tokenEnd();
            if (t < tokens.size() && tokens.get(t).word().matches("['’]s?")) {
                t++;
            }
        } else if (owner != null && article.single(owner) != null && isProject(article.single(owner))) {
            t = owner.tokenEnd(); // "SWOT project manager at CNES": the project a role works on
        } else if (owner == null && t + 1 < tokens.size() && tokens.get(t).tag().startsWith("NN")
                && tokens.get(t + 1).word().matches("['’]s")) {
            t += 2; // "the mission's commander", "the agency's chief scientist": an owner not resolved to a name
        }
        while (t < tokens.size() && tokens.get(t).word().matches("(?i)first|second|third|fourth|fifth|founding|new|current|incoming|newly-appointed|\\d+-year-old|female|male|woman")) {
            t++; // "its first chairman", "a 35-year-old engineer", "the first female astronaut": the role, not its rank in time or the person's age or sex
        }
        int begin = t;
        t = afterTitleModifiers(article, s, tokens, t);
        while (t < tokens.size() && (isTitleToken(tokens.get(t)) || tokens.get(t).word().equalsIgnoreCase("and")
                && t + 1 < tokens.size() && isTitleToken(tokens.get(t + 1)) && !startsRole(tokens, t + 1))) {
            t++;
        }
        int end = t;
        if (begin >= end || !hasTitleHead(tokens, begin, end)) {
            return null;
        }
        int complementEnd = end;
        boolean ofComplement = false;
        ArticleEntity within = null;
        while (complementEnd + 1 < tokens.size() && tokens.get(complementEnd).word().matches("(?i)of|at|for|in|to")) {
            boolean host = tokens.get(complementEnd).word().equalsIgnoreCase("to"); // "ambassador to Japan"
            int c = skipThe(tokens, complementEnd + 1);
            EntityMention m = article.mentionAt(s, c);
            if (m != null && m.tokenEnd() + 1 < tokens.size() && tokens.get(m.tokenEnd()).word().matches("['’]s?")
                    && article.mentionAt(s, m.tokenEnd() + 1) != null) {
                m = article.mentionAt(s, m.tokenEnd() + 1); // "at Turkey's Ministry of Foreign Affairs"
            }
            int board = boardEnd(tokens, c);
            if (m == null && board > c && !host && !ofComplement) {
                end = board; // "Chairman of the Board (of X)": the organisation's governing body is part of the title
                complementEnd = board;
                continue;
            }
            if (m != null && isOrgOrCountry(article.single(m))) {
                int possessedBoard = m.tokenEnd() + 1 < tokens.size() && tokens.get(m.tokenEnd()).word().matches("['’]s?")
                        ? boardEnd(tokens, m.tokenEnd() + 1) : m.tokenEnd() + 1;
                if (!host && !ofComplement && possessedBoard > m.tokenEnd() + 1) {
                    of = article.single(m); // "chair of DLR's executive board": the chair of the organisation's body
                    demonym = false;
                    ofComplement = true;
                    complementEnd = possessedBoard;
                    continue;
                }
                if (!host && ofComplement && article.single(m).isA(KG.Organization.getURI())) {
                    within = article.single(m);
                } else if (!host) {
                    of = article.single(m);
                    demonym = false;
                    ofComplement = true;
                }
                complementEnd = m.tokenEnd();
                continue;
            }
            if (m != null && !host && !ofComplement && m.tokenBegin() == c && isProject(article.single(m))) {
                // "chief designer of the Tianwen-2 probe", "commander of the Shenzhou-20 mission": the project ends the role
                complementEnd = pastKindNouns(tokens, m.tokenEnd());
                break;
            }
            if (m != null && !host && m.tokenBegin() != c && article.single(m) != null && article.single(m).isA(KG.Place.getURI())) {
                complementEnd = m.tokenEnd(); // "director of NASA's Kennedy Space Center": a place with its owner ends the role
                break;
            }
            if (m != null && !host && article.single(m) != null && article.single(m).isA(KG.Place.getURI())
                    && tokens.get(complementEnd).word().equalsIgnoreCase("of")) {
                end = m.tokenEnd(); // "Crown Prince of Dubai", "Governor of Punjab": the place is part of the title
                complementEnd = end;
                continue;
            }
            if (host || ofComplement) {
                break; // "director of the CNSA in March": what follows the organisation is not part of the title
            }
            // "Minister of Information and Communications", "Chairman of the Board": a complement that names no
            // entity is part of the title.
            // "minister of science" is a field, "investigator of the instrument" is not: a field takes no article
            boolean field = tokens.get(complementEnd).word().matches("(?i)of|for") && c == complementEnd + 1;
            int e = fieldEnd(article, s, tokens, c, field);
            if (e == c) {
                break;
            }
            end = e;
            complementEnd = e;
        }
        ArticleEntity from = null;
        if (complementEnd + 1 < tokens.size() && tokens.get(complementEnd).word().equalsIgnoreCase("from")) {
            // "a European Space Agency astronaut from the United Kingdom": where the person comes from
            int c = skipThe(tokens, complementEnd + 1);
            from = countryAt(article, s, tokens, c);
            if (from != null) {
                complementEnd = article.mentionAt(s, c).tokenEnd();
            }
        }
        boolean plural = PLURAL_TITLES.contains(tokens.get(Math.max(begin, end - 1)).word().toLowerCase(Locale.ROOT));
        List<String> titles = Titles.coordinated(tokens, begin, end);
        if (qualifierBeforeOwner != null) {
            String qualifier = qualifierBeforeOwner;
            titles = titles.stream().map(title -> qualifier + " " + title).toList();
        }
        return new RolePhrase(new Role(titles, of, demonym, plural, within, from), complementEnd);
    }

    /**
     * The end of a complement that names no entity, {@code c} when there is none: "Minister of Information and
     * Communications", "Chairman of the Board", and a field after "of" or "for" written in lower case when the
     * apposition ends with it:
     * "director of European, legal and international matters", "undersecretary of infrastructure,
     * communications and transportation".
     */
    private static int fieldEnd(AnnotatedArticle article, int s, List<CoreLabel> tokens, int c, boolean lowerCaseAllowed) {
        int e = c;
        boolean lowerCase = false;
        while (e < tokens.size() && article.mentionAt(s, e) == null && !startsRole(tokens, e) && !"DATE".equals(tokens.get(e).ner())) {
            CoreLabel token = tokens.get(e);
            String word = token.word();
            if (word.matches("\\p{Lu}.*|and|&")) {
                e++;
            } else if (lowerCaseAllowed && Character.isLowerCase(word.charAt(0)) && token.tag().matches("NNS?|JJ")) {
                lowerCase = true;
                e++;
            } else if (word.equals(",") && listGoesOn(tokens, e + 1)) {
                e++;
            } else {
                break;
            }
        }
        while (e > c && !(tokens.get(e - 1).word().matches("\\p{Lu}.*") || lowerCase && tokens.get(e - 1).tag().matches("NNS?"))) {
            e--;
        }
        if (lowerCase && e > c && !endsApposition(tokens, e)) {
            return c; // "director of research at ...": the role goes on, its field is not the whole of it
        }
        return e;
    }

    /**
     * The end of the name of an organisation's governing body from {@code t} ("board", "executive board", "board of
     * directors", "supervisory council"), {@code t} when there is none.
     */
    private static int boardEnd(List<CoreLabel> tokens, int t) {
        int u = t;
        if (u < tokens.size() && BOARD_QUALIFIERS.contains(tokens.get(u).word().toLowerCase(Locale.ROOT))) {
            u++;
        }
        if (u >= tokens.size() || !BOARD_NOUNS.contains(tokens.get(u).word().toLowerCase(Locale.ROOT))) {
            return t;
        }
        u++;
        if (u + 1 < tokens.size() && tokens.get(u).word().equalsIgnoreCase("of")
                && BOARD_MEMBERS.contains(tokens.get(u + 1).word().toLowerCase(Locale.ROOT))) {
            u += 2;
        }
        return u;
    }

    /** A comma inside a list of fields: words, then "and" before the next comma. */
    private static boolean listGoesOn(List<CoreLabel> tokens, int t) {
        for (int u = t; u < Math.min(tokens.size(), t + 4); u++) {
            String word = tokens.get(u).word();
            if (word.equals("and") || word.equals("or")) {
                return u > t;
            }
            if (!word.matches("\\p{L}+")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the title words start after the words that say what kind of one it is: "a fighter pilot", "a breast
     * cancer researcher", "a former deputy prime minister"; {@code t} itself when no title word follows them.
     */
    private static int afterTitleModifiers(AnnotatedArticle article, int s, List<CoreLabel> tokens, int t) {
        int m = t;
        while (m < tokens.size() && m < t + 3 && !isTitleToken(tokens.get(m)) && article.mentionAt(s, m) == null
                && isTitleModifier(tokens.get(m))) {
            m++;
        }
        return m > t && m < tokens.size() && isTitleToken(tokens.get(m)) ? m : t;
    }

    private static boolean isTitleModifier(CoreLabel token) {
        String word = token.word();
        if (TITLE_ADJECTIVES.contains(word.toLowerCase(Locale.ROOT))) {
            return true; // "KSA's Acting Director General": written with the capitals of the title it qualifies
        }
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || word.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        // "space agency spokesman": a word for an organisation names whose the role is, it is no part of the title
        return token.tag().matches("NNS?") && !ORGANISATION_NOUNS.contains(word);
    }

    /** "The commander is X", "The crew's pilot is X": a role named before the person it is given to. */
    private static Role roleStatedBefore(AnnotatedArticle article, int s, List<CoreLabel> tokens, int nameBegin) {
        int t = nameBegin - 1;
        if (t < 2 || !tokens.get(t).word().matches("is|was")) {
            return null;
        }
        int end = t;
        t--;
        while (t >= 0 && isTitleToken(tokens.get(t))) {
            t--;
        }
        int begin = t + 1;
        if (begin >= end || t < 0 || !hasTitleHead(tokens, begin, end)) {
            return null;
        }
        ArticleEntity of = null;
        if (tokens.get(t).word().matches("['’]s?")) {
            EntityMention owner = t > 0 ? article.mentionAt(s, t - 1) : null;
            of = owner == null ? null : article.single(owner);
            t = owner == null ? t - 2 : owner.tokenBegin() - 1; // "The crew's pilot is X": a possessor that names nothing
            if (of != null && !isOrgOrCountry(of)) {
                return null;
            }
        }
        if (t < 0 || !tokens.get(t).word().matches("(?i)the|its|their") || t > 0 && !tokens.get(t - 1).word().matches("[,;:]|``|''|\"")) {
            return null; // "the commander is X" opens its sentence or clause; "... than the commander is X" does not
        }
        return new Role(Titles.coordinated(tokens, begin, end), of, false, false);
    }

    /** "with X as pilot": a role given in a "with ... as" phrase. */
    private static Role roleWithAs(AnnotatedArticle article, int s, List<CoreLabel> tokens, EntityMention m) {
        int before = m.tokenBegin() - 1;
        int after = m.tokenEnd();
        if (before < 0 || !tokens.get(before).word().equalsIgnoreCase("with") || after + 1 >= tokens.size()
                || !tokens.get(after).word().equals("as")) {
            return null;
        }
        RolePhrase phrase = rolePhrase(article, s, tokens, after + 1);
        return phrase == null ? null : phrase.role();
    }

    /** "and President of ...": a second title with a complement of its own starts a second role. */
    private static boolean startsRole(List<CoreLabel> tokens, int t) {
        int h = t;
        while (h < tokens.size() && isTitleToken(tokens.get(h))) {
            h++;
        }
        return h > t && h < tokens.size() && tokens.get(h).word().matches("(?i)of|at|for") && t > 0
                && tokens.get(t - 1).word().equalsIgnoreCase("and");
    }

    private static boolean hasTitleHead(List<CoreLabel> tokens, int begin, int end) {
        for (int t = begin; t < end; t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if ("TITLE".equals(tokens.get(t).ner()) || Titles.OFFICE_HEADS.contains(word) || OCCUPATION_HEADS.contains(word)
                    || word.indexOf('-') > 0 && Titles.OFFICE_HEADS.contains(word.substring(word.lastIndexOf('-') + 1))) {
                return true; // "vice-director"
            }
        }
        return false;
    }

    /** Past the lower-case nouns that say what kind of project a name is: "the Tianwen-2 (sample-return) probe". */
    private static int pastKindNouns(List<CoreLabel> tokens, int t) {
        int u = t;
        while (u < tokens.size() && u < t + 2 && tokens.get(u).tag().matches("NNS?|JJ")
                && Character.isLowerCase(tokens.get(u).word().charAt(0))) {
            u++;
        }
        return u;
    }

    private static boolean isProject(ArticleEntity e) {
        return e != null && (e.isA(KG.Spacecraft.getURI()) || e.isA(KG.Mission.getURI()) || e.isA(KG.Program.getURI()));
    }

    private static boolean isOrgOrCountry(ArticleEntity e) {
        return e != null && (e.isA(KG.Organization.getURI()) || e.isA(KG.Country.getURI()));
    }
}
