package org.astrolabe.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.astrolabe.core.curation.CuratedView;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;

/**
 * A Lucene full-text index of entity names (rdfs:label from the entities graph and every skos:altLabel
 * from the article graphs), folded to lower-case ASCII so that "Suparco", "SUPARCO" and "Supárco" match.
 *
 * <p>The index lives in memory ({@link #EntityIndex(GraphStore, String)}) or in a folder beside the store
 * ({@link #onDisk}); either way {@link #load} brings it in step with the store when the server starts: an
 * index on disk that a {@link IndexMarker marker} says was closed in step with the store's current state is
 * reused as it is, anything else is rebuilt from the store. The server then keeps it in sync: {@link #refresh}
 * after an article is stored or deleted, {@link #rebuild} after a SPARQL Update or Graph Store write. Every
 * change moves {@link #version()} on, which is what cached answers are checked against. Searching is
 * thread-safe and never blocks on writes.
 */
final class EntityIndex implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EntityIndex.class);
    private static final String ARTICLES = "articles";
    private static final String LABEL_ORDER = "labelOrder";
    /** Within an exactness tier: most articles first, then best text match, then by label. */
    private static final Sort RANKING = new Sort(new SortField(ARTICLES, SortField.Type.LONG, true),
            SortField.FIELD_SCORE, new SortField(LABEL_ORDER, SortField.Type.STRING));
    private static final String IRI = "iri";
    private static final String NAME = "name";
    private static final String EXACT_LABEL = "exactLabel";
    private static final String EXACT_ALT = "exactAlt";
    private static final String TYPE = "type";

    private final GraphStore store;
    private final String entitiesGraph;
    private final Analyzer analyzer = new FoldingAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IndexMarker marker;
    private final java.util.concurrent.CompletableFuture<Void> built = new java.util.concurrent.CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong rebuilds = new java.util.concurrent.atomic.AtomicLong();
    private static final int MAX_NEAR_TERMS = 50_000;
    private volatile NearTerms nearTerms = new NearTerms(null, Map.of());

    /** An index in memory, built from the store by {@link #load}. */
    EntityIndex(GraphStore store, String entitiesGraph) {
        this(store, entitiesGraph, new ByteBuffersDirectory(), null);
    }

    private EntityIndex(GraphStore store, String entitiesGraph, Directory directory, IndexMarker marker) {
        this.store = store;
        this.entitiesGraph = entitiesGraph;
        this.marker = marker;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An index kept in {@code folder}, reused by the next {@link #load} when {@code storeState} still reads as
     * it did when this index was closed. A folder Lucene cannot open (left by a crash or another version) is
     * emptied and the index rebuilt.
     */
    static EntityIndex onDisk(GraphStore store, String entitiesGraph, Path folder, Supplier<String> storeState) {
        IndexMarker marker = new IndexMarker(folder.resolve(IndexMarker.FILE_NAME), () -> entitiesGraph + "\n" + storeState.get());
        try {
            Files.createDirectories(folder);
            try {
                return new EntityIndex(store, entitiesGraph, FSDirectory.open(folder), marker);
            } catch (UncheckedIOException | IllegalArgumentException e) {
                // IllegalArgumentException: files of a codec this Lucene does not know.
                LOG.warn("Entity index in {} unreadable ({}); building it anew", folder, e.toString());
                clear(folder);
                return new EntityIndex(store, entitiesGraph, FSDirectory.open(folder), marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void clear(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * Brings the index in step with the store: reuses an index on disk that was closed in step with the
     * store's current state, else rebuilds it. Returns true if it rebuilt.
     */
    synchronized boolean load() {
        if (marker != null && marker.takeIfCurrent()) {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            version.incrementAndGet();
            built.complete(null);
            return false;
        }
        rebuild();
        return true;
    }

    /** Moves on at every change of the index: an answer computed at one version holds until it moves. */
    long version() {
        return version.get();
    }

    /** Full rebuilds from the store since this index was opened. */
    long rebuilds() {
        return rebuilds.get();
    }

    /** One entity as indexed. */
    record Entry(String iri, String label, List<String> altLabels, List<String> types, long articles) {}

    /** One search hit; {@code exactness} 0 for an exact label, 1 for an exact alias, 2 otherwise. */
    record Hit(Entry entry, int exactness, float score) {}

    /** A page of ranked hits and how many matched in all. */
    record Page(long total, List<Hit> hits) {}

    /** Replaces the whole index with what the store holds now. */
    synchronized void rebuild() {
        Map<String, Entry> entries = store.read(ds -> load(ds.asDatasetGraph(), null));
        try {
            writer.deleteAll();
            for (Entry entry : entries.values()) {
                writer.addDocument(document(entry));
            }
            writer.forceMerge(1); // one segment: each search then walks one term dictionary per expanded word
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rebuilds.incrementAndGet();
        version.incrementAndGet();
        built.complete(null);
    }

    /** Records why the first build failed, so that searches say so instead of waiting. */
    void buildFailed(Throwable cause) {
        built.completeExceptionally(cause);
    }

    /**
     * Waits until the first {@link #rebuild} has finished (the server starts listening before that); 503 when
     * it takes longer than {@code patience} or failed.
     */
    void awaitBuilt(java.time.Duration patience) {
        try {
            built.get(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw ApiException.unavailable("The search index is still being built from the store; try again shortly", 5);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new ApiException(503, "unavailable", "The search index could not be built: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("The server is shutting down", 5);
        }
    }

    /** Re-reads the given entities from the store; those no longer described are dropped from the index. */
    synchronized void refresh(Collection<String> entityIris) {
        if (entityIris.isEmpty()) {
            return;
        }
        Map<String, Entry> entries = store.read(ds -> load(ds.asDatasetGraph(), entityIris));
        try {
            for (String iri : entityIris) {
                Entry entry = entries.get(iri);
                if (entry == null) {
                    writer.deleteDocuments(new Term(IRI, iri));
                } else {
                    writer.updateDocument(new Term(IRI, iri), document(entry));
                }
            }
            // No commit: searchers see the change at once (near-real-time), and an index on disk is only
            // trusted after a clean close, which commits.
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        version.incrementAndGet();
    }

    /** Number of indexed entities. */
    int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ranked search, in tiers: names equal to {@code text} (exact label, then exact alias), then names matching
     * each word of {@code text} exactly or as a prefix, then near misses (names matching some word only within a
     * small edit distance); within a tier, by the number of articles mentioning the entity, then by text
     * relevance, then by label. A blank text lists every entity (of the type) by article count.
     *
     * <p>Near misses are searched only when the tiers before them hold fewer than {@code offset + limit}
     * entities: building the edit-distance automata is what costs most in a search. The total then counts them
     * too; when they are not searched it counts the entities of the tiers before them.
     *
     * <p>Lucene does the ranking: each tier is one sorted search (article count and label are doc values, the
     * exact names single terms of the term dictionary) that keeps only the best {@code offset + limit} hits, and
     * only the returned page's stored fields are read.
     */
    Page search(String text, String typeIri, int offset, int limit) {
        awaitBuilt(java.time.Duration.ofSeconds(20));
        String given = text == null ? "" : text;
        String folded = fold(given);
        int wanted = (int) Math.min(Integer.MAX_VALUE - 1L, (long) offset + limit);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<String> words = tokens(given);
                // Rewritten once (prefix terms expanded), not once per tier.
                Query matching = searcher.rewrite(buildQuery(words, folded, typeIri, null));
                RankedPage page = new RankedPage(searcher, offset, limit, wanted);
                if (folded.isEmpty()) {
                    page.addTier(matching, 2);
                } else {
                    Query exactLabel = new TermQuery(new Term(EXACT_LABEL, folded));
                    Query exactAlt = new TermQuery(new Term(EXACT_ALT, folded));
                    page.addTier(new BooleanQuery.Builder().add(matching, Occur.MUST).add(exactLabel, Occur.FILTER).build(), 0);
                    page.addTier(new BooleanQuery.Builder().add(matching, Occur.MUST).add(exactAlt, Occur.FILTER)
                            .add(exactLabel, Occur.MUST_NOT).build(), 1);
                    page.addTier(new BooleanQuery.Builder().add(matching, Occur.MUST)
                            .add(exactLabel, Occur.MUST_NOT).add(exactAlt, Occur.MUST_NOT).build(), 2);
                }
                if (page.total < wanted && words.stream().anyMatch(w -> editsFor(w) > 0)) {
                    Query nearMisses = new BooleanQuery.Builder()
                            .add(searcher.rewrite(buildQuery(words, folded, typeIri, searcher)), Occur.MUST)
                            .add(matching, Occur.MUST_NOT).build();
                    page.addTier(nearMisses, 2);
                }
                return new Page(page.total, List.copyOf(page.hits));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hits of consecutive tiers that fall on one page, and how many the tiers held in all. */
    private final class RankedPage {
        private final IndexSearcher searcher;
        private final int offset;
        private final int limit;
        private final int wanted;
        private final List<Hit> hits = new ArrayList<>();
        private long total;

        RankedPage(IndexSearcher searcher, int offset, int limit, int wanted) {
            this.searcher = searcher;
            this.offset = offset;
            this.limit = limit;
            this.wanted = wanted;
        }

        void addTier(Query tier, int exactness) throws IOException {
            TopFieldDocs top = searcher.search(tier, new TopFieldCollectorManager(RANKING, wanted, null, Integer.MAX_VALUE, false));
            for (int i = 0; i < top.scoreDocs.length; i++) {
                long position = total + i;
                if (position >= offset && position < (long) offset + limit) {
                    FieldDoc hit = (FieldDoc) top.scoreDocs[i];
                    float score = (Float) hit.fields[1];
                    hits.add(new Hit(entry(searcher.storedFields().document(hit.doc)), exactness, score));
                }
            }
            total += top.totalHits.value;
        }
    }

    /** {@code fuzzy}: the searcher to expand near misses in, or null to match words exactly or as prefixes only. */
    private Query buildQuery(List<String> words, String folded, String typeIri, IndexSearcher fuzzy) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (words.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String word : words) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            alternatives.add(new BoostQuery(new TermQuery(new Term(NAME, word)), 4f), Occur.SHOULD);
            alternatives.add(new BoostQuery(new PrefixQuery(new Term(NAME, word)), 2f), Occur.SHOULD);
            int edits = editsFor(word);
            if (fuzzy != null && edits > 0) {
                alternatives.add(nearTerms(fuzzy, word, edits), Occur.SHOULD);
            }
            query.add(alternatives.build(), Occur.MUST);
        }
        if (!folded.isEmpty()) {
            query.add(new BoostQuery(new TermQuery(new Term(EXACT_LABEL, folded)), 8f), Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(EXACT_ALT, folded)), 6f), Occur.SHOULD);
        }
        if (typeIri != null) {
            query.add(new TermQuery(new Term(TYPE, typeIri)), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * The name words within {@code edits} of {@code word}, as Lucene's fuzzy query expands them in this
     * searcher's reader, kept while that reader is the current one: building the edit-distance automata costs
     * about a millisecond per word, and the same words come back in many searches.
     */
    private Query nearTerms(IndexSearcher searcher, String word, int edits) throws IOException {
        NearTerms current = nearTerms;
        if (current.reader() != searcher.getIndexReader() || current.expanded().size() > MAX_NEAR_TERMS) {
            current = new NearTerms(searcher.getIndexReader(), new java.util.concurrent.ConcurrentHashMap<>());
            nearTerms = current;
        }
        Query expanded = current.expanded().get(word);
        if (expanded == null) {
            expanded = searcher.rewrite(new FuzzyQuery(new Term(NAME, word), edits, 1));
            current.expanded().put(word, expanded);
        }
        return expanded;
    }

    /** Fuzzy expansions of words, valid for one index reader. */
    private record NearTerms(org.apache.lucene.index.IndexReader reader, Map<String, Query> expanded) {}

    /** Edits a word may be away from a name word: none for short words, where one edit matches too much. */
    private static int editsFor(String word) {
        return word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
    }

    private List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(NAME, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < 16) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Lower case, accents removed, white space collapsed: the key of exact matching. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static Document document(Entry entry) {
        Document doc = new Document();
        doc.add(new StringField(IRI, entry.iri(), Field.Store.YES));
        doc.add(new StoredField("label", entry.label()));
        doc.add(new SortedDocValuesField(LABEL_ORDER, new BytesRef(entry.label())));
        doc.add(new TextField(NAME, entry.label(), Field.Store.NO));
        doc.add(new StringField(EXACT_LABEL, fold(entry.label()), Field.Store.NO));
        for (String alt : entry.altLabels()) {
            doc.add(new StoredField("alt", alt));
            doc.add(new TextField(NAME, alt, Field.Store.NO));
            doc.add(new StringField(EXACT_ALT, fold(alt), Field.Store.NO));
        }
        for (String type : entry.types()) {
            doc.add(new StringField(TYPE, type, Field.Store.YES));
        }
        doc.add(new StoredField(ARTICLES, entry.articles()));
        doc.add(new NumericDocValuesField(ARTICLES, entry.articles()));
        return doc;
    }

    private static Entry entry(Document doc) {
        return new Entry(doc.get(IRI), doc.get("label"), List.of(doc.getValues("alt")), List.of(doc.getValues(TYPE)),
                doc.getField(ARTICLES).numericValue().longValue());
    }

    /** Reads entity records from the store; {@code only} restricts to some entities, null reads all. */
    private Map<String, Entry> load(DatasetGraph dsg, Collection<String> only) {
        return only == null ? loadAll(dsg) : loadSome(dsg, only);
    }

    /** Every entity in three linear scans (labels and types, aliases, mentions), not one lookup per entity. */
    private Map<String, Entry> loadAll(DatasetGraph dsg) {
        Graph described = dsg.getGraph(NodeFactory.createURI(entitiesGraph));
        Map<Node, String> labels = new HashMap<>();
        described.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                labels.putIfAbsent(t.getSubject(), t.getObject().getLiteralLexicalForm());
            }
        });
        Map<Node, List<String>> types = new HashMap<>();
        described.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (labels.containsKey(t.getSubject()) && t.getObject().isURI()) {
                types.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject().getURI());
            }
        });
        Map<Node, Set<String>> alts = new HashMap<>();
        CuratedView view = store.curatedView();
        dsg.find(Node.ANY, Node.ANY, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(q -> {
            if (labels.containsKey(q.getSubject()) && q.getObject().isLiteral() && !view.hides(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                alts.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(q.getObject().getLiteralLexicalForm());
            }
        });
        Map<Node, Set<Node>> articles = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, KG.refersTo.asNode(), Node.ANY).forEachRemaining(q -> {
            if (labels.containsKey(q.getObject()) && !Quad.isDefaultGraph(q.getGraph())) {
                articles.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getGraph());
            }
        });
        Map<String, Entry> entries = new HashMap<>();
        labels.forEach((subject, label) -> {
            Set<String> names = new LinkedHashSet<>(alts.getOrDefault(subject, Set.of()));
            names.remove(label);
            entries.put(subject.getURI(), new Entry(subject.getURI(), label, List.copyOf(names),
                    List.copyOf(types.getOrDefault(subject, List.of())), articles.getOrDefault(subject, Set.of()).size()));
        });
        return entries;
    }

    private Map<String, Entry> loadSome(DatasetGraph dsg, Collection<String> only) {
        Node entities = NodeFactory.createURI(entitiesGraph);
        Graph described = dsg.getGraph(entities);
        List<Node> subjects = new ArrayList<>();
        only.forEach(iri -> subjects.add(NodeFactory.createURI(iri)));
        Node refersTo = KG.refersTo.asNode();
        Map<String, Entry> entries = new HashMap<>();
        for (Node subject : new LinkedHashSet<>(subjects)) {
            List<Triple> labels = described.find(subject, RDFS.label.asNode(), Node.ANY).toList();
            if (labels.isEmpty() || !labels.get(0).getObject().isLiteral()) {
                continue;
            }
            String label = labels.get(0).getObject().getLiteralLexicalForm();
            List<String> types = new ArrayList<>();
            described.find(subject, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) {
                    types.add(t.getObject().getURI());
                }
            });
            Set<String> alts = new LinkedHashSet<>();
            CuratedView view = store.curatedView();
            dsg.find(Node.ANY, subject, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() && !view.hides(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                    alts.add(q.getObject().getLiteralLexicalForm());
                }
            });
            alts.remove(label);
            Set<Node> articles = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, refersTo, subject).forEachRemaining(q -> articles.add(q.getGraph()));
            articles.removeIf(Quad::isDefaultGraph);
            entries.put(subject.getURI(), new Entry(subject.getURI(), label, List.copyOf(alts), List.copyOf(types), articles.size()));
        }
        return entries;
    }

    /** The most specific class among an entity's types (the one with the longest superclass chain). */
    static String mostSpecificType(List<String> types) {
        return types.stream().filter(t -> t.startsWith(KG.NS))
                .max(Comparator.comparingInt((String t) -> ClassHierarchy.selfAndSuperclasses(t).size()).thenComparing(t -> t))
                .orElse(types.isEmpty() ? null : types.get(0));
    }

    // Synchronized with rebuild and refresh: closing the writer during their commit fails
    // ("prepareCommit was already called"), which a server stopped while it still builds its index would hit.
    // An index on disk is marked as in step with the store only when it was fully built and the store is still
    // open to tell its state; a crash leaves no marker, so the next start rebuilds.
    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.commit();
            writer.close();
            writer.getDirectory().close(); // the writer leaves its directory open
            if (marker != null && built.isDone() && !built.isCompletedExceptionally()) {
                try {
                    marker.record();
                } catch (RuntimeException e) {
                    LOG.warn("Entity index not marked as reusable; the next start rebuilds it: {}", e.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words as the standard tokenizer splits them, lower-cased, accents folded to ASCII. */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
