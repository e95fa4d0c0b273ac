package org.astrolabe.extractor.relations;

import static org.astrolabe.extractor.relations.AnnotatedArticle.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import org.apache.jena.graph.Node;
import org.astrolabe.extractor.gazetteer.Names;
import org.astrolabe.extractor.ner.EntityTags;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.rules.DateLiterals;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.ontology.KG;

/**
 * Launches as events: a sentence that reports a launch ("lifted off", "was launched", "the launch of",
 * "put into orbit", "reached orbit") names what flew (spacecraft and missions), what carried it (launch vehicles), where from
 * (the places after "from"/"at", and launch sites by name) and when (the sentence's date). Every craft of
 * the sentence gets the vehicle, site and date, whatever the voice or order of the sentence. A launch
 * sentence that names no craft ("The rocket lifted off from ...") continues the previous sentence's, and one
 * that reports a launch of a craft it does not name yet ("China launched a new satellite from Jiuquan on
 * Tuesday") gives its site and date to the craft the next sentence launches ("The satellite, Yaogan-45, was
 * launched by a Long March-2D").
 */
public final class LaunchEvents implements RelationStage {
    private static final Set<String> TRIGGER_LEMMAS = Set.of("launch", "lift", "liftoff", "lift-off", "blast", "loft",
            "rocket", "relaunch");
    /** Verbs of a mission or agency that puts something on a rocket: "will send a rover ... aboard an H3 rocket". */
    private static final Set<String> SENDING_LEMMAS = Set.of("send", "deliver", "take");
    /** How far (in tokens) after a sending verb the rocket may be named. */
    private static final int MAX_SENT_WORDS = 14;
    private static final Set<String> ORBIT_VERBS = Set.of("put", "place", "send", "insert", "deploy", "inject", "carry", "ride");
    private static final Set<String> CONTINUING_SUBJECTS = Set.of("it", "rocket", "launch", "launcher", "liftoff", "lift-off",
            "satellite", "spacecraft", "spaceship", "probe", "mission", "vehicle", "booster", "flight");
    /** Verbs that report what the subject after them says: "The agency said the rocket lifted off at 9 a.m.". */
    private static final Set<String> SPEECH_LEMMAS = Set.of("say", "announce", "add", "confirm", "report", "state", "tell");
    /** Nouns after a rocket's or mission's name that may stand between it and "left": "the Zenit-2 booster left". */
    private static final Set<String> FLIGHT_NOUNS = Set.of("rocket", "booster", "launcher", "vehicle", "mission", "flight");
    /** Words that put a craft on a vehicle without reporting the launch: "aboard a Falcon 9", "the rocket also carried X". */
    private static final Set<String> CARRIED_LEMMAS = Set.of("aboard", "atop", "ride", "onboard", "carry", "passenger");
    /** What a rocket does with its payloads once in orbit: "released", "deployed", "separated". */
    private static final Set<String> RELEASE_LEMMAS = Set.of("release", "deploy", "separate", "eject");
    private static final Set<String> UNNAMED_CRAFT = Set.of("satellite", "satellites", "probe", "spacecraft", "spaceship", "orbiter", "lander",
            "cubesat", "cubesats", "nanosatellite", "microsatellite", "rover", "capsule");
    private static final Set<String> PLURAL_CRAFT = Set.of("satellites", "nanosatellites", "microsatellites", "cubesats",
            "smallsats", "payloads", "spacecraft", "probes");
    /** How far (in tokens) from the launch word a place named only by "from"/"at" may be. */
    private static final int MAX_SITE_DISTANCE = 15;
    /** Words between "which" and the launch word of a relative clause: "which was also successfully launched". */
    private static final Set<String> RELATIVE_CLAUSE_FILLER = Set.of("was", "were", "is", "are", "has", "have", "had", "been", "be", "will",
            "also", "successfully", "first", "later", "then", "originally", "itself");
    private static final String DISTANCE_WORDS = "kilometres|kilometers|km|miles|metres|meters|away|far";
    private static final Set<String> SITE_PREPOSITIONS = Set.of("from", "at");
    /** Nouns that "launch" modifies when it names the trade rather than a launch ("launch contract", "launch services"). */
    private static final Pattern LAUNCH_TRADE_WORDS = Pattern.compile("contracts?|deals?|agreements?|services?|providers?|market"
            + "|business|industry|compan(y|ies)|firms?|costs?|prices?|orders?|customers?|capabilit(y|ies)");
    /** Words that name a launch site in its name (a cosmodrome, a pad, a range), {@code |}-separated. */
    static final String SITE_WORD_LIST = "cosmodrome|spaceport|launch|pad|complex|space force|air force|range";
    private static final String SITE_WORDS = "(?i).*\\b(" + SITE_WORD_LIST + ")\\b.*";
    /** Nouns for a launch site the text does not name ("its launch site", "Europe's spaceport"), {@code |}-separated. */
    private static final String UNNAMED_SITE_NOUNS = "site|spaceport|cosmodrome|pad|complex|base|range|centre|center";

    @Override
    public String name() {
        return "launch-event";
    }

    @Override
    public List<RawFact> extract(AnnotatedArticle article) {
        List<RawFact> facts = new ArrayList<>();
        List<Integer> previousCraft = List.of();
        List<Integer> flightVehicles = List.of();
        UnnamedLaunch unnamed = null;
        UnnamedLaunch byUnnamedRocket = null;
        for (int s = 0; s < article.sentences().size(); s++) {
            List<CoreLabel> tokens = article.tokens(s);
            List<EntityMention> mentions = article.mentionsIn(s);
            List<Integer> craft = new ArrayList<>();
            List<Integer> vehicles = new ArrayList<>();
            List<Integer> sites = new ArrayList<>();
            int trigger = launchTrigger(tokens);
            for (EntityMention m : mentions) {
                ArticleEntity e = article.single(m);
                if (e == null) {
                    continue;
                }
                if (isLaunched(e) && !afterDestinationPreposition(tokens, m)) {
                    addOnce(craft, e.id());
                } else if (e.isA(KG.LaunchVehicle.getURI())) {
                    addOnce(vehicles, e.id());
                } else if (isSite(e, m, tokens, trigger)) {
                    addOnce(sites, e.id());
                }
            }
            List<Integer> earlierFlight = flightVehicles;
            vehicles.removeIf(v -> isFamilyOfAnother(article, v, vehicles) || isFamilyOfAnother(article, v, earlierFlight));
            boolean launch = trigger >= 0;
            if (!launch && !(vehicles.isEmpty() || craft.isEmpty()) && (carriedBy(tokens) || releasedInOrbit(tokens))) {
                List<Integer> carriedFrom = sitesAfterFrom(article, s, tokens, mentions, sites);
                for (int c : craft) {
                    for (int v : vehicles) {
                        facts.add(RawFact.relation(c, "launchVehicle", v, s, "rule:" + name(), 0.75));
                    }
                    // "The satellite was carried by a Falcon 9 rocket from Vandenberg": where the carrying began
                    for (int site : carriedFrom) {
                        facts.add(RawFact.relation(c, "launchSite", site, s, "rule:" + name(), 0.65));
                    }
                }
                if (unnamed != null && s - unnamed.sentence() <= UnnamedLaunch.REACH && craft.size() == 1) {
                    // "Kenya launched its first Earth observation satellite on Saturday. Taifa-1 was carried into orbit
                    // by a Falcon 9": the craft now named is the one launched
                    facts.addAll(unnamed.given(craft.get(0), !carriedFrom.isEmpty(), false, "rule:" + name()));
                    unnamed = null;
                }
            }
            if (!launch && vehicles.isEmpty() && !craft.isEmpty() && (opensWithTheCraftOfTheLaunch(tokens) || releasedInOrbit(tokens)
                    || rodeAlong(tokens))) {
                // "The PSLV lifted off with nine satellites. [...] The nanosatellites, which included A and B, were
                // then dropped off": the craft of a later sentence about the payloads rode the flight reported last.
                for (int c : craft) {
                    for (int v : flightVehicles) {
                        facts.add(RawFact.relation(c, "launchVehicle", v, s, "rule:" + name(), 0.55));
                    }
                }
            }
            if (launch && !vehicles.isEmpty()) {
                flightVehicles = vehicles;
            } else if (!vehicles.isEmpty() && !flightVehicles.containsAll(vehicles)) {
                flightVehicles = List.of(); // another rocket is being talked about
            }
            if (!launch) {
                if (unnamed != null && s - unnamed.sentence() <= UnnamedLaunch.REACH && craft.size() == 1 && continuesPrevious(tokens)) {
                    // "The satellite was launched from Xichang on Tuesday. It is Pakistan's second remote sensing satellite, PRSS-2."
                    facts.addAll(unnamed.given(craft.get(0), false, false, "rule:" + name()));
                    unnamed = null;
                }
                previousCraft = craft.isEmpty() ? previousCraft : craft;
                continue;
            }
            double confidence = 0.75;
            if (craft.size() > 1) {
                // "X, scheduled for launch on August 14, will take the place of Y": the craft replaced is not the one launched
                List<Integer> replaced = replacedAfterTheLaunchWord(article, s, tokens, mentions, trigger);
                if (replaced.size() < craft.size()) {
                    craft.removeAll(replaced);
                }
            }
            Integer antecedent = craftBeforeRelativeClause(article, s, tokens, trigger);
            if (antecedent != null) {
                craft = new ArrayList<>(List.of(antecedent)); // "A succeeds B, which was launched in 2007": B's launch
            }
            if (craft.isEmpty() && continuesPrevious(tokens) && !saysAnotherCraft(tokens)) {
                // (not "This launch shows what we can do, and we plan to launch a third satellite in 2027")
                craft = new ArrayList<>(previousCraft);
                confidence = 0.6;
            }
            Optional<Node> date = launchDate(tokens, trigger);
            if (!vehicles.isEmpty() && date.isEmpty() && sites.isEmpty() && byUnnamedRocket != null
                    && s - byUnnamedRocket.sentence() <= UnnamedLaunch.REACH + 1) {
                // "An Indian rocket put X in orbit on Monday after lifting off from Sriharikota. ISRO launched the
                // PSLV-C30 at 10 a.m.": the rocket now named made that launch
                date = byUnnamedRocket.date();
                sites = new ArrayList<>(byUnnamedRocket.sites());
                confidence = 0.6;
            }
            byUnnamedRocket = vehicles.isEmpty() && (date.isPresent() || !sites.isEmpty()) ? new UnnamedLaunch(s, sites, date) : null;
            if (craft.isEmpty()) {
                unnamed = (sites.isEmpty() && date.isEmpty()) || !(saysACraftWithoutItsName(tokens, previousCraft.isEmpty()) || vehicles.isEmpty() && opensWithTheLaunch(tokens))
                        ? null : new UnnamedLaunch(s, sites, date);
            } else if (unnamed != null && s - unnamed.sentence() <= UnnamedLaunch.REACH) {
                for (int c : craft) {
                    facts.addAll(unnamed.given(c, !sites.isEmpty(), date.isPresent(), "rule:" + name()));
                }
                unnamed = null;
            }
            for (int v : vehicles) {
                // The flight's own site and date: SharedLaunches gives them to every craft the vehicle carried.
                for (int site : sites) {
                    facts.add(RawFact.relation(v, "launchSite", site, s, "rule:" + name(), confidence - 0.05));
                }
                if (date.isPresent()) {
                    facts.add(RawFact.literal(v, "launchDate", date.get(), s, "rule:" + name(), 0.7));
                }
            }
            for (int c : craft) {
                for (int v : vehicles) {
                    facts.add(RawFact.relation(c, "launchVehicle", v, s, "rule:" + name(), confidence));
                }
                for (int site : sites) {
                    facts.add(RawFact.relation(c, "launchSite", site, s, "rule:" + name(), confidence - 0.05));
                }
                Optional<Node> own = craft.size() > 1 ? dateRightAfter(article, s, tokens, c) : Optional.empty();
                if (own.isPresent() || date.isPresent()) {
                    facts.add(RawFact.literal(c, "launchDate", own.orElseGet(date::get), s, "rule:" + name(), confidence - 0.05));
                }
            }
            previousCraft = craft.isEmpty() ? previousCraft : craft;
        }
        return facts;
    }

    /**
     * The craft a relative clause with the launch word is said of ("The new satellite joins SAOCOM 1A, which was
     * launched in 2018"), or null when the launch word is in no such clause.
     */
    private static Integer craftBeforeRelativeClause(AnnotatedArticle article, int s, List<CoreLabel> tokens, int trigger) {
        int t = trigger - 1;
        while (t > 0 && RELATIVE_CLAUSE_FILLER.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
            t--;
        }
        EntityMention launcher = t > 0 ? article.mentionAt(s, t) : null;
        if (launcher != null && article.single(launcher) != null && !isLaunched(article.single(launcher))) {
            t = launcher.tokenBegin() - 1; // "B, which China launched in 2007": the relative clause's own subject
            while (t > 0 && RELATIVE_CLAUSE_FILLER.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                t--;
            }
        }
        if (t < 2 || !tokens.get(t).word().matches("(?i)which|that") || !tokens.get(t - 1).word().equals(",")) {
            return null;
        }
        int named = t - 2;
        if (named > 0 && UNNAMED_CRAFT.contains(tokens.get(named).word().toLowerCase(Locale.ROOT))) {
            named--; // "the Kestrel-2 satellite, which was launched in 2007"
        }
        EntityMention m = article.mentionAt(s, named);
        ArticleEntity e = m == null ? null : article.single(m);
        return e != null && isLaunched(e) ? e.id() : null;
    }

    /** The craft named after the launch word as what another craft replaces or succeeds ("will take the place of Y"). */
    private static List<Integer> replacedAfterTheLaunchWord(AnnotatedArticle article, int s, List<CoreLabel> tokens, List<EntityMention> mentions,
                                                            int trigger) {
        List<Integer> replaced = new ArrayList<>();
        for (EntityMention m : mentions) {
            ArticleEntity e = article.single(m);
            if (e == null || !isLaunched(e) || m.tokenBegin() <= trigger) {
                continue;
            }
            for (int t = m.tokenBegin() - 1; t > trigger && t >= m.tokenBegin() - 10; t--) {
                if (article.mentionAt(s, t) != null && isLaunched(article.single(article.mentionAt(s, t)))) {
                    break;
                }
                String lemma = AnnotatedArticle.lemma(tokens.get(t));
                boolean placeOf = lemma.equals("place") && t + 1 < tokens.size() && tokens.get(t + 1).word().equalsIgnoreCase("of");
                if (placeOf || lemma.matches("replace|succeed|successor|predecessor|supersede")) {
                    replaced.add(e.id());
                    break;
                }
            }
        }
        return replaced;
    }

    /** What a launch puts in space: a craft other than a station, or a mission. */
    private static boolean isLaunched(ArticleEntity e) {
        return e.isA(KG.Spacecraft.getURI()) && !e.isA(KG.SpaceStation.getURI()) || e.isA(KG.Mission.getURI());
    }

    /** Where and when a launch of a craft not yet named took place, and in which sentence it was reported. */
    private record UnnamedLaunch(int sentence, List<Integer> sites, Optional<Node> date) {
        /** How many sentences later the craft must be named to be the one launched. */
        static final int REACH = 1;

        /** The site and date of this launch for the craft later named, but for those its own sentence gives. */
        List<RawFact> given(int craft, boolean hasOwnSite, boolean hasOwnDate, String extractor) {
            List<RawFact> facts = new ArrayList<>();
            if (!hasOwnSite) {
                for (int site : sites) {
                    facts.add(RawFact.relation(craft, "launchSite", site, sentence, extractor, 0.6));
                }
            }
            if (!hasOwnDate && date.isPresent()) {
                facts.add(RawFact.literal(craft, "launchDate", date.get(), sentence, extractor, 0.6));
            }
            return facts;
        }
    }

    /**
     * "It carried X, and the flight was the 499th for the Long March family": a rocket family named beside one
     * of its members ("Long March 2C") is not what carried the craft.
     */
    private static boolean isFamilyOfAnother(AnnotatedArticle article, int vehicle, List<Integer> vehicles) {
        String family = Names.normalize(article.resolved().entity(vehicle).label());
        return vehicles.stream().filter(v -> v != vehicle)
                .map(v -> Names.normalize(article.resolved().entity(v).label()))
                .anyMatch(member -> member.startsWith(family + " ") && member.length() > family.length() + 1
                        && Character.isDigit(member.charAt(family.length() + 1)));
    }

    /** "Liftoff occurred at 10:15 from Sriharikota", "The launch took place at Jiuquan": a launch told before what it carried. */
    private static boolean opensWithTheLaunch(List<CoreLabel> tokens) {
        int t = 0;
        if (t < tokens.size() && tokens.get(t).word().equalsIgnoreCase("the")) {
            t++;
        }
        return t < tokens.size() && tokens.get(t).word().matches("(?i)lift-?off|launch|blast-?off");
    }

    /** The sites of the sentence named right after "from". */
    private static List<Integer> sitesAfterFrom(AnnotatedArticle article, int s, List<CoreLabel> tokens, List<EntityMention> mentions,
                                                List<Integer> sites) {
        List<Integer> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            ArticleEntity e = article.single(m);
            int before = m.tokenBegin() - 1;
            if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
                before--;
            }
            if (e != null && sites.contains(e.id()) && before >= 0 && tokens.get(before).word().equalsIgnoreCase("from")) {
                out.add(e.id());
            }
        }
        return out;
    }

    /**
     * "launched a new remote sensing satellite", "put two satellites into orbit": a craft the sentence does not
     * name; "the satellite" too when no craft was named before it (an article that names its satellite later).
     */
    private static boolean saysACraftWithoutItsName(List<CoreLabel> tokens, boolean noCraftBefore) {
        // "a new satellite", "its first Earth observation satellite", "the satellite" when none was named
        String determiners = "(?i)a|an|new|first|another|two|three|four|five|six|seven|eight|nine|ten|\\d+" + (noCraftBefore ? "|the|its|their" : "");
        return craftNounAfter(tokens, determiners, 5, "JJ.*|NN|NNP|VBG|VBN|HYPH|CD");
    }

    /** "a third satellite", "another probe": an indefinite craft is not the one the article named before. */
    private static boolean saysAnotherCraft(List<CoreLabel> tokens) {
        return craftNounAfter(tokens, "(?i)a|an|another", 4, "JJ.*|NN|VBG|VBN|HYPH|CD");
    }

    /**
     * Whether a craft noun the NER left untagged ("satellite", "probe") comes within {@code reach} tokens after a word
     * matching {@code determiners}, with only words of {@code modifierTags} between.
     */
    private static boolean craftNounAfter(List<CoreLabel> tokens, String determiners, int reach, String modifierTags) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!UNNAMED_CRAFT.contains(tokens.get(t).word().toLowerCase(Locale.ROOT)) || !"O".equals(tokens.get(t).ner())) {
                continue;
            }
            for (int d = t - 1; d >= Math.max(0, t - reach); d--) {
                if (tokens.get(d).word().matches(determiners)) {
                    return true;
                }
                if (!tokens.get(d).tag().matches(modifierTags)) {
                    break;
                }
            }
        }
        return false;
    }

    /** "were then dropped off in different orbits", "released two satellites into lower orbits": the rocket letting its payloads go. */
    private static boolean releasedInOrbit(List<CoreLabel> tokens) {
        if (tokens.stream().noneMatch(t -> lemma(t).equals("orbit"))) {
            return false; // "released the images": what is let go in orbit is said to be
        }
        for (int t = 0; t < tokens.size(); t++) {
            String lemma = lemma(tokens.get(t));
            if (tokens.get(t).tag().startsWith("VB") && (RELEASE_LEMMAS.contains(lemma)
                    || lemma.equals("drop") && t + 1 < tokens.size() && tokens.get(t + 1).word().equalsIgnoreCase("off"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X flew as a piggyback load", "Y rode along as a secondary payload", "Z shared the ride", "X flew alongside
     * Y": a craft that went up with the flight just reported, on its rocket.
     */
    private static boolean rodeAlong(List<CoreLabel> tokens) {
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            String next = t + 1 < tokens.size() ? tokens.get(t + 1).word().toLowerCase(Locale.ROOT) : "";
            String afterNext = t + 2 < tokens.size() ? tokens.get(t + 2).word().toLowerCase(Locale.ROOT) : "";
            if (word.matches("piggy-?back|ride-?share|hitchhiker")
                    || lemma(tokens.get(t)).equals("ride") && next.equals("along")
                    || lemma(tokens.get(t)).matches("fly|go|ride|travel") && next.equals("alongside")
                    || lemma(tokens.get(t)).equals("share") && next.equals("the") && afterNext.matches("ride|launch|flight")
                    || word.matches("secondary|auxiliary|additional") && next.matches("payloads?|passengers?")) {
                return true;
            }
        }
        return false;
    }

    /** "The satellites ...", "These small payloads ...": a sentence about the craft a launch just carried. */
    private static boolean opensWithTheCraftOfTheLaunch(List<CoreLabel> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).word().matches("(?i)the|these|those|all|both")) {
            return false;
        }
        for (int t = 1; t < Math.min(tokens.size(), 5); t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (PLURAL_CRAFT.contains(word)) {
                return true;
            }
            if (!tokens.get(t).tag().matches("JJ.*|CD|NN|VBN|HYPH")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The index of the word that reports a launch (a launch verb or noun, or "orbit"/"space" after a craft
     * was put, sent or placed into it), or -1.
     */
    static int launchTrigger(List<CoreLabel> tokens) {
        boolean orbitVerb = false;
        for (int t = 0; t < tokens.size(); t++) {
            String lemma = lemma(tokens.get(t));
            if (EntityTags.classOf(tokens.get(t).ner()).isPresent()) {
                continue; // "Launch" in "Wenchang Spacecraft Launch Site" names a place, it reports nothing
            }
            if (TRIGGER_LEMMAS.contains(lemma) && !(lemma.equals("rocket") && tokens.get(t).tag().startsWith("NN"))
                    && !namesTheLaunchTrade(tokens, t)) {
                return t;
            }
            if (lemma.equals("take") && t + 1 < tokens.size() && tokens.get(t + 1).word().equalsIgnoreCase("off")) {
                return t;
            }
            if (lemma.equals("go") && tokens.get(t).tag().startsWith("VB") && t + 1 < tokens.size() && tokens.get(t + 1).word().equalsIgnoreCase("up")
                    && (t + 2 >= tokens.size() || !tokens.get(t + 2).word().matches("(?i)to|by|from|against|for"))) {
                return t; // "EO-1, which went up in January" (not "prices went up by a tenth")
            }
            if (lemma.equals("fly") && fliesOnARocket(tokens, t)) {
                return t; // "The CO3D satellites will fly on a Vega-C rocket from Kourou in 2026"
            }
            if (SENDING_LEMMAS.contains(lemma) && tokens.get(t).tag().startsWith("VB") && sendsOnARocket(tokens, t)) {
                return t; // "The mission will send a rover to the Moon's south pole aboard an H3 rocket in 2028"
            }
            if (tokens.get(t).word().equalsIgnoreCase("off") && t + 2 < tokens.size() && tokens.get(t + 1).word().equalsIgnoreCase("the")
                    && tokens.get(t + 2).word().equalsIgnoreCase("pad")) {
                return t; // "roared off the pad", "rode a Falcon 9 off the pad at Vandenberg"
            }
            if (lemma.equals("leave") && tokens.get(t).tag().startsWith("VB") && t > 0 && leavesAsLaunch(tokens, t)) {
                return t; // "Zenit-2 left Baikonur", "the Zenit-2 booster left Baikonur", "the Artemis I mission left Launch Pad 39B"
            }
            if (ORBIT_VERBS.contains(lemma) && tokens.get(t).tag().startsWith("VB")) {
                orbitVerb = true;
            }
            if (lemma.equals("reach") && t + 1 < tokens.size() && tokens.get(t + 1).word().matches("(?i)orbit|space")
                    && (t + 2 >= tokens.size() || !tokens.get(t + 2).word().matches("(?i)around|of|at|near"))) {
                return t; // "X reached orbit on Saturday" (not "reached orbit around the Moon")
            }
            if (orbitVerb && (lemma.equals("orbit") || lemma.equals("space")) && t > 0
                    && tokens.get(t - 1).word().matches("(?i)into|in|to|the")) {
                return t;
            }
        }
        return -1;
    }

    /** "send a rover to the Moon aboard an H3 rocket": what a mission sends on a rocket, the rocket launches. */
    private static boolean sendsOnARocket(List<CoreLabel> tokens, int send) {
        for (int t = send + 1; t < tokens.size() && t <= send + MAX_SENT_WORDS; t++) {
            String word = tokens.get(t).word();
            if (word.matches("[,;:]") || tokens.get(t).tag().startsWith("VB")) {
                return false;
            }
            if (word.matches("(?i)aboard|atop|on") && fliesOnARocket(tokens, t - 1)) {
                return true;
            }
        }
        return false;
    }

    /** "fly on a Vega-C", "flew aboard an Ariane 5 rocket": a flight on a launch vehicle is its launch. */
    private static boolean fliesOnARocket(List<CoreLabel> tokens, int fly) {
        int t = fly + 1;
        if (t >= tokens.size() || !tokens.get(t).word().matches("(?i)on|aboard|atop")) {
            return false;
        }
        for (t++; t < tokens.size() && t <= fly + 5; t++) {
            if ("LAUNCH_VEHICLE".equals(tokens.get(t).ner())) {
                return true;
            }
            if (!tokens.get(t).word().matches("(?i)a|an|the|its|their|new|heavy-lift|\\p{Lu}.*")) {
                return false;
            }
        }
        return false;
    }

    /** "a launch contract", "launch services", "the launch market": the word names the trade, not a launch that happened. */
    private static boolean namesTheLaunchTrade(List<CoreLabel> tokens, int t) {
        return tokens.get(t).tag().startsWith("NN") && t + 1 < tokens.size()
                && LAUNCH_TRADE_WORDS.matcher(tokens.get(t + 1).word().toLowerCase(Locale.ROOT)).matches();
    }

    /** "aboard a Falcon 9", "rode a Soyuz", "atop a Long March 2D": a vehicle carrying the craft without a launch verb. */
    private static boolean carriedBy(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String lemma = lemma(t);
            if (CARRIED_LEMMAS.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesPrevious(List<CoreLabel> tokens) {
        // the subject, up to the first verb: "It", "The rocket", "The PSLV-C30 rocket", "The Long March 2D launcher"
        int t = 0;
        for (; t < Math.min(tokens.size(), 8) && !tokens.get(t).tag().startsWith("VB"); t++) {
            if (CONTINUING_SUBJECTS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        if (t >= tokens.size() || !SPEECH_LEMMAS.contains(lemma(tokens.get(t)))) {
            return false;
        }
        // reported: "The minister said the launch took place from the Shahroud spaceport"
        for (int u = t + 1; u < Math.min(tokens.size(), t + 6) && !tokens.get(u).tag().startsWith("VB"); u++) {
            if (CONTINUING_SUBJECTS.contains(tokens.get(u).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "to the Moon", "towards the ISS": a craft named after these is a destination, not what was launched. */
    private static boolean afterDestinationPreposition(List<CoreLabel> tokens, EntityMention m) {
        int after = m.tokenEnd();
        if (after < tokens.size() && UNNAMED_CRAFT.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))) {
            after++; // "the Orbix-30 satellite, which ..."
        }
        if (after + 1 < tokens.size() && tokens.get(after).word().equals(",") && tokens.get(after + 1).word().matches("(?i)which|that")) {
            return false; // "goes back to the South Asia Satellite, which India put into orbit in 2017": the clause launches it
        }
        for (int t = m.tokenBegin() - 1; t >= Math.max(0, m.tokenBegin() - 3); t--) {
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (w.equals("to") || w.equals("toward") || w.equals("towards")) {
                return true;
            }
            if (!w.equals("the") && !w.equals("a") && !w.equals("an")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A place (not a country or celestial body) whose name says it is a launch site, or one after "from"/"at"
     * near the launch word ("lifted off from Sriharikota"; not "contact through the ground station at Canberra"
     * at the other end of the sentence, nor "2,000 kilometres from Beijing").
     */
    private static boolean isSite(ArticleEntity e, EntityMention m, List<CoreLabel> tokens, int trigger) {
        if (!e.isA(KG.Place.getURI()) || e.isA(KG.Country.getURI()) || e.isA(KG.CelestialBody.getURI())
                || e.isA(KG.CelestialSite.getURI())) {
            return false;
        }
        if (m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).word().matches("['’]s?")) {
            return false; // "California's Vandenberg Space Force Base": the owner of the site
        }
        if (e.names().stream().anyMatch(n -> n.matches(SITE_WORDS)) || e.label().matches(SITE_WORDS) || holdsASiteBefore(tokens, m)
                || whereAnUnnamedSiteIs(tokens, m)) {
            return true;
        }
        if (trigger >= 0 && Math.abs(m.tokenBegin() - trigger) > MAX_SITE_DISTANCE) {
            return false;
        }
        for (int t = m.tokenBegin() - 1; t >= Math.max(0, m.tokenBegin() - 3); t--) {
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (SITE_PREPOSITIONS.contains(w) || w.equals("left") || w.equals("leaves")) {
                return t == 0 || !tokens.get(t - 1).word().toLowerCase(Locale.ROOT).matches(DISTANCE_WORDS);
            }
            if (!w.equals("the") && !w.matches("['’]s?") && !tokens.get(t).word().matches("[\\p{Lu}].*")) {
                return false; // "from China's Jiuquan": the owner and its possessive stand between
            }
        }
        return false;
    }

    /**
     * "the First Launch Pad at the Satish Dhawan Space Centre", "Launch Complex 39A at NASA's Kennedy Space Center": the
     * place that holds a pad or a complex is a site too.
     */
    private static boolean holdsASiteBefore(List<CoreLabel> tokens, EntityMention m) {
        int t = pastTheOwner(tokens, m.tokenBegin() - 1);
        if (t >= 0 && tokens.get(t).word().equalsIgnoreCase("the")) {
            t--;
        }
        if (t < 1 || !tokens.get(t).word().equalsIgnoreCase("at") || !"PLACE".equals(tokens.get(t - 1).ner())) {
            return false;
        }
        StringBuilder site = new StringBuilder();
        for (int u = t - 1; u >= 0 && "PLACE".equals(tokens.get(u).ner()); u--) {
            site.insert(0, tokens.get(u).word() + " ");
        }
        return site.toString().matches(SITE_WORDS);
    }

    /**
     * The token before a place's owner and its possessive ("Launch Complex 39A at NASA's Kennedy Space Center": the
     * one before "NASA"), or {@code t} itself when no possessive ends there.
     */
    private static int pastTheOwner(List<CoreLabel> tokens, int t) {
        if (t < 1 || !tokens.get(t).word().matches("['’]s?")) {
            return t;
        }
        int owner = t - 1;
        while (owner >= 0 && owner > t - 5 && tokens.get(owner).word().matches("\\p{Lu}.*")) {
            owner--;
        }
        return owner < t - 1 ? owner : t;
    }

    /**
     * "from its launch site on New Zealand's Mahia Peninsula", "from Europe's spaceport in Kourou": a launch from a
     * site the text leaves unnamed is a launch from the place it says the site is in.
     */
    private static boolean whereAnUnnamedSiteIs(List<CoreLabel> tokens, EntityMention m) {
        int t = pastTheOwner(tokens, m.tokenBegin() - 1); // "on New Zealand's Mahia Peninsula"
        if (t >= 0 && tokens.get(t).word().equalsIgnoreCase("the")) {
            t--;
        }
        if (t < 1 || !tokens.get(t).word().matches("(?i)in|on|at|near") || !tokens.get(t - 1).word().matches("(?i)" + UNNAMED_SITE_NOUNS)) {
            return false;
        }
        for (int u = t - 2; u >= Math.max(0, t - 5); u--) {
            if (tokens.get(u).word().equalsIgnoreCase("from")) {
                return true;
            }
        }
        return false;
    }

    /** The date nearest the launch word that SUTime could place at least to the year ("signed in February ... to launch in 2028"). */
    /** "signed on March 24", "inked in 2009": a date of a signing, two words or fewer before the date. */
    private static boolean datesASigning(List<CoreLabel> tokens, int date) {
        for (int t = date - 1; t >= Math.max(0, date - 3); t--) {
            if (tokens.get(t).word().matches("(?i)signed|inked|sealed|concluded|agreed|awarded")) {
                return true;
            }
        }
        return false;
    }

    static Optional<Node> launchDate(List<CoreLabel> tokens, int trigger) {
        Optional<Node> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        for (int t = 0; t < tokens.size(); t++) {
            CoreLabel token = tokens.get(t);
            if (!"DATE".equals(token.ner()) || t > 0 && "DATE".equals(tokens.get(t - 1).ner())) {
                continue; // one look per date phrase, at its first word
            }
            if (t > 0 && tokens.get(t - 1).word().matches("(?i)since|until|till|after|before")) {
                continue;
            }
            if (datesASigning(tokens, t)) {
                continue; // "launched under a contract signed on March 24, 2009": the contract's date
            }
            Optional<Node> literal = dateOf(token);
            int distance = Math.abs(t - trigger);
            if (literal.isPresent() && distance < bestDistance) {
                best = literal;
                bestDistance = distance;
            }
        }
        return best;
    }


    /**
     * "launch the Chang'e-7 mission in 2026 and Chang'e-8 around 2028": of several craft launched in one sentence, the
     * date written right after one of them is its own.
     */
    private static Optional<Node> dateRightAfter(AnnotatedArticle article, int s, List<CoreLabel> tokens, int craft) {
        for (EntityMention m : article.mentionsIn(s)) {
            ArticleEntity e = article.single(m);
            if (e == null || e.id() != craft) {
                continue;
            }
            for (int t = m.tokenEnd(); t < tokens.size() && t < m.tokenEnd() + 4; t++) {
                if ("DATE".equals(tokens.get(t).ner())) {
                    return dateOf(tokens.get(t));
                }
                if (!tokens.get(t).word().matches("(?i)mission|probe|satellite|spacecraft|lander|orbiter|in|on|around|about|by|circa|after|,")) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** The date literal of a token SUTime tagged, at the precision its value gives. */
    private static Optional<Node> dateOf(CoreLabel token) {
        return DateLiterals.fromTimex(token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }

    private static void addOnce(List<Integer> ids, int id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /** "left" as a launch: said of a rocket or a mission named right before it (its kind noun may come between). */
    private static boolean leavesAsLaunch(List<CoreLabel> tokens, int verb) {
        int before = verb - 1;
        if (FLIGHT_NOUNS.contains(tokens.get(before).word().toLowerCase(Locale.ROOT)) && before > 0) {
            before--;
        }
        String ner = tokens.get(before).ner();
        return "LAUNCH_VEHICLE".equals(ner) || "MISSION".equals(ner);
    }
}
