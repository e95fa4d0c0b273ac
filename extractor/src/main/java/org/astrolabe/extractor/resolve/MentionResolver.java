package org.astrolabe.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.astrolabe.extractor.gazetteer.Gazetteer;
import org.astrolabe.extractor.gazetteer.GazetteerEntry;
import org.astrolabe.extractor.gazetteer.Names;
import org.astrolabe.extractor.ner.EntityTags;
import org.astrolabe.extractor.ner.KgAnnotations;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;

/**
 * Turns the NER-tagged sentences of one article into entities and mentions: gazetteer names and aliases,
 * acronyms defined in the text, short names of people, descriptions ("the firm", "the rover"), pronouns
 * and country adjectives all resolve to one article entity. Stateless and thread-safe; one call per article.
 */
public final class MentionResolver {
    /** Verbs whose object "it" is a craft: what is made, launched, carried or run. */
    private static final Set<String> CRAFT_OBJECT_VERBS = Set.of("develop", "build", "design", "manufacture", "construct", "assemble",
            "launch", "carry", "deploy", "loft", "operate", "put", "send", "place");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)\\s*['\u2019]s?\\s+(.+)$");
    private static final Pattern AGENCY_WITH_ITS_NAME = Pattern.compile(
            "^(.+?)\\s*['\u2019]s?\\s+(?i:national\\s+)?(?i:space\\s+agency),?\\s+(\\p{Lu}[\\p{L}0-9-]*(?:\\s+\\p{Lu}[\\p{L}0-9-]*)*)$");
    private static final Pattern CRAFT_WITH_ITS_NAME = Pattern.compile(
            "^(.+?)\\s*['\u2019]s?\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?i:satellite|cubesat|rover|lander|orbiter|probe|spacecraft)\\s+(\\p{Lu}[\\p{L}0-9]*(?:[- ][\\p{L}0-9]+)*)$");
    private static final Pattern PRONOUN_POSSESSIVE = Pattern.compile("^(its|their)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ORDINAL_WORDS = Set.of("first", "first-ever", "second", "third", "new", "own", "national");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "the", "for", "&", "in", "on", "at", "de");

    /** Nouns for the vehicle of a flight, which may stand for the flight itself. */
    private static final Set<String> FLIGHT_HEADS = Set.of("spacecraft", "spaceship", "craft", "capsule");
    /** Heads of descriptions that stand for the most recent entity of a class: "the firm". */
    private static final Map<String, String> NOMINAL_HEADS = Map.ofEntries(
            Map.entry("firm", KG.Company.getURI()), Map.entry("company", KG.Company.getURI()),
            Map.entry("agency", KG.SpaceAgency.getURI()), Map.entry("rover", KG.Rover.getURI()),
            Map.entry("satellite", KG.Satellite.getURI()), Map.entry("cubesat", KG.Satellite.getURI()),
            Map.entry("station", KG.SpaceStation.getURI()), Map.entry("university", KG.ResearchInstitution.getURI()),
            Map.entry("institute", KG.ResearchInstitution.getURI()), Map.entry("center", KG.ResearchInstitution.getURI()),
            Map.entry("centre", KG.ResearchInstitution.getURI()), Map.entry("probe", KG.Mission.getURI()),
            Map.entry("mission", KG.Mission.getURI()), Map.entry("spacecraft", KG.Spacecraft.getURI()),
            Map.entry("spaceship", KG.Spacecraft.getURI()), Map.entry("orbiter", KG.Spacecraft.getURI()), Map.entry("lander", KG.Spacecraft.getURI()),
            Map.entry("capsule", KG.Spacecraft.getURI()), Map.entry("launcher", KG.LaunchVehicle.getURI()),
            Map.entry("craft", KG.Spacecraft.getURI()), Map.entry("module", KG.Spacecraft.getURI()),
            Map.entry("instrument", KG.Spacecraft.getURI()), Map.entry("observatory", KG.Spacecraft.getURI()),
            Map.entry("rocket", KG.LaunchVehicle.getURI()), Map.entry("programme", KG.Program.getURI()),
            Map.entry("program", KG.Program.getURI()), Map.entry("project", KG.Program.getURI()),
            Map.entry("initiative", KG.Program.getURI()), Map.entry("organisation", KG.Organization.getURI()),
            Map.entry("commission", KG.Organization.getURI()), Map.entry("corporation", KG.Company.getURI()),
            Map.entry("organization", KG.Organization.getURI()));
    /** The words between two names of one thing: "X, also known as Y", "X (formerly Y)", "X, or Y,". */
    private static final Pattern ALIAS_CONNECTOR = Pattern.compile(
            // "the Chandrayaan-5 mission, also known as LUPEX": the kind of thing may stand between the name and the words
            "((mission|satellite|spacecraft|probe|rover|lander|rocket|programme|program|project|station|telescope) )?"
            + "(,|\\(|-lrb-) ?(also |better |previously |formerly |officially |formally )?(known as|called|named|dubbed|renamed|nicknamed)"
                    + "( as)?( the)?|(also|better|formerly|previously) known as( the)?|(,|\\(|-lrb-) ?(aka|a\\.k\\.a\\.|formerly|formally|officially|previously|or|short for|which stands for)( the)?");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that");
    /** Verbs that follow a speaker's name in reported speech: "Lin emphasised that ...". */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "added", "adds", "noted", "notes",
            "emphasised", "emphasized", "stressed", "explained", "stated", "remarked", "announced", "recalled", "insisted",
            "argued", "urged", "hailed", "praised", "welcomed", "warned", "wrote", "asked", "replied", "concluded");
    /** A rocket named by one of its flights: "PSLV-C54", "GSLV-F16" (the family, then the flight's code). */
    private static final Pattern FLIGHT_DESIGNATION = Pattern.compile("^(.+?)-([A-Z]{1,2}[0-9]{1,3})$");
    /** A short designation of a flight: letters, then its number ("Ax-3", "CH2", "SZ-21"). */
    private static final Pattern SHORT_DESIGNATION = Pattern.compile("[A-Z][A-Za-z]{0,5}-?([0-9]{1,3})[A-Z]?");
    private static final Set<String> MALE_FEMALE_PRONOUNS = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern", "Eastern",
            "Western", "Central");
    private static final Set<String> HEADLINE_FUNCTION_WORDS = Set.of("with", "from", "into", "over", "under", "about", "after",
            "than", "that", "this", "their", "between", "amid", "against", "during", "through", "upon", "onto", "toward", "towards");
    /** "the two nations", "the two agencies": the class of the pair a group noun stands for. */
    private static final Map<String, String> GROUP_NOUNS = Map.of("nations", KG.Country.getURI(), "countries", KG.Country.getURI(),
            "sides", KG.Entity.getURI(), "governments", KG.Country.getURI(), "agencies", KG.SpaceAgency.getURI(),
            "companies", KG.Company.getURI(), "firms", KG.Company.getURI(), "organisations", KG.Organization.getURI(),
            "organizations", KG.Organization.getURI(), "universities", KG.ResearchInstitution.getURI());
    private static final Set<String> TRAILING_FUNCTION_WORDS = Set.of("and", "of", "for", "the", "&", "in", "at", "on", "de");
    /** Ranks, honorifics and forms of address that precede a person's name. */
    private static final Set<String> HONORIFICS = Set.of("dr", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "dame",
            "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig", "brigadier", "capt", "captain",
            "cmdr", "commander", "adm", "admiral", "marshal", "air", "sgt", "sergeant", "retd", "engr", "engineer",
            "hon", "honourable", "honorable", "sheikh", "sheik", "president", "minister", "senator", "ambassador", "astronaut",
            "cosmonaut", "taikonaut", "chairman", "director", "secretary", "governor", "king", "queen", "prince", "princess",
            "emir", "premier", "chancellor", "ceo", "chief", "vice", "deputy", "prime", "foreign", "head");
    /** The article that opens many Arabic family names: "al-Neyadi", "El-Sayed". */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?i)(al|el)-(?=\\p{Lu})");
    /** Common words CoreNLP sometimes tags as a name on their own. */
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile("(?i)(corp|inc|ltd|co|llc|plc|gmbh|ag|s\\.a|nv|bv|pty|pvt)\\.?");
    private static final Set<String> GENERIC_WORDS = Set.of("province", "city", "state", "county", "district", "region",
            "headquarters", "union", "congress", "council", "parliament", "government", "ministry", "agency", "centre", "center",
            "institute", "university", "station", "base", "time", "utc", "gmt", "bst", "pst", "cet", "pkt",
            "capital", "republic", "kingdom", "federation", "committee", "commission", "department", "office", "board", "senate",
            "mission", "program", "programme", "project", "space");

    /** Words that name a field of work, which an organisation's name can be "in". */
    private static final Set<String> FIELD_WORDS = Set.of("technology", "technologies", "science", "sciences", "engineering",
            "research", "space", "studies", "physics", "astronomy", "astrophysics", "aeronautics", "astronautics", "education",
            "medicine", "management", "applications", "systems", "sensing", "communications", "affairs", "development",
            "innovation", "excellence", "exploration", "aerospace", "robotics", "electronics", "computing", "informatics");

    private final Gazetteer gazetteer;

    public MentionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ResolvedArticle resolve(List<CoreMap> sentences, String text) {
        ResolvedArticle article = new ResolvedArticle();
        Map<String, ArticleEntity> acronyms = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            int i = 0;
            while (i < tokens.size()) {
                String tag = tokens.get(i).ner();
                Optional<String> cls = EntityTags.classOf(tag);
                if (cls.isPresent()) {
                    int j = i + 1;
                    while (j < tokens.size() && tag.equals(tokens.get(j).ner())) {
                        j++;
                    }
                    int place = placeAfterIn(tokens, i, j, cls.get(), text);
                    if (place < 0) {
                        resolveName(article, acronyms, tokens, s, i, j, cls.get(), text);
                    } else {
                        resolveOrganisationInPlace(article, acronyms, tokens, s, i, place, j, cls.get(), text);
                    }
                    i = j;
                } else if (definesAcronym(article, acronyms, tokens, s, i, text)) {
                    i++;
                } else {
                    i = resolveReference(article, tokens, s, i, text);
                }
            }
        }
        mergeAppositions(article, sentences);
        mergeDescriptionsAfterNames(article, sentences);
        mergeAliases(article, sentences);
        mergeRocketsIntoTheirFlight(article);
        mergeEarlierShortNames(article);
        dropLoneNames(article, sentences);
        annotateTokens(article, sentences);
        return article;
    }

    /**
     * Where an organisation's tagged name runs on into its location ("the Royal Military College of Canada in
     * Kingston"), the index of the first token of the place; -1 when the name does not.
     */
    private int placeAfterIn(List<CoreLabel> tokens, int i, int j, String classIri, String text) {
        if (!ClassHierarchy.isA(classIri, KG.Organization.getURI()) || j - i < 4) {
            return -1;
        }
        for (int k = j - 2; k >= i + 2 && k >= j - 4; k--) {
            if (tokens.get(k).word().equals("in")) {
                for (int p = k + 1; p < j; p++) {
                    String word = tokens.get(p).word();
                    if (!Character.isUpperCase(word.charAt(0)) || FIELD_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                        return -1; // "Centre for Research in Space Technology": a field, not a place
                    }
                }
                String whole = text.substring(tokens.get(i).beginPosition(), tokens.get(j - 1).endPosition());
                return gazetteer.lookup(whole).isPresent() ? -1 : k + 1;
            }
        }
        return -1;
    }

    /** The organisation, the place (a city unless the gazetteer knows better) and that it is based there. */
    private void resolveOrganisationInPlace(ResolvedArticle article, Map<String, ArticleEntity> acronyms, List<CoreLabel> tokens,
                                            int s, int i, int place, int j, String classIri, String text) {
        resolveName(article, acronyms, tokens, s, i, place - 1, classIri, text);
        EntityMention organisation = article.mentions().isEmpty() ? null : article.mentions().get(article.mentions().size() - 1);
        String placeName = text.substring(tokens.get(place).beginPosition(), tokens.get(j - 1).endPosition());
        String placeClass = gazetteer.lookup(placeName).map(GazetteerEntry::type).filter(t -> t.startsWith(KG.NS)).orElse(KG.City.getURI());
        resolveName(article, acronyms, tokens, s, place, j, placeClass, text);
        EntityMention located = article.mentions().get(article.mentions().size() - 1);
        if (organisation != null && organisation != located && organisation.sentence() == s && located.tokenBegin() == place
                && organisation.entityIds().size() == 1 && located.entityIds().size() == 1 && placeClass.equals(KG.City.getURI())) {
            article.impliedFacts().add(new ResolvedArticle.ImpliedFact(organisation.entityIds().get(0), "headquarteredIn",
                    located.entityIds().get(0), s, "organisation-in-city"));
        }
    }

    private void resolveName(ResolvedArticle article, Map<String, ArticleEntity> acronyms, List<CoreLabel> tokens,
                             int s, int i, int j, String classIri, String text) {
        // Quotes and dashes CoreNLP left at the edges of a name are not part of it.
        while (i < j && !hasLetterOrDigit(tokens.get(i).word())) {
            i++;
        }
        while (j > i && !hasLetterOrDigit(tokens.get(j - 1).word())) {
            j--;
        }
        // "Korea Astronomy and": a name does not end in a function word.
        while (j > i && TRAILING_FUNCTION_WORDS.contains(tokens.get(j - 1).word().toLowerCase(Locale.ROOT))) {
            j--;
        }
        if (classIri.equals(KG.Person.getURI())) {
            for (int t = i + 1; t < j - 1; t++) {
                if (tokens.get(t).word().equals("of")) {
                    j = t; // "Oleg Konen of Roscosmos": a name does not go on with "of"
                    break;
                }
            }
            // Ranks and honorifics are not part of a person's name: "Dr Islam", "Gen. Raza Hussain".
            while (i < j - 1 && !isGivenName(tokens, i, j) && (HONORIFICS.contains(tokens.get(i).word().replace(".", "").toLowerCase(Locale.ROOT))
                    || "TITLE".equals(tokens.get(i).get(CoreAnnotations.NamedEntityTagAnnotation.class)))) {
                i++;
            }
        }
        if (i == j || (j - i == 1 && classIri.equals(KG.Place.getURI()) && COMPASS.contains(tokens.get(i).word()))) {
            return;
        }
        if (tokens.get(i).word().matches("of|on|for|in|at|and|to|with")) {
            return; // "on Science and Technology": the tail of a longer name the tagger cut in two, no name of its own
        }
        if (j - i == 1 && CORPORATE_SUFFIX.matcher(tokens.get(i).word()).matches()) {
            // "Lockheed Martin Corp.": the company's legal form belongs to the name before it, and is no name of its own
            List<EntityMention> mentions = article.mentions();
            EntityMention company = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            if (company != null && company.sentence() == s && company.tokenEnd() == i) {
                add(article, company.entityIds(), tokens, s, i, j, text, company.kind());
            }
            return;
        }
        if (j - i == 1 && GENERIC_WORDS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
            return; // "province", "headquarters", "UTC": a common word, not a name
        }
        if (j - i == 1 && HONORIFICS.contains(tokens.get(i).word().replace(".", "").toLowerCase(Locale.ROOT))) {
            return; // "Dr" on its own: a form of address without its name
        }
        if (j - i == 2 && classIri.equals(KG.Country.getURI()) && tokens.get(i).word().equalsIgnoreCase("the")) {
            i++; // "The Argentine company INVAP": the article is no part of the demonym
        }
        Optional<GazetteerEntry> demonymOf = j - i == 1 && (classIri.equals(KG.Person.getURI()) || classIri.equals(KG.Country.getURI()))
                && gazetteer.lookup(tokens.get(i).word()).isEmpty()
                ? gazetteer.countryOfDemonym(tokens.get(i).word()) : Optional.empty();
        if (demonymOf.isPresent()) {
            // "the first Emirati to ...": a nationality CoreNLP took for a name is the country's demonym
            add(article, List.of(article.fromGazetteer(demonymOf.get()).id()), tokens, s, i, j, text, EntityMention.Kind.DEMONYM);
            return;
        }
        if (j - i == 1 && tokens.get(i).word().matches("D\\.? ?C\\.?") && i >= 2 && tokens.get(i - 1).word().equals(",")
                && tokens.get(i - 2).word().equalsIgnoreCase("Washington")) {
            return; // "Washington, D.C." names one city
        }
        if (gazetteer.lookup(text.substring(tokens.get(i).beginPosition(), tokens.get(j - 1).endPosition()))
                .filter(e -> !e.type().startsWith(KG.NS)).isPresent()) {
            return; // a term such as "LEO" or "MoU": looks like a name, is not an entity
        }
        int begin = tokens.get(i).beginPosition();
        int end = tokens.get(j - 1).endPosition();
        String surface = text.substring(begin, end);
        EntityMention.Kind kind = EntityMention.Kind.NAME;
        if (isCoreNlpGuessInHeadline(tokens, i, j, surface, text)) {
            return;
        }
        if (surface.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) && gazetteer.lookup(surface).isEmpty()
                && !PRONOUN_POSSESSIVE.matcher(surface).matches() && !surface.matches("(?i)the\\b.*")) {
            return; // names are capitalised: a lower-case phrase unknown to the gazetteer is not one
        }

        // "(CMSA)" right after a name defines an acronym for it.
        EntityMention previous = article.mentions().isEmpty() ? null : article.mentions().get(article.mentions().size() - 1);
        if (previous != null && previous.sentence() == s && previous.kind() == EntityMention.Kind.NAME && i >= 1
                && isOpenParen(tokens.get(i - 1)) && previous.tokenEnd() == i - 1 && j < tokens.size() && isCloseParen(tokens.get(j))) {
            ArticleEntity defined = article.entity(previous.entityIds().get(0));
            if (defined != null && looksLikeAcronymOf(surface, defined, classIri)) {
                defined.names().add(surface);
                acronyms.put(Names.normalize(surface), defined);
                article.addMention(new EntityMention(List.of(defined.id()), s, i, j, begin, end, surface, kind));
                return;
            }
        }

        ArticleEntity entity = null;
        boolean isAgency = classIri.equals(KG.SpaceAgency.getURI());
        Matcher namedByOwner = isAgency ? AGENCY_WITH_ITS_NAME.matcher(surface)
                : (classIri.equals(KG.Satellite.getURI()) || classIri.equals(KG.Rover.getURI())) && gazetteer.lookup(surface).isEmpty()
                ? CRAFT_WITH_ITS_NAME.matcher(surface) : null;
        if (namedByOwner != null && namedByOwner.matches()) {
            // "Peru's space agency CONIDA", "Kenya's first satellite Taifa-1": the name at the end is the agency's
            // or the craft's, the country its owner.
            entity = named(article, acronyms, namedByOwner.group(2), classIri);
            entity.markNamed();
            ArticleEntity owner = ownerByName(article, namedByOwner.group(1));
            if (owner != null && isAgency) {
                article.impliedFacts().add(new ResolvedArticle.ImpliedFact(entity.id(), "country", owner.id(), s, "possessive-owner"));
            } else if (owner != null) {
                impliedOwnership(article, entity, owner, s);
            }
            article.addMention(new EntityMention(List.of(entity.id()), s, i, j, begin, end, surface, kind));
            return;
        }
        Matcher possessive = POSSESSIVE.matcher(surface);
        Matcher pronounPossessive = PRONOUN_POSSESSIVE.matcher(surface);
        boolean craft = classIri.equals(KG.Rover.getURI()) || classIri.equals(KG.Satellite.getURI());
        if (gazetteer.lookup(surface).isEmpty() && (possessive.matches() || pronounPossessive.matches())) {
            String ownerName = possessive.matches() ? possessive.group(1) : null;
            String rest = possessive.matches() ? possessive.group(2) : pronounPossessive.group(2);
            ArticleEntity owner = ownerName != null ? ownerByName(article, ownerName) : ownerByPronoun(article, s);
            if (owner != null && classIri.equals(KG.SpaceAgency.getURI()) && rest.toLowerCase(Locale.ROOT).matches("(national )?space agency")) {
                Optional<GazetteerEntry> agency = gazetteer.nationalSpaceAgency(owner.key());
                entity = agency.map(article::fromGazetteer)
                        .orElseGet(() -> article.getOrCreate(owner.key() + "-space-agency", classIri, owner.label() + "'s space agency", null));
                entity.descriptions().add(surface);
                kind = EntityMention.Kind.NOMINAL;
            } else if (owner != null && craft) {
                String kindWords = String.join(" ", java.util.Arrays.stream(rest.split("\\s+"))
                        .filter(w -> !ORDINAL_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList());
                entity = article.getOrCreate(owner.key() + "-" + Names.key(kindWords), classIri, owner.label() + "'s " + kindWords, null);
                entity.descriptions().add(rest);
                entity.descriptions().add(owner.label() + "'s " + rest);
                kind = EntityMention.Kind.NOMINAL;
            } else if (owner == null && craft) {
                return;
            } else if (owner != null) {
                entity = named(article, acronyms, surface, classIri);
            }
            if (entity != null && owner != null) {
                impliedOwnership(article, entity, owner, s);
            }
        }
        if (entity == null) {
            entity = named(article, acronyms, surface, classIri);
        }
        if (kind == EntityMention.Kind.NAME) {
            entity.markNamed();
        } else if (entity.gazetteer() != null) {
            entity.markNamed();
        }
        article.addMention(new EntityMention(List.of(entity.id()), s, i, j, begin, end, surface, kind));
    }

    private ArticleEntity named(ResolvedArticle article, Map<String, ArticleEntity> acronyms, String surface, String classIri) {
        Optional<ArticleEntity> bySurname = surnameOfAPersonNamedBefore(article, surface, classIri);
        if (bySurname.isPresent()) {
            bySurname.get().names().add(surface);
            return bySurname.get();
        }
        ArticleEntity entity;
        Optional<GazetteerEntry> known = gazetteer.lookup(surface);
        if (known.isPresent()) {
            entity = article.fromGazetteer(known.get());
        } else if (acronyms.containsKey(Names.normalize(surface))) {
            entity = acronyms.get(Names.normalize(surface));
        } else {
            entity = article.byKey(Names.key(surface))
                    .or(() -> personByPart(article, surface, classIri))
                    .or(() -> bySuffix(article, surface, classIri))
                    .or(() -> byInitials(article, surface))
                    .orElseGet(() -> article.getOrCreate(Names.key(surface), classIri, surface, null));
        }
        entity.refineClass(classIri);
        entity.names().add(surface);
        return entity;
    }

    /** The Country, City or Organization a possessor name ("Pakistan" in "Pakistan's ...") refers to. */
    private ArticleEntity ownerByName(ResolvedArticle article, String name) {
        if (name.matches("(?i)the\\b.*\\b(nation|country)")) {
            return mostMentioned(article, KG.Country.getURI());
        }
        Optional<GazetteerEntry> known = gazetteer.lookup(name);
        if (known.isPresent()) {
            return article.fromGazetteer(known.get());
        }
        return article.byKey(Names.key(name)).orElse(null);
    }

    /** "the South Asian nation": the country the article has named most often so far. */
    private static ArticleEntity mostMentioned(ResolvedArticle article, String classIri) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (EntityMention m : article.mentions()) {
            if (m.entityIds().size() == 1 && m.kind() == EntityMention.Kind.NAME) {
                ArticleEntity e = article.entity(m.entityIds().get(0));
                if (e != null && e.isA(classIri)) {
                    counts.merge(e.id(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(en -> article.entity(en.getKey())).orElse(null);
    }

    /** "its": the first country or organisation named earlier in the sentence, else the last one named before. */
    private static ArticleEntity ownerByPronoun(ResolvedArticle article, int sentence) {
        ArticleEntity lastBefore = null;
        for (EntityMention m : article.mentions()) {
            ArticleEntity e = article.entity(m.entityIds().get(0));
            if (e == null || !(e.isA(KG.Country.getURI()) || e.isA(KG.Organization.getURI()))) {
                continue;
            }
            if (m.sentence() == sentence) {
                return e;
            }
            lastBefore = e;
        }
        return lastBefore;
    }

    private static void impliedOwnership(ResolvedArticle article, ArticleEntity entity, ArticleEntity owner, int sentence) {
        if (!owner.isA(KG.Country.getURI())) {
            return;
        }
        String property = entity.isA(KG.Program.getURI()) || entity.isA(KG.Mission.getURI()) ? "operatedBy" : "country";
        article.impliedFacts().add(new ResolvedArticle.ImpliedFact(entity.id(), property, owner.id(), sentence, "possessive-owner"));
    }

    /**
     * "Noura Salem ... Salem said": once a person is named in full, the surname alone is that person, whatever
     * CoreNLP took the word for on its own (a city, an organisation). A country keeps its name ("Jordan").
     */
    private static Optional<ArticleEntity> surnameOfAPersonNamedBefore(ResolvedArticle article, String surface, String classIri) {
        if (classIri.equals(KG.Person.getURI()) || classIri.equals(KG.Country.getURI()) || surface.contains(" ")
                || surface.length() < 3 || !Character.isUpperCase(surface.charAt(0))) {
            return Optional.empty();
        }
        return theOnePerson(article, e -> {
            String[] words = e.label().split("\\s+");
            return words.length > 1 && isNamePart(words[words.length - 1], surface);
        });
    }

    /** The person named so far whose name fits, if exactly one does: of two, the words alone do not say which. */
    private static Optional<ArticleEntity> theOnePerson(ResolvedArticle article, Predicate<ArticleEntity> fits) {
        ArticleEntity found = null;
        for (ArticleEntity e : article.entities()) {
            if (e.isA(KG.Person.getURI()) && fits.test(e)) {
                if (found != null && found != e) {
                    return Optional.empty();
                }
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<ArticleEntity> personByPart(ResolvedArticle article, String surface, String classIri) {
        if (!classIri.equals(KG.Person.getURI())) {
            return Optional.empty();
        }
        return surface.contains(" ")
                ? personWithNameInside(article, surface).or(() -> personWithTheFirstWords(article, surface))
                : personWithNamePart(article, surface);
    }

    /** "Sheikh Muszaphar Shukor" after "Sheikh Muszaphar": a name of two words or more, later written in full. */
    private static Optional<ArticleEntity> personWithTheFirstWords(ResolvedArticle article, String surface) {
        return theOnePerson(article, e -> e.label().contains(" ") && surface.startsWith(e.label() + " "));
    }

    /**
     * "Sheikh Hasina": "Sheikh" opens a name the NER kept whole, and is a given name unless a patronymic follows
     * ("Sheikh Mohammed bin Rashid", where it is a form of address).
     */
    private static boolean isGivenName(List<CoreLabel> tokens, int i, int j) {
        if (!tokens.get(i).word().matches("(?i)sheikh?") || !"PERSON".equals(tokens.get(i).ner())) {
            return false;
        }
        for (int t = i + 1; t < j; t++) {
            if (tokens.get(t).word().matches("(?i)bin|bint|ibn|al|al-.*")) {
                return false;
            }
        }
        return true;
    }

    /** "Mohamed bin Zayed" after "Sheikh Mohamed bin Zayed Al Nahyan": the words of a longer name, in order. */
    private static Optional<ArticleEntity> personWithNameInside(ResolvedArticle article, String surface) {
        String inside = " " + surface + " ";
        return theOnePerson(article, e -> e.label().length() > surface.length() && (" " + e.label() + " ").contains(inside));
    }

    private static Optional<ArticleEntity> personWithNamePart(ResolvedArticle article, String part) {
        ArticleEntity found = null;
        for (ArticleEntity e : article.entities()) {
            if (e.isA(KG.Person.getURI()) && e.label().contains(" ")
                    && List.of(e.label().split("\\s+")).stream().anyMatch(word -> isNamePart(word, part))) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * A word of a full name written alone: "Al-Neyadi" and "Neyadi" after "Sultan al-Neyadi" (the article of an Arabic
     * family name is capitalised at the start of a sentence, or left out).
     */
    private static boolean isNamePart(String word, String part) {
        if (word.equals(part)) {
            return true;
        }
        boolean withArticle = ARABIC_ARTICLE.matcher(word).lookingAt();
        return withArticle && (word.equalsIgnoreCase(part) && Character.isUpperCase(part.charAt(0))
                || word.substring(word.indexOf('-') + 1).equals(part));
    }

    /**
     * "Space Center" after "Pakistan Space Center", "Action Plan" after "five-year Action Plan": a name of two
     * or more words ending another name of the same kind of organisation, programme or agreement.
     */
    private static Optional<ArticleEntity> bySuffix(ResolvedArticle article, String surface, String classIri) {
        String norm = Names.normalize(surface);
        if (!norm.contains(" ") || !(classIri.equals(KG.Agreement.getURI()) || classIri.equals(KG.Program.getURI())
                || ClassHierarchy.isA(classIri, KG.Organization.getURI()))) {
            return Optional.empty();
        }
        for (ArticleEntity e : article.entities()) {
            if (!(e.isA(classIri) || ClassHierarchy.isA(classIri, e.classIri()))) {
                continue;
            }
            for (String name : e.names()) {
                String other = Names.normalize(name);
                if (other.endsWith(" " + norm) || norm.endsWith(" " + other)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * CoreNLP's statistical NER reads Title Case Headlines as names ("Strengthen Space Cooperation"): its
     * organisations, people and places found only once, in a title-case line, and unknown to the gazetteer
     * are dropped.
     */
    private boolean isCoreNlpGuessInHeadline(List<CoreLabel> tokens, int i, int j, String surface, String text) {
        String tag = tokens.get(i).ner();
        if (!(tag.equals("ORGANIZATION") || tag.equals("PERSON") || tag.equals("LOCATION") || tag.equals("MISC"))
                || gazetteer.lookup(surface).isPresent()) {
            return false;
        }
        long contentWords = tokens.stream().filter(t -> t.word().matches("\\p{L}{4,}") && !HEADLINE_FUNCTION_WORDS.contains(t.word())).count();
        boolean lowercaseContent = tokens.stream().anyMatch(t -> t.word().matches("\\p{Ll}{4,}") && !HEADLINE_FUNCTION_WORDS.contains(t.word()));
        boolean unpunctuated = !tokens.get(tokens.size() - 1).word().matches("[.!?\"”’']+");
        boolean titleCase = contentWords >= 3 && !lowercaseContent && unpunctuated;
        return titleCase && text.indexOf(surface) == text.lastIndexOf(surface);
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** "IST" for "Institute of Space Technology" named before. */
    private static Optional<ArticleEntity> byInitials(ResolvedArticle article, String surface) {
        if (!surface.matches("[A-Z]{2,7}")) {
            return Optional.empty();
        }
        for (ArticleEntity e : article.entities()) {
            if (e.isA(KG.Organization.getURI()) || e.isA(KG.Program.getURI())) {
                for (String name : e.names()) {
                    if (initials(name).equals(surface)) {
                        return Optional.of(e);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    private static boolean looksLikeAcronymOf(String surface, ArticleEntity entity, String classIri) {
        if (isShortDesignationOf(surface, entity)) {
            return true;
        }
        if (!surface.matches("[A-Z][A-Za-z]{1,7}")) {
            return false;
        }
        // An all-capitals word in parentheses right after an organisation's name is its acronym, even when
        // it abbreviates the name in another language ("National Institute for Space Research (INPE)").
        if (surface.matches("[A-Z]{2,8}") && (entity.isA(KG.Organization.getURI()) || entity.isA(KG.Program.getURI()))) {
            return true;
        }
        if (entity.gazetteer() != null && entity.gazetteer().names().contains(surface)) {
            return true;
        }
        for (String name : entity.names()) {
            String ini = initials(name);
            if (!ini.isEmpty() && (ini.equals(surface.toUpperCase(Locale.ROOT)) || surface.toUpperCase(Locale.ROOT).startsWith(ini.substring(0, 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Axiom Mission 3 (Ax-3)": a flight's short designation in parentheses, with the first letter of the name and
     * its number.
     */
    private static boolean isShortDesignationOf(String surface, ArticleEntity entity) {
        Matcher designation = SHORT_DESIGNATION.matcher(surface);
        if (!designation.matches() || !(entity.isA(KG.Mission.getURI()) || entity.isA(KG.Spacecraft.getURI()))) {
            return false;
        }
        String label = entity.label();
        return !label.isEmpty() && Character.toUpperCase(label.charAt(0)) == surface.charAt(0)
                && Pattern.compile("\\b" + designation.group(1) + "\\b").matcher(label).find();
    }

    /** Pronouns, descriptions, demonyms and short names of people among untagged tokens; returns the next index. */
    private int resolveReference(ResolvedArticle article, List<CoreLabel> tokens, int s, int i, String text) {
        CoreLabel token = tokens.get(i);
        String word = token.word();
        String lower = word.toLowerCase(Locale.ROOT);

        if (MALE_FEMALE_PRONOUNS.contains(lower)) {
            lastMentioned(article, KG.Person.getURI()).ifPresent(e -> add(article, List.of(e.id()), tokens, s, i, i + 1, text, EntityMention.Kind.PRONOUN));
            return i + 1;
        }
        if (lower.equals("it") && (i == 0 || tokens.get(i - 1).word().matches("(?i)and|but|,|while|as|when|after"))) {
            // A sentence that opens with "It" continues the previous sentence's subject: its first entity
            // that can act (a craft, mission, programme or organisation).
            previousSubject(article, s).ifPresent(e -> add(article, List.of(e.id()), tokens, s, i, i + 1, text, EntityMention.Kind.PRONOUN));
            return i + 1;
        }
        if (lower.equals("it") && i > 0 && tokens.get(i - 1).tag().startsWith("VB") && CRAFT_OBJECT_VERBS.contains(tokens.get(i - 1).lemma())) {
            // "NanoDragon is a cubesat ... VNSC developed it", "A Falcon 9 rocket carried it": what is made, launched or
            // carried is the one craft of the sentence before or of this one
            onlyCraftBefore(article, s, i).ifPresent(e -> add(article, List.of(e.id()), tokens, s, i, i + 1, text, EntityMention.Kind.PRONOUN));
            return i + 1;
        }
        if (lower.equals("its")) {
            // "Its main passenger was X" after "A Zenit-2 booster left Baikonur": a sentence that opens with "Its"
            // continues the previous sentence's subject when that is a craft, a rocket or a mission, which never own.
            ArticleEntity owner = (i == 0 ? previousSubject(article, s).filter(MentionResolver::isCraft) : Optional.<ArticleEntity>empty())
                    .orElseGet(() -> ownerByPronoun(article, s));
            if (owner != null) {
                add(article, List.of(owner.id()), tokens, s, i, i + 1, text, EntityMention.Kind.PRONOUN);
            }
            return i + 1;
        }
        if (lower.equals("their") || lower.equals("they") && i == 0) {
            // "Pakistan and China ... their", "A and B launched on Friday. They will spend six months ..."
            List<Integer> pair = coordinatedPair(article, s);
            if (!pair.isEmpty()) {
                add(article, pair, tokens, s, i, i + 1, text, EntityMention.Kind.PRONOUN);
            }
            return i + 1;
        }
        boolean theTwo = lower.equals("the") && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("two");
        if (theTwo || lower.equals("both")) {
            // "the two agencies", "the two space agencies", "both countries": the two of the kind named last
            int noun = i + (theTwo ? 2 : 1);
            while (noun < tokens.size() && noun < i + (theTwo ? 4 : 3) && !GROUP_NOUNS.containsKey(tokens.get(noun).word().toLowerCase(Locale.ROOT))
                    && tokens.get(noun).tag().matches("JJ.*|NN|VBG") && "O".equals(tokens.get(noun).ner())) {
                noun++;
            }
            if (noun < tokens.size() && GROUP_NOUNS.containsKey(tokens.get(noun).word().toLowerCase(Locale.ROOT))) {
                List<Integer> two = lastDistinct(article, GROUP_NOUNS.get(tokens.get(noun).word().toLowerCase(Locale.ROOT)), 2);
                if (two.size() == 2) {
                    add(article, two, tokens, s, i, noun + 1, text, EntityMention.Kind.PRONOUN);
                }
                return noun + 1;
            }
        }
        if (DETERMINERS.contains(lower)) {
            // "the firm", "the lunar rover", "the government-owned company", "the 130-kilogram satellite": up to two
            // modifiers (a hyphenated one in three tokens) before a known head noun.
            for (int h = i + 1; h < Math.min(tokens.size(), i + 6); h++) {
                String head = tokens.get(h).word().toLowerCase(Locale.ROOT);
                String headClass = NOMINAL_HEADS.get(head);
                if (headClass != null && EntityTags.classOf(tokens.get(h).ner()).isEmpty()
                        && (h + 1 >= tokens.size() || EntityTags.classOf(tokens.get(h + 1).ner()).isEmpty())) {
                    int end = h + 1;
                    Optional<ArticleEntity> namedSo = lastNamedByItsKind(article, headClass, head, s);
                    if (namedSo.isEmpty() && isNewOne(tokens, i, h)) {
                        namedSo = mostNamedCraft(article, headClass);
                    } else if (namedSo.isEmpty()) {
                        namedSo = leadCraftOverAPassingOne(article, headClass, s);
                    }
                    if (namedSo.isEmpty()) {
                        namedSo = leadOrganisationOverAnEarlierOne(article, headClass, s);
                    }
                    (namedSo.isPresent() ? namedSo : FLIGHT_HEADS.contains(head) ? lastMentionedFlight(article) : lastMentioned(article, headClass)).ifPresent(e -> {
                        add(article, List.of(e.id()), tokens, s, i, end, text, EntityMention.Kind.NOMINAL);
                        if (!e.named()) {
                            e.descriptions().add(head);
                        }
                    });
                    return end;
                }
                boolean measure = tokens.get(h).tag().equals("CD") && h + 1 < tokens.size() && tokens.get(h + 1).tag().equals("HYPH");
                if (!tokens.get(h).tag().matches("JJ.*|NN|VBN|HYPH") && !measure || EntityTags.classOf(tokens.get(h).ner()).isPresent()
                        || h >= i + 3 && !hyphenatedModifierEndsAt(tokens, h)) {
                    break; // "the TRISHNA mission": a name the tagger took for a common noun is no modifier
                }
            }
            return i + 1;
        }
        boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        if (capitalised && ("NATIONALITY".equals(token.ner()) || gazetteer.countryOfDemonym(word).isPresent())) {
            Optional<GazetteerEntry> country = gazetteer.countryOfDemonym(word);
            Optional<GazetteerEntry> counterpartAgency = country.filter(c -> isCounterpartOfAnAgency(article, tokens, s, i))
                    .flatMap(c -> gazetteer.nationalSpaceAgency(c.key()));
            if (counterpartAgency.isPresent()) {
                // "Egypt's space agency signed an agreement with its Chinese counterpart": China's space agency
                ArticleEntity agency = article.fromGazetteer(counterpartAgency.get());
                agency.markNamed();
                add(article, List.of(agency.id()), tokens, s, i, i + 2, text, EntityMention.Kind.NOMINAL);
                return i + 2;
            }
            if (country.isPresent()) {
                ArticleEntity e = article.fromGazetteer(country.get());
                add(article, List.of(e.id()), tokens, s, i, i + 1, text, EntityMention.Kind.DEMONYM);
            }
            return i + 1;
        }
        if (capitalised && token.tag().startsWith("NNP")) {
            Optional<ArticleEntity> person = personWithNamePart(article, word);
            if (person.isPresent()) {
                person.get().names().add(word);
                add(article, List.of(person.get().id()), tokens, s, i, i + 1, text, EntityMention.Kind.NAME);
            }
        }
        return i + 1;
    }

    /** "its Chinese counterpart" in a sentence whose subject so far is a space agency. */
    private static boolean isCounterpartOfAnAgency(ResolvedArticle article, List<CoreLabel> tokens, int s, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i - 1).word().matches("(?i)its|their")
                || !tokens.get(i + 1).word().matches("(?i)counterparts?")) {
            return false;
        }
        return article.mentions().stream().filter(m -> m.sentence() == s && m.tokenEnd() <= i).map(m -> article.entity(m.entityIds().get(0)))
                .anyMatch(e -> e != null && e.isA(KG.SpaceAgency.getURI()));
    }

    /** The one craft or mission named earlier in sentence {@code s}, or else the one of the sentence before; none when there are several. */
    private static Optional<ArticleEntity> onlyCraftBefore(ResolvedArticle article, int s, int token) {
        for (int sentence = s; sentence >= Math.max(0, s - 1); sentence--) {
            Set<Integer> crafts = new LinkedHashSet<>();
            for (EntityMention m : article.mentions()) {
                if (m.sentence() == sentence && (sentence < s || m.tokenEnd() <= token) && m.entityIds().size() == 1) {
                    ArticleEntity e = article.entity(m.entityIds().get(0));
                    if (e != null && (e.isA(KG.Spacecraft.getURI()) || e.isA(KG.Mission.getURI()))) {
                        crafts.add(e.id());
                    }
                }
            }
            if (crafts.size() == 1) {
                return Optional.ofNullable(article.entity(crafts.iterator().next()));
            }
            if (crafts.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isCraft(ArticleEntity e) {
        return e.isA(KG.Spacecraft.getURI()) || e.isA(KG.Mission.getURI()) || e.isA(KG.LaunchVehicle.getURI());
    }

    private static Optional<ArticleEntity> previousSubject(ResolvedArticle article, int sentence) {
        for (EntityMention m : article.mentions()) {
            if (m.sentence() == sentence - 1 && m.entityIds().size() == 1) {
                ArticleEntity e = article.entity(m.entityIds().get(0));
                if (e != null && (e.isA(KG.Spacecraft.getURI()) || e.isA(KG.Mission.getURI()) || e.isA(KG.Program.getURI())
                        || e.isA(KG.Organization.getURI()) || e.isA(KG.LaunchVehicle.getURI()))) {
                    return Optional.of(e);
                }
                if (e != null && m.kind() == EntityMention.Kind.NAME) {
                    return Optional.empty(); // the sentence opens with a person or a place: "it" is something else
                }
            }
        }
        return Optional.empty();
    }

    private static void add(ResolvedArticle article, List<Integer> ids, List<CoreLabel> tokens, int s, int i, int j, String text,
                            EntityMention.Kind kind) {
        int begin = tokens.get(i).beginPosition();
        int end = tokens.get(j - 1).endPosition();
        article.addMention(new EntityMention(ids, s, i, j, begin, end, text.substring(begin, end), kind));
    }

    private static Optional<ArticleEntity> lastMentioned(ResolvedArticle article, String classIri) {
        return lastMentioned(article, e -> e.isA(classIri));
    }

    /**
     * "The European Service Module ... Airbus built the module": a description of a craft whose noun ends the name
     * of a craft named in this sentence or the two before stands for that craft, whatever came between. (Not for
     * organisations: "ESA and NASA ... the agency" is the last one named, not the one called an agency.)
     */
    private static Optional<ArticleEntity> lastNamedByItsKind(ResolvedArticle article, String classIri, String head, int sentence) {
        if (!classIri.equals(KG.Spacecraft.getURI())) {
            return Optional.empty();
        }
        List<EntityMention> mentions = article.mentions();
        for (int k = mentions.size() - 1; k >= 0 && mentions.get(k).sentence() >= sentence - 2; k--) {
            EntityMention m = mentions.get(k);
            if (m.entityIds().size() != 1 || m.kind() != EntityMention.Kind.NAME) {
                continue;
            }
            ArticleEntity e = article.entity(m.entityIds().get(0));
            if (e != null && e.isA(classIri) && e.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith(" " + head))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether token {@code t} ends or continues a hyphenated modifier: "government - owned", "state - run". */
    private static boolean hyphenatedModifierEndsAt(List<CoreLabel> tokens, int t) {
        return tokens.get(t).tag().equals("HYPH") || tokens.get(t - 1).tag().equals("HYPH");
    }

    /** "the new satellite": a description that speaks of the craft the article reports, not of the one named last. */
    private static boolean isNewOne(List<CoreLabel> tokens, int determiner, int head) {
        for (int t = determiner + 1; t < head; t++) {
            if (tokens.get(t).word().equalsIgnoreCase("new")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The rocket also deployed A and B. [...] The satellite will be operated by X": when the craft named last was
     * named only in passing, in an earlier sentence, and another has been named more often, "the satellite" is the one
     * the article is about. (In the sentence that names it, "MTG-I1, the first satellite of ..." is that craft.)
     */
    private static Optional<ArticleEntity> leadCraftOverAPassingOne(ResolvedArticle article, String classIri, int sentence) {
        Map<Integer, Integer> names = craftNameCounts(article, classIri);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Optional<ArticleEntity> last = lastMentioned(article, e -> e.isA(classIri) && !e.isA(KG.SpaceStation.getURI()));
        Optional<ArticleEntity> lead = mostNamed(article, names);
        if (last.isEmpty() || lead.isEmpty() || last.get().id() == lead.get().id()) {
            return Optional.empty();
        }
        boolean namedInThisSentence = article.mentions().stream()
                .anyMatch(m -> m.sentence() == sentence && m.entityIds().contains(last.get().id()));
        return !namedInThisSentence && names.getOrDefault(last.get().id(), 0) == 1 && names.get(lead.get().id()) >= 2
                ? lead : Optional.empty();
    }

    /**
     * "EgSA and CNSA announced ... EgSA said ... CNSA called it a landmark. [...] X, the agency's chief executive": an
     * organisation named last, but neither in this sentence nor the one before, gives way to one of its class that
     * the article has spoken of more often: the one the article is about.
     */
    private static Optional<ArticleEntity> leadOrganisationOverAnEarlierOne(ResolvedArticle article, String classIri, int sentence) {
        if (!ClassHierarchy.isA(classIri, KG.Organization.getURI())) {
            return Optional.empty();
        }
        Map<Integer, Integer> mentionCounts = new LinkedHashMap<>();
        Map<Integer, Integer> lastSentence = new HashMap<>();
        for (EntityMention m : article.mentions()) {
            ArticleEntity e = m.entityIds().size() == 1 && m.kind() != EntityMention.Kind.DEMONYM ? article.entity(m.entityIds().get(0)) : null;
            if (e != null && e.isA(classIri)) {
                mentionCounts.merge(e.id(), 1, Integer::sum);
                lastSentence.put(e.id(), m.sentence());
            }
        }
        Optional<ArticleEntity> last = lastMentioned(article, classIri);
        Optional<ArticleEntity> lead = mostNamed(article, mentionCounts);
        if (last.isEmpty() || lead.isEmpty() || last.get().id() == lead.get().id() || lastSentence.get(last.get().id()) >= sentence - 1) {
            return Optional.empty();
        }
        return mentionCounts.get(lead.get().id()) > mentionCounts.get(last.get().id()) ? lead : Optional.empty();
    }

    /** The craft of the class named most often so far (the first of them on a tie): what the article is about. */
    private static Optional<ArticleEntity> mostNamedCraft(ResolvedArticle article, String classIri) {
        return mostNamed(article, craftNameCounts(article, classIri));
    }

    private static Optional<ArticleEntity> mostNamed(ResolvedArticle article, Map<Integer, Integer> names) {
        return names.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(entry -> article.entity(entry.getKey()));
    }

    /** How often each craft of the class (a station aside) has been named so far; none for a class that is no craft. */
    private static Map<Integer, Integer> craftNameCounts(ResolvedArticle article, String classIri) {
        Map<Integer, Integer> names = new LinkedHashMap<>();
        if (!ClassHierarchy.isA(classIri, KG.Spacecraft.getURI())) {
            return names;
        }
        for (EntityMention m : article.mentions()) {
            if (m.entityIds().size() == 1 && m.kind() == EntityMention.Kind.NAME) {
                ArticleEntity e = article.entity(m.entityIds().get(0));
                if (e != null && e.isA(classIri) && !e.isA(KG.SpaceStation.getURI())) {
                    names.merge(e.id(), 1, Integer::sum);
                }
            }
        }
        return names;
    }

    /**
     * What "the spacecraft" stands for: the last craft, or the crewed flight it makes ("Russia sends Soyuz MS-22 to
     * the ISS. The spacecraft lifted off ..."), but not a station it flies to.
     */
    private static Optional<ArticleEntity> lastMentionedFlight(ResolvedArticle article) {
        return lastMentioned(article, e -> e.isA(KG.Spacecraft.getURI()) && !e.isA(KG.SpaceStation.getURI()) || e.isA(KG.Mission.getURI()));
    }

    private static Optional<ArticleEntity> lastMentioned(ResolvedArticle article, Predicate<ArticleEntity> fits) {
        List<EntityMention> mentions = article.mentions();
        for (int k = mentions.size() - 1; k >= 0; k--) {
            EntityMention m = mentions.get(k);
            if (m.entityIds().size() == 1 && m.kind() != EntityMention.Kind.DEMONYM) {
                ArticleEntity e = article.entity(m.entityIds().get(0));
                if (e != null && fits.test(e)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The last {@code count} entities of the class named; "sides" ({@code kg:Entity}) are countries or organisations. */
    private static List<Integer> lastDistinct(ResolvedArticle article, String classIri, int count) {
        List<Integer> found = new ArrayList<>();
        List<EntityMention> mentions = article.mentions();
        for (int k = mentions.size() - 1; k >= 0 && found.size() < count; k--) {
            for (int id : mentions.get(k).entityIds()) {
                ArticleEntity e = article.entity(id);
                boolean fits = e != null && (classIri.equals(KG.Entity.getURI())
                        ? e.isA(KG.Country.getURI()) || e.isA(KG.Organization.getURI()) : e.isA(classIri));
                if (fits && !found.contains(id)) {
                    found.add(id);
                }
            }
        }
        return found;
    }

    /** "Pakistan and China ... their": the last "X and Y" (or "astronaut X and cosmonaut Y") of this or the previous sentence. */
    private static List<Integer> coordinatedPair(ResolvedArticle article, int sentence) {
        List<EntityMention> mentions = article.mentions();
        for (int target = sentence; target >= Math.max(0, sentence - 1); target--) {
            for (int k = mentions.size() - 1; k > 0; k--) {
                EntityMention second = mentions.get(k);
                EntityMention first = mentions.get(k - 1);
                int gap = second.tokenBegin() - first.tokenEnd();
                if (second.sentence() == target && first.sentence() == target && gap >= 1 && gap <= 3
                        && first.entityIds().size() == 1 && second.entityIds().size() == 1
                        && !first.entityIds().equals(second.entityIds())
                        && (gap == 1 || sameClass(article, first.entityIds().get(0), second.entityIds().get(0)))) {
                    return List.of(first.entityIds().get(0), second.entityIds().get(0));
                }
            }
        }
        return List.of();
    }

    /** "NASA astronaut A and cosmonaut B": a title between two people does not part them. */
    private static boolean sameClass(ResolvedArticle article, int a, int b) {
        ArticleEntity x = article.entity(a);
        ArticleEntity y = article.entity(b);
        return x != null && y != null && x.classIri().equals(y.classIri());
    }

    /** Two entities a comma-separated pair of mentions may show to be one: the first folded into the second. */
    private record Restatement(ArticleEntity from, ArticleEntity into) {}

    /**
     * Merges the pairs of adjacent mentions, one comma (and perhaps an article: "Kenya's first satellite, the Kenya
     * Remote Sensing Satellite-1,", or a naming word: "the satellite, named X,") apart in one sentence, that
     * {@code restatement} reads as one entity named twice (null: two entities).
     */
    private static void mergeCommaPairs(ResolvedArticle article, List<CoreMap> sentences,
                                        java.util.function.BiFunction<EntityMention, EntityMention, Restatement> restatement) {
        List<EntityMention> mentions = new ArrayList<>(article.mentions());
        for (int k = 0; k + 1 < mentions.size(); k++) {
            EntityMention first = mentions.get(k);
            EntityMention second = mentions.get(k + 1);
            if (first.sentence() != second.sentence() || !commaApart(sentences.get(first.sentence()).get(CoreAnnotations.TokensAnnotation.class),
                    first.tokenEnd(), second.tokenBegin())) {
                continue;
            }
            Restatement merge = restatement.apply(first, second);
            if (merge != null) {
                article.merge(merge.from(), merge.into());
                mentions = new ArrayList<>(article.mentions());
            }
        }
    }

    /**
     * Whether only a comma, or a comma and an article or a word that gives a name ("The satellite, named Oman Lens,"),
     * lies between the two token positions.
     */
    private static boolean commaApart(List<CoreLabel> tokens, int firstEnd, int secondBegin) {
        if (firstEnd >= tokens.size() || !tokens.get(firstEnd).word().equals(",")) {
            return false;
        }
        return secondBegin == firstEnd + 1
                || secondBegin == firstEnd + 2 && tokens.get(firstEnd + 1).word().toLowerCase(Locale.ROOT).matches("the|a|an|named|called|dubbed|christened");
    }

    /** "its first lunar satellite, ICUBE-Q": the description and the name are one spacecraft. */
    private static void mergeAppositions(ResolvedArticle article, List<CoreMap> sentences) {
        mergeCommaPairs(article, sentences, (description, name) -> {
            if (description.kind() != EntityMention.Kind.NOMINAL || name.kind() != EntityMention.Kind.NAME) {
                return null;
            }
            ArticleEntity from = article.entity(description.entityIds().get(0));
            ArticleEntity into = article.entity(name.entityIds().get(0));
            return from != null && into != null && from.classIri().equals(into.classIri()) && !from.named()
                    ? new Restatement(from, into) : null;
        });
    }

    /**
     * "Bangabandhu Satellite-1, Bangladesh's first communications satellite, was launched": a description set
     * off by commas right after a name restates it, so the description's entity is the named one.
     */
    private static void mergeDescriptionsAfterNames(ResolvedArticle article, List<CoreMap> sentences) {
        mergeCommaPairs(article, sentences, (name, description) -> {
            if (name.kind() != EntityMention.Kind.NAME || description.kind() != EntityMention.Kind.NOMINAL
                    || name.entityIds().size() != 1 || description.entityIds().size() != 1) {
                return null;
            }
            List<CoreLabel> tokens = sentences.get(name.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            boolean closed = description.tokenEnd() >= tokens.size() || tokens.get(description.tokenEnd()).word().matches("[,;:.]");
            ArticleEntity into = article.entity(name.entityIds().get(0));
            ArticleEntity from = article.entity(description.entityIds().get(0));
            return closed && from != null && into != null && !from.named() && from.id() != into.id()
                    && (into.isA(from.classIri()) || from.isA(into.classIri())) ? new Restatement(from, into) : null;
        });
    }

    /**
     * "PSLV-C54" names one flight of the PSLV: where an article names one flight of a rocket, the rocket's own
     * name ("the Polar Satellite Launch Vehicle") stands for that flight.
     */
    private static void mergeRocketsIntoTheirFlight(ResolvedArticle article) {
        Map<String, List<ArticleEntity>> flightsOfFamily = new HashMap<>();
        for (ArticleEntity e : article.entities()) {
            Matcher flight = FLIGHT_DESIGNATION.matcher(e.label());
            if (e.isA(KG.LaunchVehicle.getURI()) && flight.matches()) {
                flightsOfFamily.computeIfAbsent(Names.normalize(flight.group(1)), k -> new ArrayList<>()).add(e);
            }
        }
        for (ArticleEntity rocket : List.copyOf(article.entities())) {
            if (!rocket.isA(KG.LaunchVehicle.getURI()) || FLIGHT_DESIGNATION.matcher(rocket.label()).matches()) {
                continue;
            }
            Set<String> names = new HashSet<>(rocket.names());
            names.add(rocket.label());
            if (rocket.gazetteer() != null) {
                names.addAll(rocket.gazetteer().names());
            }
            List<ArticleEntity> flights = names.stream().map(Names::normalize).map(flightsOfFamily::get)
                    .filter(java.util.Objects::nonNull).flatMap(List::stream).distinct().toList();
            if (flights.size() == 1) {
                article.merge(rocket, flights.get(0));
            }
        }
    }

    /**
     * "EOS-06, also known as Oceansat-3", "the Earth Cloud Aerosol and Radiation Explorer, or EarthCARE,",
     * "X, formerly Y": two names of one thing, side by side, with words that say so between them.
     */
    private static void mergeAliases(ResolvedArticle article, List<CoreMap> sentences) {
        List<EntityMention> mentions = new ArrayList<>(article.mentions());
        for (int k = 0; k + 1 < mentions.size(); k++) {
            EntityMention first = mentions.get(k);
            EntityMention second = mentions.get(k + 1);
            if (first.kind() != EntityMention.Kind.NAME || second.kind() != EntityMention.Kind.NAME
                    || first.sentence() != second.sentence() || first.entityIds().size() != 1 || second.entityIds().size() != 1) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(first.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            StringBuilder between = new StringBuilder();
            for (int t = first.tokenEnd(); t < second.tokenBegin(); t++) {
                between.append(tokens.get(t).word().toLowerCase(Locale.ROOT)).append(' ');
            }
            ArticleEntity a = article.entity(first.entityIds().get(0));
            ArticleEntity b = article.entity(second.entityIds().get(0));
            if (a == null || b == null || a.id() == b.id() || !ALIAS_CONNECTOR.matcher(between.toString().trim()).matches()
                    || a.isA(KG.Person.getURI()) || a.isA(KG.Country.getURI())
                    || !(a.isA(b.classIri()) || b.isA(a.classIri()))) {
                continue;
            }
            boolean closed = second.tokenEnd() >= tokens.size() || tokens.get(second.tokenEnd()).word().matches("[,;:.)]|-RRB-");
            if (between.toString().trim().matches(", or") && !closed) {
                continue; // "X, or Y" only as an aside: "the Explorer, or EarthCARE, rode"
            }
            if (a.gazetteer() != null && b.gazetteer() != null) {
                continue;
            }
            if (a.gazetteer() == null) {
                article.merge(a, b);
            } else {
                article.merge(b, a);
            }
            mentions = new ArrayList<>(article.mentions());
        }
    }

    /**
     * "Jaishankar hails ..." in a headline, "S Jaishankar" in the body: a one-word person name used before the
     * full name is the same person when exactly one full name of the article contains that word.
     */
    private static void mergeEarlierShortNames(ResolvedArticle article) {
        for (ArticleEntity shortName : List.copyOf(article.entities())) {
            if (!shortName.isA(KG.Person.getURI()) || shortName.gazetteer() != null || shortName.label().contains(" ")) {
                continue;
            }
            ArticleEntity full = null;
            int candidates = 0;
            for (ArticleEntity e : article.entities()) {
                if (e != shortName && e.isA(KG.Person.getURI()) && e.label().contains(" ")
                        && List.of(e.label().split("\\s+")).contains(shortName.label())) {
                    full = e;
                    candidates++;
                }
            }
            if (candidates == 1) {
                article.merge(shortName, full);
            }
        }
    }

    /**
     * News introduces a person by their full name: a single word taken for a person that no full name of the
     * article explains ("two mannequins, called Helga and Zohar", "Rice has been grown") is not kept as one,
     * unless the article uses it as people are named once introduced: as a speaker ("Lin emphasised that ...")
     * or after a title ("Dr Lin").
     */
    private static void dropLoneNames(ResolvedArticle article, List<CoreMap> sentences) {
        for (ArticleEntity e : List.copyOf(article.entities())) {
            if (e.isA(KG.Person.getURI()) && e.gazetteer() == null && !e.label().contains(" ")
                    && e.names().stream().allMatch(n -> n.trim().split("\\s+").length == 1)
                    && article.mentions().stream().filter(m -> m.entityIds().contains(e.id())).noneMatch(m -> namedAsAPerson(m, sentences))) {
                article.drop(e);
            }
        }
    }

    private static boolean namedAsAPerson(EntityMention m, List<CoreMap> sentences) {
        List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
        boolean speaker = m.tokenEnd() < tokens.size() && SPEECH_VERBS.contains(tokens.get(m.tokenEnd()).word().toLowerCase(Locale.ROOT));
        boolean titled = m.tokenBegin() > 0 && ("TITLE".equals(tokens.get(m.tokenBegin() - 1).ner())
                || HONORIFICS.contains(tokens.get(m.tokenBegin() - 1).word().replace(".", "").toLowerCase(Locale.ROOT)));
        return speaker || titled;
    }

    private static void annotateTokens(ResolvedArticle article, List<CoreMap> sentences) {
        for (CoreMap sentence : sentences) {
            for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                token.set(KgAnnotations.KgClassAnnotation.class, "-");
            }
        }
        for (EntityMention m : article.mentions()) {
            ArticleEntity e = article.entity(m.entityIds().get(0));
            if (e == null) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
                tokens.get(t).set(KgAnnotations.KgClassAnnotation.class, e.classLocalName());
                tokens.get(t).set(KgAnnotations.EntityIdsAnnotation.class, m.entityIds());
            }
        }
    }

    /** An untagged "(IST)" right after a name: an acronym the text defines. */
    private static boolean definesAcronym(ResolvedArticle article, Map<String, ArticleEntity> acronyms, List<CoreLabel> tokens,
                                          int s, int i, String text) {
        if (article.mentions().isEmpty() || i < 1 || i + 1 >= tokens.size() || !isOpenParen(tokens.get(i - 1))
                || !isCloseParen(tokens.get(i + 1))) {
            return false;
        }
        EntityMention previous = article.mentions().get(article.mentions().size() - 1);
        String word = tokens.get(i).word();
        if (previous.sentence() != s || previous.tokenEnd() != i - 1 || previous.kind() != EntityMention.Kind.NAME) {
            return false;
        }
        ArticleEntity defined = article.entity(previous.entityIds().get(0));
        if (defined == null || !looksLikeAcronymOf(word, defined, defined.classIri())) {
            return false;
        }
        defined.names().add(word);
        acronyms.put(Names.normalize(word), defined);
        add(article, List.of(defined.id()), tokens, s, i, i + 1, text, EntityMention.Kind.NAME);
        return true;
    }

    private static boolean isOpenParen(CoreLabel t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    private static boolean isCloseParen(CoreLabel t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }
}
