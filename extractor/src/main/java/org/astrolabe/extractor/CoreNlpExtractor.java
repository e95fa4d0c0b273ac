package org.astrolabe.extractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.extractor.gazetteer.Gazetteer;
import org.astrolabe.extractor.input.Datelines;
import org.astrolabe.extractor.learn.RelationClassifier;
import org.astrolabe.extractor.learn.RelationModel;
import org.astrolabe.extractor.ner.DomainNerRules;
import org.astrolabe.extractor.ner.MonthAnchoring;
import org.astrolabe.extractor.ner.RepeatedNames;
import org.astrolabe.extractor.ner.WeekdayAnchoring;
import org.astrolabe.extractor.relations.AnnotatedArticle;
import org.astrolabe.extractor.relations.CoarserDates;
import org.astrolabe.extractor.relations.CoarserSites;
import org.astrolabe.extractor.relations.CoordinatedSubjects;
import org.astrolabe.extractor.relations.CrewNamedWithMission;
import org.astrolabe.extractor.relations.CrewOfTheMission;
import org.astrolabe.extractor.relations.JoinedOnTheFlight;
import org.astrolabe.extractor.relations.TravellersOfTheFlight;
import org.astrolabe.extractor.relations.DependencyRules;
import org.astrolabe.extractor.relations.LaunchEvents;
import org.astrolabe.extractor.relations.Participation;
import org.astrolabe.extractor.relations.PersonRoles;
import org.astrolabe.extractor.relations.RelationStage;
import org.astrolabe.extractor.relations.TakingPartAlongside;
import org.astrolabe.extractor.relations.SharedLaunches;
import org.astrolabe.extractor.relations.ShorterTitles;
import org.astrolabe.extractor.relations.UnlikelyLeaders;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.resolve.MentionResolver;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.extractor.rules.AgreementBuilder;
import org.astrolabe.extractor.rules.BackgroundFacts;
import org.astrolabe.extractor.rules.PropertySignatures;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.extractor.rules.RuleEngine;
import org.astrolabe.extractor.rules.RuleFile;
import org.astrolabe.extractor.rules.Titles;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.Ontology;

/**
 * The CoreNLP extractor: tokenize, ssplit, pos, lemma, ner (with SUTime anchored at the article's date),
 * the gazetteer's RegexNER and the TokensRegex name rules; then in-article resolution
 * ({@link MentionResolver}), the named relation rules ({@link RuleEngine}), agreements and background facts.
 *
 * <p>Lifecycle: building one loads the CoreNLP models (20-60 s). Use {@link #shared()} for the JVM-wide
 * instance, {@link #loadInBackground()} to start loading early and {@link #isLoaded()} to ask whether it is
 * ready. Thread-safe: {@link #extract} may be called from any number of threads.
 */
public final class CoreNlpExtractor implements ArticleExtractor {
    /**
     * The pipeline's annotators: the neural dependency parser (enhanced++ dependencies for the relation
     * patterns) but no coreference or KBP (resolution and the domain rules replace them).
     */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,regexner,tokensregex,depparse";
    /** The CoreNLP release the models and rules are tuned for (recorded in {@link #version()}). */
    public static final String CORENLP_VERSION = "4.5.10";
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    public static final String RELATION_RULES_RESOURCE = "org/astrolabe/extractor/rules/relations.rules";

    /** The relation stages that read sentence structure after the rule file (each one class, one kind of fact). */
    private static final List<RelationStage> STAGES = List.of(new LaunchEvents(), new PersonRoles(), new Participation(), new CrewNamedWithMission(),
            DependencyRules.bundled());

    private static final Object LOCK = new Object();
    private static CompletableFuture<CoreNlpExtractor> loading;
    /** The user gazetteer files the shared instance loads with; guarded by {@link #LOCK}. */
    private static List<Path> sharedGazetteers = List.of();

    private final StanfordCoreNLP pipeline;
    private final Gazetteer gazetteer;
    private final MentionResolver resolver;
    private final RuleEngine rules;
    private final BackgroundFacts background;
    private final RelationClassifier relationClassifier;
    private final Iris iris;
    private final String version;

    /** Loads the models and the rules; prefer {@link #shared()}. */
    public CoreNlpExtractor() {
        this(Iris.defaults());
    }

    public CoreNlpExtractor(Iris iris) {
        this(iris, List.of());
    }

    /**
     * @param userGazetteers Turtle files merged with the shipped gazetteer ({@link Gazetteer#load(List)});
     *                       their content is part of {@link #version()}
     */
    public CoreNlpExtractor(Iris iris, List<Path> userGazetteers) {
        this.iris = iris;
        this.gazetteer = Gazetteer.load(userGazetteers);
        this.resolver = new MentionResolver(gazetteer);
        this.rules = new RuleEngine(RuleFile.load(RELATION_RULES_RESOURCE));
        this.background = new BackgroundFacts(gazetteer);
        this.relationClassifier = RelationClassifier.load();
        this.pipeline = new StanfordCoreNLP(properties(gazetteer));
        this.version = versionWith(userGazetteers);
    }

    /**
     * Sets the user gazetteer files the shared instance is to load with, and checks that they read. Call it
     * before the shared instance is first used; afterwards only the same files are accepted.
     *
     * @throws Gazetteer.GazetteerFileException naming a file that is missing or not valid Turtle
     * @throws IllegalStateException            if the shared instance was loaded with other files
     */
    public static void useGazetteers(List<Path> files) {
        List<Path> absolute = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Gazetteer.load(absolute);
        synchronized (LOCK) {
            if (loading != null && !absolute.equals(sharedGazetteers)) {
                throw new IllegalStateException("The shared extractor is already loaded with the gazetteers " + sharedGazetteers
                        + "; it cannot use " + absolute + " in the same process");
            }
            sharedGazetteers = absolute;
        }
    }

    /** Starts loading the shared instance on a background thread (once); the future completes when it is ready. */
    public static CompletableFuture<CoreNlpExtractor> loadInBackground() {
        synchronized (LOCK) {
            if (loading == null) {
                List<Path> gazetteers = sharedGazetteers;
                loading = CompletableFuture.supplyAsync(() -> new CoreNlpExtractor(Iris.defaults(), gazetteers),
                        Executors.newSingleThreadExecutor(r -> {
                            Thread t = new Thread(r, "corenlp-loader");
                            t.setDaemon(true);
                            return t;
                        }));
            }
            return loading;
        }
    }

    /** The JVM-wide instance, loading it first if needed (blocks until the models are loaded). */
    public static CoreNlpExtractor shared() {
        return loadInBackground().join();
    }

    /** True once the shared instance is loaded and ready to extract. */
    public static boolean isLoaded() {
        synchronized (LOCK) {
            return loading != null && loading.isDone() && !loading.isCompletedExceptionally();
        }
    }

    @Override
    public String version() {
        return version;
    }

    /** The names of the relation rules, in file order. */
    public List<String> relationRuleNames() {
        return rules.rules().stream().map(r -> r.name()).toList();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Runs only the CoreNLP annotators (for timing and debugging). */
    public Annotation annotate(Article article) {
        Annotation document = new Annotation(Datelines.asOwnSentences(article.text()));
        if (article.date() != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        }
        pipeline.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        WeekdayAnchoring.anchor(sentences, article.date());
        MonthAnchoring.anchor(sentences, article.date());
        RepeatedNames.tag(sentences);
        return document;
    }

    /** Runs the annotators and resolution: what the relation stages read (and what training reads). */
    public AnnotatedArticle analyse(Article article) {
        List<CoreMap> sentences = annotate(article).get(CoreAnnotations.SentencesAnnotation.class);
        return new AnnotatedArticle(article.date(), sentences, resolver.resolve(sentences, article.text()));
    }

    @Override
    public ExtractionResult extract(Article article) {
        Annotation document = annotate(article);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        String text = article.text();
        ResolvedArticle resolved = resolver.resolve(sentences, text);

        AgreementBuilder agreements = new AgreementBuilder(article.date());
        List<RawFact> raw = new ArrayList<>(rules.apply(resolved, sentences, agreements));
        List<List<CoreLabel>> tokens = sentences.stream().map(s -> s.get(CoreAnnotations.TokensAnnotation.class)).toList();
        raw.addAll(agreements.finish(resolved, tokens));
        AnnotatedArticle annotated = new AnnotatedArticle(article.date(), sentences, resolved);
        for (RelationStage stage : STAGES) {
            raw.addAll(stage.extract(annotated));
        }
        raw.addAll(background.derive(resolved, raw));
        raw.addAll(relationClassifier.classify(sentences, resolved, raw));
        raw.addAll(CrewOfTheMission.derive(raw, annotated));
        raw.addAll(TravellersOfTheFlight.derive(raw, annotated));
        raw.addAll(JoinedOnTheFlight.derive(raw, annotated));
        raw.addAll(CoordinatedSubjects.derive(raw, annotated));
        raw.addAll(TakingPartAlongside.derive(raw, annotated));
        // A craft "carried" by a pronoun that resolved to another craft is not on a second vehicle; a rocket's own
        // site and date (outside launchSite's domain) are the flight's.
        raw.addAll(SharedLaunches.derive(raw.stream()
                .filter(f -> !f.property().equals("launchVehicle") || fitsSignature(f, resolved)).toList()));

        Map<Integer, String> iriOf = new LinkedHashMap<>();
        for (ArticleEntity e : resolved.entities()) {
            iriOf.put(e.id(), iris.entity(e.key()));
        }
        raw = ShorterTitles.withoutShorterTitles(UnlikelyLeaders.withoutUnlikelyLeaders(CoarserDates.withoutCoarserDates(raw),
                id -> resolved.entity(id) != null && resolved.entity(id).isA(KG.Country.getURI())));
        raw = CoarserSites.withoutCoarserSites(raw, resolved);
        List<Fact> facts = facts(raw, resolved, sentences, text, iriOf);
        Set<String> inFacts = new HashSet<>();
        for (Fact f : facts) {
            inFacts.add(f.subjectIri());
            if (f.object().isURI()) {
                inFacts.add(f.object().getURI());
            }
        }
        Set<Integer> named = new HashSet<>();
        for (EntityMention m : resolved.mentions()) {
            if (m.kind() == EntityMention.Kind.NAME || m.kind() == EntityMention.Kind.NOMINAL) {
                named.addAll(m.entityIds());
            }
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        Set<Integer> emitted = new HashSet<>();
        for (ArticleEntity e : resolved.entities()) {
            String iri = iriOf.get(e.id());
            if (named.contains(e.id()) || inFacts.contains(iri)) {
                entities.add(toEntity(e, iri));
                emitted.add(e.id());
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (EntityMention m : resolved.mentions()) {
            for (int id : m.entityIds()) {
                if (emitted.contains(id)) {
                    mentions.add(new Mention(iriOf.get(id), m.begin(), m.end(), m.text()));
                }
            }
        }
        return new ExtractionResult(article, entities, mentions, facts, version);
    }

    private ExtractedEntity toEntity(ArticleEntity e, String iri) {
        String label = e.gazetteer() != null ? e.gazetteer().label() : e.label();
        if (e.gazetteer() == null && e.named() && !e.isA(KG.Agreement.getURI())) {
            // The fullest form is the canonical name: "Pakistan Space Center" rather than "Space Center".
            for (String name : e.names()) {
                if (name.length() > label.length() && !name.contains("\n")) {
                    label = name;
                }
            }
        }
        Set<String> alt = new LinkedHashSet<>(e.names());
        alt.addAll(e.descriptions());
        if (e.gazetteer() != null) {
            alt.addAll(e.gazetteer().aliases());
        }
        alt.remove(label);
        return new ExtractedEntity(iri, e.classIri(), label, alt, e.gazetteer() != null ? e.gazetteer().sameAs() : Set.of());
    }

    /** Whether the fact's subject and object are of the classes its property takes (a pronoun may resolve to the wrong kind). */
    private static boolean fitsSignature(RawFact f, ResolvedArticle resolved) {
        ArticleEntity subject = resolved.entity(f.subject());
        ArticleEntity object = f.isLiteral() ? null : resolved.entity(f.object());
        return subject != null && (f.isLiteral() || object != null)
                && PropertySignatures.allowsSubject(f.property(), subject.classIri())
                && (f.isLiteral() || PropertySignatures.allowsObject(f.property(), object.classIri()));
    }

    /** One fact per statement (the most confident evidence wins); symmetric statements once. */
    private static List<Fact> facts(List<RawFact> raw, ResolvedArticle resolved, List<CoreMap> sentences, String text,
                                    Map<Integer, String> iriOf) {
        Map<String, Fact> byStatement = new LinkedHashMap<>();
        for (RawFact f : withCleanTitles(raw)) {
            if (resolved.entity(f.subject()) == null || (!f.isLiteral() && resolved.entity(f.object()) == null)) {
                continue;
            }
            if (!f.isLiteral() && f.subject() == f.object() || !fitsSignature(f, resolved)) {
                continue;
            }
            String subject = iriOf.get(f.subject());
            Node object = f.isLiteral() ? f.literal() : NodeFactory.createURI(iriOf.get(f.object()));
            String property = KG.NS + f.property();
            String key = subject + ' ' + property + ' ' + object;
            if (PropertySignatures.symmetric(f.property()) && !f.isLiteral() && subject.compareTo(object.getURI()) > 0) {
                key = object.getURI() + ' ' + property + ' ' + subject;
            }
            CoreMap sentence = sentences.get(f.sentence());
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Fact fact = new Fact(subject, property, object, new Evidence(text.substring(begin, end), begin, end, f.confidence(), f.extractor()));
            Fact existing = byStatement.get(key);
            if (existing == null || existing.evidence().confidence() < f.confidence()) {
                byStatement.put(key, fact);
            }
        }
        return new ArrayList<>(byStatement.values());
    }

    /** Title literals without forms of address, and titles written together split ("Foreign Minister Senator"). */
    private static List<RawFact> withCleanTitles(List<RawFact> raw) {
        List<RawFact> out = new ArrayList<>(raw.size());
        for (RawFact f : raw) {
            if (!f.property().equals("title") || !f.isLiteral()) {
                out.add(f);
                continue;
            }
            for (String title : Titles.clean(f.literal().getLiteralLexicalForm())) {
                out.add(RawFact.literal(f.subject(), "title", NodeFactory.createLiteralString(title), f.sentence(), f.extractor(),
                        f.confidence()));
            }
        }
        return out;
    }

    private static Properties properties(Gazetteer gazetteer) {
        try {
            Path dir = Files.createTempDirectory("astrolabe-ner");
            dir.toFile().deleteOnExit();
            DomainNerRules.GeneratedFiles generated = DomainNerRules.write(gazetteer, dir);
            generated.regexNerMapping().toFile().deleteOnExit();
            generated.tokensRegexRules().toFile().deleteOnExit();
            Properties props = new Properties();
            props.setProperty("annotators", ANNOTATORS);
            props.setProperty("tokenize.language", "en");
            props.setProperty("ner.buildEntityMentions", "false");
            // One CRF (person, organisation, location) instead of three: the 7-class and MISC models add
            // tags no rule uses (MONEY, MISC) and cost two more passes; dates come from SUTime either way.
            props.setProperty("ner.model", NER_MODEL);
            // Headlines, captions and bullet points end without a full stop: a line is at most a sentence.
            props.setProperty("ssplit.newlineIsSentenceBreak", "always");
            props.setProperty("ner.applyFineGrained", "true");
            props.setProperty("regexner.mapping", generated.regexNerMapping().toString());
            props.setProperty("regexner.ignorecase", "false");
            props.setProperty("tokensregex.rules", generated.tokensRegexRules().toString());
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated NER rules", e);
        }
    }

    /** The version string of an extractor loaded with these user gazetteers: it changes with their content. */
    static String versionWith(List<Path> userGazetteers) {
        return "astrolabe-corenlp-" + CORENLP_VERSION + "+rules-" + fingerprint(userGazetteers);
    }

    private static String fingerprint(List<Path> userGazetteers) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(CodeFingerprint.ofExtractorClasses());
            for (Path file : userGazetteers) {
                digest.update(Files.readAllBytes(file));
            }
            for (String resource : List.of(Ontology.GAZETTEER_RESOURCE, RELATION_RULES_RESOURCE, DomainNerRules.NAME_RULES_RESOURCE,
                    DependencyRules.RESOURCE, RelationModel.RESOURCE)) {
                try (InputStream in = CoreNlpExtractor.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
