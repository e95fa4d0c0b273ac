package org.astrolabe.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.system.Txn;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.curation.CuratedView;
import org.astrolabe.core.curation.Curation;
import org.astrolabe.core.shapes.ShapeCheck;

/**
 * The {@link GraphStore} behaviour on any transactional Jena {@link DatasetGraph}; subclasses supply the
 * dataset (on disk, in memory), the query view of it and what {@link #compact()} and {@link #close()} mean.
 */
public abstract class DatasetGraphStore implements GraphStore {
    private static final DateTimeFormatter BACKUP_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DatasetGraph storage;
    private final Dataset queryDataset;
    private final Iris iris;
    private final ArticleGraph layout;
    private final Clock clock;
    private final EntityDescriptions entities;
    private final DocumentCatalog catalog;
    private final StoreExporter exporter;
    private final ShapeCheck shapeCheck = new ShapeCheck();
    private final Curation curation;
    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * Every transaction of this store runs under the shared side; {@link #exclusively} takes the other. Fair, so
     * that a waiting compaction is not starved by a steady stream of reads.
     */
    private final ReadWriteLock transactions = new ReentrantReadWriteLock(true);

    /**
     * @param storage      the transactional dataset that holds the quads
     * @param queryDataset the same data as seen by queries: its default graph is the union of the named graphs
     * @param iris         mints the document and entities graph IRIs
     * @param clock        the time recorded as {@code kg:ingestedAt}
     */
    protected DatasetGraphStore(DatasetGraph storage, Dataset queryDataset, Iris iris, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.queryDataset = Objects.requireNonNull(queryDataset, "queryDataset");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.layout = new ArticleGraph(iris);
        Node entitiesGraph = NodeFactory.createURI(iris.entitiesGraph());
        this.entities = new EntityDescriptions(storage, entitiesGraph, layout);
        this.catalog = new DocumentCatalog(storage);
        this.exporter = new StoreExporter(storage, StorePrefixes.of(iris));
        this.curation = new Curation(storage, iris, clock, new Curation.Transactions() {
            @Override
            public <T> T read(Supplier<T> action) {
                return calculateRead(storage, action);
            }

            @Override
            public <T> T write(Supplier<T> action) {
                return calculateWrite(storage, action);
            }
        }, this::curatedViewChanged);
    }

    /**
     * Reads the reviews the store holds; the factories call it once the store is open (not the constructor,
     * which runs before the subclass is complete).
     */
    protected final void startCuration() {
        curation.refresh();
    }

    /**
     * Called with every new curated view, after the transaction that changed it committed: the place for a
     * backend to make its query engine hide what the view hides. The default does nothing (API reads filter
     * with the view themselves).
     */
    protected void curatedViewChanged(CuratedView view) {
    }

    @Override
    public Curation curation() {
        ensureOpen();
        return curation;
    }

    @Override
    public CuratedView curatedView() {
        return curation.view();
    }

    /** The IRIs this store was opened with. */
    public Iris iris() {
        return iris;
    }

    @Override
    public PutOutcome put(ExtractionResult result) {
        return putAll(List.of(result), Rewrite.IF_CHANGED).get(0);
    }

    @Override
    public List<PutOutcome> putAll(List<ExtractionResult> results, Rewrite rewrite) {
        ensureOpen();
        Objects.requireNonNull(rewrite, "rewrite");
        List<PutOutcome> outcomes = calculateWrite(storage, () -> {
            List<PutOutcome> written = new ArrayList<>(results.size());
            for (ExtractionResult result : results) {
                written.add(write(curation.rewrite(result), rewrite));
            }
            return written;
        });
        refreshCurationAfter(outcomes.stream().anyMatch(o -> o.change() != PutOutcome.Change.UNCHANGED));
        return outcomes;
    }

    /** One article's part of a write transaction. */
    private PutOutcome write(ExtractionResult result, Rewrite rewrite) {
        String documentIri = iris.document(result.article());
        Node graphName = NodeFactory.createURI(documentIri);
        boolean exists = storage.contains(graphName, Node.ANY, Node.ANY, Node.ANY);
        if (exists && rewrite == Rewrite.IF_CHANGED
                && catalog.holds(graphName, Iris.contentHash(result.article().text()), result.extractorVersion())) {
            return new PutOutcome(documentIri, PutOutcome.Change.UNCHANGED, catalog.countQuads(graphName));
        }
        Set<Node> formerlyMentioned = exists ? entities.mentionedIn(graphName) : Set.of();
        storage.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
        Graph article = layout.articleGraph(result, clock.instant());
        shapeCheck.check(documentIri, article, layout.descriptions(result));
        article.find().forEachRemaining(t -> storage.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        entities.describe(result.entities());
        curation.reapplyEdits(result.entities().stream().map(e -> e.iri()).toList());
        entities.removeOrphans(formerlyMentioned);
        return new PutOutcome(documentIri, exists ? PutOutcome.Change.REPLACED : PutOutcome.Change.ADDED, article.size());
    }

    @Override
    public long shapeViolations() {
        return shapeCheck.violations();
    }

    @Override
    public Optional<String> alreadyStored(Article article, String extractorVersion) {
        ensureOpen();
        String documentIri = iris.document(article);
        Node graphName = NodeFactory.createURI(documentIri);
        String contentHash = Iris.contentHash(article.text());
        boolean holds = calculateRead(storage, () -> catalog.holds(graphName, contentHash, extractorVersion));
        return holds ? Optional.of(documentIri) : Optional.empty();
    }

    @Override
    public boolean delete(String documentIri) {
        ensureOpen();
        if (documentIri.equals(iris.entitiesGraph())) {
            throw new IllegalArgumentException(documentIri + " is the entities graph, not an article");
        }
        if (documentIri.equals(iris.curationGraph())) {
            throw new IllegalArgumentException(documentIri + " is the curation graph, not an article");
        }
        Node graphName = NodeFactory.createURI(documentIri);
        boolean deleted = calculateWrite(storage, () -> {
            if (!storage.contains(graphName, Node.ANY, Node.ANY, Node.ANY)) {
                return false;
            }
            Set<Node> formerlyMentioned = entities.mentionedIn(graphName);
            storage.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            entities.removeOrphans(formerlyMentioned);
            return true;
        });
        refreshCurationAfter(deleted);
        return deleted;
    }

    @Override
    public Optional<DocumentSummary> document(String documentIri) {
        ensureOpen();
        return calculateRead(storage, () -> catalog.summary(NodeFactory.createURI(documentIri)));
    }

    @Override
    public List<DocumentSummary> documents(int offset, int limit) {
        ensureOpen();
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return calculateRead(storage, () -> catalog.newestFirst(offset, limit));
    }

    @Override
    public boolean hasDocuments() {
        ensureOpen();
        return calculateRead(storage, catalog::any);
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        ensureOpen();
        return calculateRead(queryDataset, () -> action.apply(queryDataset));
    }

    @Override
    public void write(Consumer<Dataset> action) {
        ensureOpen();
        executeWrite(queryDataset, () -> action.accept(queryDataset));
    }

    @Override
    public Dataset dataset() {
        ensureOpen();
        return queryDataset;
    }

    @Override
    public long export(OutputStream out, RDFFormat format, String graphIri) {
        ensureOpen();
        return calculateRead(storage, () -> exporter.export(out, format, graphIri));
    }

    @Override
    public StoreStats stats() {
        ensureOpen();
        return calculateRead(queryDataset, () -> new StoreStatistics(storage, queryDataset,
                NodeFactory.createURI(iris.entitiesGraph())).compute());
    }

    @Override
    public Path backup(Path target) {
        ensureOpen();
        Path file = Files.isDirectory(target)
                ? target.resolve("astrolabe-backup-" + BACKUP_STAMP.format(clock.instant()) + ".nq.gz")
                : target;
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                export(out, RDFFormat.NQUADS, null);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is named as such; leaving it behind loses nothing
            }
            throw new StoreException("cannot write backup " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public final void close() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }

    /** Frees the storage; called once, by {@link #close()}. */
    protected abstract void release();

    /** The dataset that holds the quads (its default graph is the stored one, not the union). */
    protected DatasetGraph storage() {
        return storage;
    }

    /**
     * Runs {@code action} while no transaction of this store is in progress; transactions that start meanwhile
     * wait for it. TDB2's compaction switches the dataset to a new generation, and a transaction that spans the
     * switch begins on the old generation but ends on the new one, leaving the old one's transaction open
     * forever and the compaction waiting for it (Jena 5.6 issue #3488).
     */
    protected void exclusively(Runnable action) {
        transactions.writeLock().lock();
        try {
            action.run();
        } finally {
            transactions.writeLock().unlock();
        }
    }

    /**
     * Recomputes the curated view after a write that changed article graphs, when there are reviews: a
     * re-extracted article brings new evidence nodes for its rejected statements. Without reviews it costs
     * nothing.
     */
    protected void refreshCurationAfter(boolean changed) {
        if (changed && !curation.view().isEmpty()) {
            curation.refresh();
        }
    }

    private <T> T calculateRead(Transactional on, Supplier<T> action) {
        transactions.readLock().lock();
        try {
            return Txn.calculateRead(on, action);
        } finally {
            transactions.readLock().unlock();
        }
    }

    private <T> T calculateWrite(Transactional on, Supplier<T> action) {
        transactions.readLock().lock();
        try {
            return Txn.calculateWrite(on, action);
        } finally {
            transactions.readLock().unlock();
        }
    }

    private void executeWrite(Transactional on, Runnable action) {
        calculateWrite(on, () -> {
            action.run();
            return null;
        });
    }

    protected void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the store is closed");
        }
    }

}
