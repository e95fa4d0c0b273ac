package org.astrolabe.api;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.DocumentSummary;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.core.store.StoreStats;
import org.astrolabe.ontology.KG;

/**
 * A small in-memory {@link GraphStore} for the API tests, over an in-memory TDB2 dataset, with
 * the union of named graphs as the query default graph. It follows the article-graph layout of
 * {@link ArticleGraph}; the store module's own implementations replace it once they are available.
 */
final class MemoryTestStore implements GraphStore {
    private final Iris iris;
    private final ArticleGraph layout;
    private final DatasetGraph base = DatabaseMgr.createDatasetGraph();
    private final Dataset dataset = DatasetFactory.wrap(base);

    MemoryTestStore(Iris iris) {
        this.iris = iris;
        this.layout = new ArticleGraph(iris);
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @Override
    public PutOutcome put(ExtractionResult result) {
        String doc = iris.document(result.article());
        Node g = NodeFactory.createURI(doc);
        Node entities = NodeFactory.createURI(iris.entitiesGraph());
        PutOutcome.Change[] change = new PutOutcome.Change[1];
        Txn.executeWrite(base, () -> {
            change[0] = base.containsGraph(g) ? PutOutcome.Change.REPLACED : PutOutcome.Change.ADDED;
            base.removeGraph(g);
            Graph graph = layout.articleGraph(result, Instant.now());
            graph.find().forEachRemaining(t -> base.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            for (ExtractedEntity e : result.entities()) {
                Node en = NodeFactory.createURI(e.iri());
                if (!base.contains(entities, en, Node.ANY, Node.ANY)) {
                    layout.description(e).forEach(t -> base.add(entities, t.getSubject(), t.getPredicate(), t.getObject()));
                }
            }
        });
        return new PutOutcome(doc, change[0], Txn.calculateRead(base, () -> base.getGraph(g).size()));
    }

    @Override
    public boolean delete(String documentIri) {
        Node g = NodeFactory.createURI(documentIri);
        Node entities = NodeFactory.createURI(iris.entitiesGraph());
        return Txn.calculateWrite(base, () -> {
            if (!base.containsGraph(g)) {
                return false;
            }
            List<Node> named = new ArrayList<>();
            base.getGraph(g).find(Node.ANY, RDF.type.asNode(), KG.Entity.asNode()).forEachRemaining(t -> named.add(t.getSubject()));
            base.removeGraph(g);
            for (Node e : named) {
                if (!org.apache.jena.atlas.iterator.Iter.toList(base.find(Node.ANY, e, RDF.type.asNode(), KG.Entity.asNode())).stream()
                        .anyMatch(q -> !q.getGraph().equals(entities))) {
                    base.deleteAny(entities, e, Node.ANY, Node.ANY);
                }
            }
            return true;
        });
    }

    @Override
    public Optional<DocumentSummary> document(String documentIri) {
        Node g = NodeFactory.createURI(documentIri);
        return Txn.calculateRead(base, () -> {
            if (!base.containsGraph(g)) {
                return Optional.empty();
            }
            Graph graph = base.getGraph(g);
            return Optional.of(new DocumentSummary(documentIri, literal(graph, g, DCTerms.title.asNode()),
                    Optional.ofNullable(literal(graph, g, DCTerms.date.asNode())).map(LocalDate::parse).orElse(null),
                    null, literal(graph, g, KG.sourceName.asNode()), literal(graph, g, KG.contentHash.asNode()),
                    Optional.ofNullable(literal(graph, g, KG.ingestedAt.asNode())).map(Instant::parse).orElse(null),
                    literal(graph, g, KG.extractorVersion.asNode()),
                    graph.find(Node.ANY, RDF.type.asNode(), KG.Fact.asNode()).toList().size(), graph.size()));
        });
    }

    private static String literal(Graph g, Node s, Node p) {
        var found = g.find(s, p, Node.ANY).toList();
        return found.isEmpty() ? null : found.get(0).getObject().getLiteralLexicalForm();
    }

    @Override
    public List<DocumentSummary> documents(int offset, int limit) {
        List<String> docs = Txn.calculateRead(base, () -> {
            List<String> names = new ArrayList<>();
            base.listGraphNodes().forEachRemaining(n -> {
                if (base.getGraph(n).contains(n, RDF.type.asNode(), KG.Document.asNode())) {
                    names.add(n.getURI());
                }
            });
            return names;
        });
        return docs.stream().map(d -> document(d).orElseThrow())
                .sorted(Comparator.comparing(DocumentSummary::ingestedAt).reversed())
                .skip(offset).limit(limit).toList();
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
    public long export(OutputStream out, RDFFormat format, String graphIri) {
        return Txn.calculateRead(base, () -> {
            if (graphIri == null) {
                RDFDataMgr.write(out, base, format);
                return base.stream().count();
            }
            Graph g = base.getGraph(NodeFactory.createURI(graphIri));
            RDFDataMgr.write(out, g, format);
            return (long) g.size();
        });
    }

    @Override
    public StoreStats stats() {
        return Txn.calculateRead(base, () -> {
            Map<String, Long> perClass = new HashMap<>();
            base.getGraph(NodeFactory.createURI(iris.entitiesGraph())).find(Node.ANY, RDF.type.asNode(), Node.ANY)
                    .forEachRemaining(t -> perClass.merge(t.getObject().getURI(), 1L, Long::sum));
            Map<String, Long> perProperty = new HashMap<>();
            base.find(Node.ANY, Node.ANY, RDF.predicate.asNode(), Node.ANY)
                    .forEachRemaining(q -> perProperty.merge(q.getObject().getURI(), 1L, Long::sum));
            return new StoreStats(documents(0, Integer.MAX_VALUE).size(), perClass, perProperty, base.stream().count());
        });
    }

    @Override
    public void compact() {}

    @Override
    public Path backup(Path target) {
        throw new UnsupportedOperationException("not needed by the API tests");
    }

    @Override
    public void close() {}
}
