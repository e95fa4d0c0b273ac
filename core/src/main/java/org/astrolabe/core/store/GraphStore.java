package org.astrolabe.core.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.astrolabe.core.model.ExtractionResult;

/**
 * Where Astrolabe's graph lives: one named graph per article (named by the article's IRI), plus one graph
 * with the merged descriptions of the entities. Queries see the union of all named graphs as their default
 * graph.
 *
 * <h2>Lifecycle</h2>
 * A store is opened by its implementation's factory and is usable until {@link #close()}; after that every
 * method throws {@link IllegalStateException}. Closing twice is harmless.
 *
 * <h2>Transactions</h2>
 * Every method that changes the store does all of its work in one write transaction: an article is either
 * completely in the store or absent, also after a crash. Readers never see a half-written article.
 * {@link #read} and {@link #write} run caller code inside one transaction (Jena's
 * {@code Transactional.calculateRead}/{@code executeWrite} style); do not begin transactions on
 * {@link #dataset()} inside them.
 *
 * <h2>Thread-safety</h2>
 * All methods may be called from any number of threads. Many readers run at once with one writer (MR+SW);
 * writers are serialised.
 */
public interface GraphStore extends AutoCloseable {

    /**
     * Writes one article's graph. Writing an article whose graph already holds the same text from the same
     * extractor version changes nothing; otherwise the article's graph is replaced as a whole. Entity
     * descriptions are merged into the entities graph.
     */
    PutOutcome put(ExtractionResult result);

    /**
     * Removes exactly one article's graph, and the descriptions of entities no remaining article mentions.
     *
     * @return false if there was no such article
     */
    boolean delete(String documentIri);

    /** One article's metadata, if the store holds it. */
    Optional<DocumentSummary> document(String documentIri);

    /** Articles' metadata, newest ingest first. */
    List<DocumentSummary> documents(int offset, int limit);

    /** Runs {@code action} in a read transaction over the dataset (default graph = union of named graphs). */
    <T> T read(Function<Dataset, T> action);

    /** Runs {@code action} in one write transaction; it commits if the action returns, aborts if it throws. */
    void write(Consumer<Dataset> action);

    /**
     * The underlying transactional dataset, for query engines that manage their own transactions (ARQ,
     * the SPARQL endpoint). Its default graph for queries is the union of the named graphs.
     */
    Dataset dataset();

    /**
     * Streams the store, or one graph of it, to {@code out} in constant memory.
     *
     * @param format   a streaming RDF format (N-Quads, TriG, N-Triples, Turtle, JSON-LD)
     * @param graphIri one graph to export, or null for the whole store
     * @return the number of quads written
     */
    long export(OutputStream out, RDFFormat format, String graphIri);

    /** Counts of articles, entities per class, facts per property and quads. */
    StoreStats stats();

    /** Reclaims the space that updates and deletes leave behind (a no-op where there is none). */
    void compact();

    /** Writes a consistent copy of the store (gzipped N-Quads) to {@code target}, a file or a folder. */
    Path backup(Path target);

    @Override
    void close();
}
