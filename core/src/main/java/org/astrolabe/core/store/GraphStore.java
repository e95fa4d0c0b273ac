package org.astrolabe.core.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;

/**
 * Where Astrolabe's graph lives: one named graph per article (named by the article's IRI, see
 * {@code Iris.document}), plus one graph ({@code Iris.entitiesGraph()}) with the merged descriptions of the
 * entities. Queries see the union of all named graphs as their default graph.
 *
 * <h2>Lifecycle</h2>
 * A store is opened by its implementation's factory and is usable until {@link #close()}; after that every
 * method throws {@link IllegalStateException}. Closing twice is harmless. Do not close a store while other
 * threads are still calling it.
 *
 * <h2>Transactions</h2>
 * Every method that changes the store does all of its work in one write transaction: an article is either
 * completely in the store or absent, also after a crash (for a persistent store, once {@link #put} or
 * {@link #delete} has returned the change is durable). Readers never see a half-written article.
 * {@link #read} and {@link #write} run caller code inside one transaction (Jena's
 * {@code Txn.calculateRead}/{@code executeWrite} style); do not begin transactions on {@link #dataset()}
 * inside them, and do not call the store's own writing methods from inside {@link #read}.
 *
 * <h2>Entities</h2>
 * An entity's description (one {@code rdfs:label}, its types, its {@code owl:sameAs} links) is written by the
 * first article that mentions it; later articles add {@code owl:sameAs} links it does not have yet but never
 * change its label or types. The description is removed when no article graph still mentions the entity:
 * an entity counts as mentioned while some article graph has a triple with the entity as subject, or a
 * {@code kg:refersTo} pointing at it.
 *
 * <h2>Thread-safety</h2>
 * All methods may be called from any number of threads. Many readers run at once with one writer (MR+SW);
 * writers are serialised.
 */
public interface GraphStore extends AutoCloseable {

    /**
     * Writes one article's graph. Writing an article whose graph already holds the same text (same
     * {@code kg:contentHash}) from the same extractor version ({@code kg:extractorVersion}) changes nothing;
     * otherwise the article's graph is replaced as a whole. Entity descriptions are merged into the
     * entities graph and descriptions that the replaced version alone used are removed.
     */
    PutOutcome put(ExtractionResult result);

    /** How {@link #putAll} treats an article whose graph already records the same text and extractor version. */
    enum Rewrite {
        /** Leave it as it is ({@link PutOutcome.Change#UNCHANGED}), as {@link #put} does. */
        IF_CHANGED,
        /** Replace it all the same ({@link PutOutcome.Change#REPLACED}): for output that changed without a new version. */
        ALWAYS
    }

    /**
     * Writes several articles' graphs in one write transaction, so a bulk ingest pays one commit per batch,
     * not per article: all of them are stored or, if the transaction fails, none. Each article is treated as
     * {@link #put} treats it, in list order (a later article sees the earlier ones), unless {@code rewrite}
     * is {@link Rewrite#ALWAYS}. A store whose backend has no multi-article transaction (the remote SPARQL
     * store) writes one article per transaction and says so in its documentation.
     *
     * @return one outcome per result, in the same order
     */
    List<PutOutcome> putAll(List<ExtractionResult> results, Rewrite rewrite);

    /**
     * The article's IRI if its graph already records the article's text ({@code kg:contentHash}) from this
     * extractor version, so that {@link #put} of its extraction would change nothing; else empty. Reads two
     * values of one document: cheap enough to ask before paying for an extraction.
     */
    Optional<String> alreadyStored(Article article, String extractorVersion);

    /**
     * Removes exactly one article's graph, and the descriptions of entities no remaining article mentions.
     *
     * @return false if there was no such article
     * @throws IllegalArgumentException if the IRI names the entities graph
     */
    boolean delete(String documentIri);

    /** One article's metadata, if the store holds it. */
    Optional<DocumentSummary> document(String documentIri);

    /** Articles' metadata, newest ingest first (ties broken by IRI). */
    List<DocumentSummary> documents(int offset, int limit);

    /**
     * Whether the store holds at least one article. Cheaper than {@code documents(0, 1)}, which must order
     * every article's metadata: implementations stop at the first document found.
     */
    default boolean hasDocuments() {
        return !documents(0, 1).isEmpty();
    }

    /**
     * Runs {@code action} in a read transaction over the dataset (default graph = union of named graphs), as
     * queries see it: the curated view, without what active reviews hide (see {@link #curatedView()}); the raw
     * extraction is what {@link #export} writes.
     */
    <T> T read(Function<Dataset, T> action);

    /** Runs {@code action} in one write transaction; it commits if the action returns, aborts if it throws. */
    void write(Consumer<Dataset> action);

    /**
     * The underlying transactional dataset, for query engines that manage their own transactions (ARQ,
     * the SPARQL endpoint). Its default graph for queries is the union of the named graphs, and its reads
     * (queries, graphs, {@code find}) leave out what active reviews hide; write into named graphs only.
     */
    Dataset dataset();

    /**
     * Streams the store, or one graph of it, to {@code out}, all from one read transaction (a consistent
     * snapshot). Memory does not grow with the store's size. N-Quads and TriG keep graph names; Turtle and
     * N-Triples of the whole store write the triples of every graph one graph after the other (a triple held
     * by two graphs appears twice, which readers merge); JSON-LD is written one graph at a time (each graph is
     * held in memory while it is written), as a JSON array of named-graph objects. The stream is flushed, not
     * closed.
     *
     * @param format   N-Quads, TriG, N-Triples, Turtle or JSON-LD (any variant of these; Turtle and TriG
     *                 are written in their streaming "blocks" style)
     * @param graphIri one graph to export, or null for the whole store
     * @return the number of quads (triples for one graph) written
     */
    long export(OutputStream out, RDFFormat format, String graphIri);

    /**
     * How many SHACL shape violations the article graphs this store object has written had (since it was
     * opened). Every article graph is validated, together with the descriptions of its entities, against
     * the ontology's shapes before it is written; a violation is a bug of the extractor, not of the article,
     * so the article is written all the same and the violation is logged and counted here.
     */
    long shapeViolations();

    /** Counts of articles, entities per class, facts per property and quads. */
    StoreStats stats();

    /** Reclaims the space that updates and deletes leave behind (a no-op where there is none). */
    void compact();

    /**
     * Writes a consistent copy of the store (gzipped N-Quads, from one read transaction) to {@code target}: a
     * file, or an existing folder in which a time-stamped file is created. The file appears only when
     * complete.
     *
     * @return the file written
     */
    Path backup(Path target);

    /**
     * The bytes the store's files take on disk (what {@link #compact()} can shrink), or empty for a store
     * without files of its own (in memory, remote).
     */
    default OptionalLong bytesOnDisk() {
        return OptionalLong.empty();
    }

    /**
     * The reviews and edits of this store ({@code docs/curation.md}): confirm or reject facts, add facts by
     * hand, merge and edit entities, withdraw any of these. Queries and the API read the curated view they
     * give ({@link #curatedView()}); the article graphs keep the raw extraction.
     *
     * @throws UnsupportedOperationException for a store that keeps no curation (the remote SPARQL store)
     */
    default org.astrolabe.core.curation.Curation curation() {
        throw new UnsupportedOperationException("This store keeps no reviews");
    }

    /** What the active reviews hide and mark now; {@code CuratedView.NONE} for a store without reviews. */
    default org.astrolabe.core.curation.CuratedView curatedView() {
        return org.astrolabe.core.curation.CuratedView.NONE;
    }

    @Override
    void close();
}
