package org.astrolabe.extractor.ingest;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.DocumentSummary;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.core.store.StoreStats;

/**
 * Test-only: the part of the {@link GraphStore} contract the ingest plumbing uses (put, read, dataset),
 * over a Jena in-memory dataset, in the layout of {@link ArticleGraph}. Put fails for a text containing
 * "FAIL-STORE", so tests can see a store failure.
 */
final class ScratchGraphStore implements GraphStore {
    private final Dataset dataset = DatasetFactory.createTxnMem();
    private final Iris iris = Iris.defaults();
    private final ArticleGraph layout = new ArticleGraph(iris);

    @Override
    public PutOutcome put(ExtractionResult result) {
        if (result.article().text().contains("FAIL-STORE")) {
            throw new IllegalStateException("disk full");
        }
        String doc = iris.document(result.article());
        Node name = NodeFactory.createURI(doc);
        Graph graph = layout.articleGraph(result, Instant.EPOCH);
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            boolean existed = dsg.containsGraph(name);
            if (existed && dsg.getGraph(name).isIsomorphicWith(graph)) {
                return new PutOutcome(doc, PutOutcome.Change.UNCHANGED, graph.size());
            }
            dsg.removeGraph(name);
            dsg.addGraph(name, graph);
            Graph entities = dsg.getGraph(NodeFactory.createURI(iris.entitiesGraph()));
            for (ExtractedEntity e : result.entities()) {
                if (!entities.contains(NodeFactory.createURI(e.iri()), Node.ANY, Node.ANY)) {
                    for (Triple t : layout.description(e)) {
                        entities.add(t);
                    }
                }
            }
            return new PutOutcome(doc, existed ? PutOutcome.Change.REPLACED : PutOutcome.Change.ADDED, graph.size());
        });
    }

    @Override
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    @Override
    public void write(Consumer<Dataset> action) {
        Txn.executeWrite(dataset, () -> action.accept(dataset));
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public boolean delete(String documentIri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<DocumentSummary> document(String documentIri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DocumentSummary> documents(int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long export(OutputStream out, RDFFormat format, String graphIri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StoreStats stats() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void compact() {
    }

    @Override
    public Path backup(Path target) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        dataset.close();
    }
}
