package org.astrolabe.bench.workload;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.ontology.KG;

/**
 * Deterministic synthetic {@link ExtractionResult}s shaped like the extractor's output (documents,
 * entities of every class, mentions at real offsets of a generated text, facts with evidence), for
 * building large stores without running CoreNLP. The RDF comes from the project's own {@link ArticleGraph},
 * so the layout is exactly the store's. Entity popularity is skewed (a few entities appear in many
 * articles), as in news. The same seed always gives the same results.
 */
public final class SyntheticResults {
    public static final String EXTRACTOR_VERSION = "bench-synthetic-1";

    private static final String[] FIRST = {"Amina", "Bilal", "Chen", "Daniela", "Emeka", "Farah", "Goran", "Hiro",
            "Ines", "Jamal", "Keiko", "Lars", "Mei", "Nikhil", "Olga", "Pedro", "Qiu", "Rania", "Sven", "Tariq",
            "Ulla", "Vikram", "Wen", "Ximena", "Yusuf", "Zara", "Ahmed", "Beatriz", "Carlos", "Dmitri"};
    private static final String[] LAST = {"Khan", "Li", "Okafor", "Tanaka", "Silva", "Novak", "Haddad", "Müller",
            "Sharma", "Ivanova", "Rossi", "Kim", "Nguyen", "Mensah", "Costa", "Petrov", "Wang", "Iqbal", "Lund",
            "Moreau", "García", "Sato", "Bakr", "Osei", "Chaudhry", "Lindqvist", "Zhou", "Fernández", "Aziz", "Park"};
    private static final String[] COUNTRIES = {"Pakistan", "China", "India", "Japan", "France", "Germany", "Italy",
            "Brazil", "Nigeria", "Kenya", "Egypt", "Turkey", "Indonesia", "Mexico", "Argentina", "Canada",
            "Australia", "South Korea", "Vietnam", "Thailand", "Norway", "Sweden", "Poland", "Spain", "Chile",
            "Peru", "Morocco", "Ghana", "Oman", "Qatar"};
    private static final String[] STEMS = {"Orion", "Kestrel", "Lyra", "Tianhe", "Garuda", "Hayabusa", "Sirius",
            "Nova", "Aquila", "Vega", "Polaris", "Meridian", "Zephyr", "Altair", "Borealis", "Cassini", "Draco",
            "Eos", "Falcon", "Gemma", "Helios", "Icarus", "Juno", "Kepler", "Luna", "Mira", "Nimbus", "Oberon",
            "Pegasus", "Quasar"};
    private static final String[] CITIES = {"Islamabad", "Beijing", "Bengaluru", "Tsukuba", "Toulouse", "Bremen",
            "Turin", "Sao Jose dos Campos", "Abuja", "Nairobi", "Cairo", "Ankara", "Jakarta", "Mexico City",
            "Cordoba", "Montreal", "Adelaide", "Daejeon", "Hanoi", "Bangkok", "Oslo", "Kiruna", "Warsaw", "Madrid",
            "Santiago", "Lima", "Rabat", "Accra", "Muscat", "Doha"};

    /** The kinds of entity the generator makes, each with its ontology class and how to name one. */
    enum Kind {
        AGENCY(KG.SpaceAgency.getURI()), COMPANY(KG.Company.getURI()), INSTITUTE(KG.ResearchInstitution.getURI()),
        PERSON(KG.Person.getURI()), COUNTRY(KG.Country.getURI()), CITY(KG.City.getURI()),
        MISSION(KG.Mission.getURI()), SATELLITE(KG.Satellite.getURI()), ROVER(KG.Rover.getURI()),
        VEHICLE(KG.LaunchVehicle.getURI()), PROGRAM(KG.Program.getURI()), AGREEMENT(KG.Agreement.getURI());

        final String classIri;

        Kind(String classIri) {
            this.classIri = classIri;
        }
    }

    private final Iris iris;
    private final ArticleGraph layout;
    private final long seed;
    private final List<ExtractedEntity> entities = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final Map<Kind, List<Integer>> byKind = new LinkedHashMap<>();

    public SyntheticResults(Iris iris, long seed, int entityCount) {
        this.iris = iris;
        this.layout = new ArticleGraph(iris);
        this.seed = seed;
        Random random = new Random(seed);
        Set<String> labels = new HashSet<>();
        for (Kind k : Kind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        int attempts = 0;
        while (entities.size() < entityCount && attempts++ < entityCount * 20) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            String label = name(kind, random);
            if (!labels.add(label)) {
                continue;
            }
            Set<String> alts = new HashSet<>();
            String acronym = acronym(label);
            if (acronym.length() >= 3 && kind.ordinal() <= Kind.INSTITUTE.ordinal()) {
                alts.add(acronym);
            }
            alts.add(label);
            Set<String> sameAs = random.nextInt(4) == 0 ? Set.of("http://www.wikidata.org/entity/Q" + (100000 + entities.size())) : Set.of();
            byKind.get(kind).add(entities.size());
            entities.add(new ExtractedEntity(iris.entity(label), kind.classIri, label, alts, sameAs));
            kinds.add(kind);
        }
    }

    public List<ExtractedEntity> entities() {
        return List.copyOf(entities);
    }

    /** The i-th article: always the same for the same seed and index. */
    public ExtractionResult article(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        List<Integer> chosen = new ArrayList<>();
        int wanted = 6 + random.nextInt(6);
        while (chosen.size() < wanted) {
            int e = popular(random);
            if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        String title = "Space cooperation report " + index;
        for (int s = 0; s < chosen.size(); s += 2) {
            ExtractedEntity a = entities.get(chosen.get(s));
            int sentenceBegin = text.length();
            text.append("Officials said that ");
            mention(text, a, mentions);
            if (s + 1 == chosen.size()) {
                text.append(" will present its plans next year.");
                text.append(' ');
                continue;
            }
            ExtractedEntity b = entities.get(chosen.get(s + 1));
            text.append(" will work with ");
            mention(text, b, mentions);
            text.append(" under a plan announced this week.");
            int sentenceEnd = text.length();
            text.append(' ');
            String sentence = text.substring(sentenceBegin, sentenceEnd);
            Evidence evidence = new Evidence(sentence, sentenceBegin, sentenceEnd, 0.5 + random.nextInt(50) / 100.0,
                    random.nextBoolean() ? "corenlp:kbp" : "rule:cooperation");
            String property = property(kinds.get(chosen.get(s)), kinds.get(chosen.get(s + 1)));
            if (property != null) {
                facts.add(new Fact(a.iri(), property, NodeFactory.createURI(b.iri()), evidence));
            }
            if (random.nextInt(3) == 0) {
                Node date = NodeFactory.createLiteralDT(Integer.toString(2020 + random.nextInt(10)), XSDDatatype.XSDgYear);
                facts.add(new Fact(a.iri(), KG.date.getURI(), date, evidence));
            }
        }
        List<ExtractedEntity> mentioned = chosen.stream().map(entities::get).toList();
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(index % 700);
        Article article = new Article("synthetic-" + index, "https://news.example.org/space/" + seed + "/" + index,
                title, date, text.toString().strip());
        return new ExtractionResult(article, mentioned, mentions, facts, EXTRACTOR_VERSION);
    }

    /** What {@link #writeNQuads} wrote. */
    public record Written(int articles, long quads) {}

    /**
     * Writes articles {@code 0, 1, ...} as N-Quads until {@code maxArticles} articles or at least
     * {@code targetQuads} quads are written: each article graph, and the description of each entity in the
     * entities graph the first time an article mentions it, as the store would hold them.
     */
    public Written writeNQuads(int maxArticles, long targetQuads, Instant ingestedAt, OutputStream out) throws IOException {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        Node entitiesGraph = NodeFactory.createURI(iris.entitiesGraph());
        Set<String> described = new HashSet<>();
        long quads = 0;
        stream.start();
        int i = 0;
        for (; i < maxArticles && quads < targetQuads; i++) {
            ExtractionResult result = article(i);
            Node graphName = NodeFactory.createURI(iris.document(result.article()));
            Graph graph = layout.articleGraph(result, ingestedAt);
            for (Triple t : graph.find().toList()) {
                stream.quad(org.apache.jena.sparql.core.Quad.create(graphName, t));
                quads++;
            }
            for (ExtractedEntity e : result.entities()) {
                if (described.add(e.iri())) {
                    for (Triple t : layout.description(e)) {
                        stream.quad(org.apache.jena.sparql.core.Quad.create(entitiesGraph, t));
                        quads++;
                    }
                }
            }
        }
        stream.finish();
        out.flush();
        return new Written(i, quads);
    }

    private static void mention(StringBuilder text, ExtractedEntity entity, List<Mention> mentions) {
        int begin = text.length();
        text.append(entity.label());
        mentions.add(new Mention(entity.iri(), begin, text.length(), entity.label()));
    }

    /** A popular-first pick: index drawn with density falling off like 1/x (Zipf-like). */
    private int popular(Random random) {
        double u = random.nextDouble();
        int n = entities.size();
        int index = (int) Math.floor(Math.pow(n + 1.0, u)) - 1;
        return Math.min(Math.max(index, 0), n - 1);
    }

    /** A property whose domain and range fit the two kinds (as the shapes require), or null if none does. */
    static String property(Kind subject, Kind object) {
        boolean objectIsActor = object == Kind.AGENCY || object == Kind.COMPANY || object == Kind.INSTITUTE || object == Kind.COUNTRY;
        boolean objectIsUndertaking = object == Kind.MISSION || object == Kind.PROGRAM || object == Kind.AGREEMENT;
        return switch (subject) {
            case AGREEMENT -> objectIsActor || object == Kind.PERSON ? KG.party.getURI() : KG.concerns.getURI();
            case PERSON -> object == Kind.COUNTRY ? KG.nationality.getURI()
                    : objectIsActor ? KG.memberOf.getURI()
                    : objectIsUndertaking ? KG.participatesIn.getURI()
                    : object == Kind.PERSON ? KG.metWith.getURI() : null;
            case MISSION, SATELLITE, ROVER -> objectIsActor ? KG.developedBy.getURI()
                    : object == Kind.VEHICLE ? KG.launchVehicle.getURI()
                    : subject != Kind.MISSION && (object == Kind.MISSION || object == Kind.SATELLITE || object == Kind.ROVER) ? KG.payloadOf.getURI()
                    : null;
            case AGENCY, COMPANY, INSTITUTE, COUNTRY -> objectIsActor ? KG.cooperatesWith.getURI()
                    : objectIsUndertaking ? KG.participatesIn.getURI() : null;
            case CITY -> object == Kind.COUNTRY || object == Kind.CITY ? KG.locatedIn.getURI() : null;
            case VEHICLE, PROGRAM -> null;
        };
    }

    private static String name(Kind kind, Random r) {
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        String stem = STEMS[r.nextInt(STEMS.length)];
        int n = 1 + r.nextInt(400);
        return switch (kind) {
            case AGENCY -> country + " " + stem + " Space Agency " + n;
            case COMPANY -> stem + " Aerospace " + n;
            case INSTITUTE -> "Institute of " + stem + " Technology " + n;
            case PERSON -> FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)] + " " + toRoman(1 + r.nextInt(30));
            case COUNTRY -> country + (r.nextBoolean() ? "" : " Region " + n);
            case CITY -> CITIES[r.nextInt(CITIES.length)] + " " + stem + " " + n;
            case MISSION -> stem + "-" + n;
            case SATELLITE -> stem + "Sat-" + n;
            case ROVER -> stem + " Rover " + n;
            case VEHICLE -> stem + " " + (1 + r.nextInt(9)) + (char) ('A' + r.nextInt(6)) + " " + n;
            case PROGRAM -> stem + " Programme " + n;
            case AGREEMENT -> country + " " + stem + " Cooperation Agreement " + n;
        };
    }

    static String acronym(String label) {
        StringBuilder a = new StringBuilder();
        for (String word : label.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                a.append(word.charAt(0));
            }
        }
        return a.toString();
    }

    private static String toRoman(int n) {
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        String[] tens = {"", "X", "XX", "XXX"};
        return tens[n / 10] + ones[n % 10];
    }
}
