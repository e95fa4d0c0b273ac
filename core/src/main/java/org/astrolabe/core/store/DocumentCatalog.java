package org.astrolabe.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.ontology.KG;

/** Reads article metadata from the article graphs. Every method must run inside the caller's transaction. */
final class DocumentCatalog {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DOCUMENT = KG.Document.asNode();
    private static final Node FACT = KG.Fact.asNode();

    private final DatasetGraph storage;

    DocumentCatalog(DatasetGraph storage) {
        this.storage = storage;
    }

    /** True if the article graph records this content hash and extractor version. */
    boolean holds(Node graphName, String contentHash, String extractorVersion) {
        return contentHash.equals(value(graphName, KG.contentHash.asNode()))
                && extractorVersion.equals(value(graphName, KG.extractorVersion.asNode()));
    }

    long countQuads(Node graphName) {
        return Iter.count(storage.find(graphName, Node.ANY, Node.ANY, Node.ANY));
    }

    Optional<DocumentSummary> summary(Node graphName) {
        if (!graphName.isURI() || !storage.contains(graphName, graphName, TYPE, DOCUMENT)) {
            return Optional.empty();
        }
        String date = value(graphName, DCTerms.date.asNode());
        String ingested = value(graphName, KG.ingestedAt.asNode());
        return Optional.of(new DocumentSummary(graphName.getURI(),
                value(graphName, DCTerms.title.asNode()),
                date == null ? null : parseDate(date),
                value(graphName, DCTerms.source.asNode()),
                value(graphName, KG.sourceName.asNode()),
                value(graphName, KG.contentHash.asNode()),
                ingested == null ? null : parseInstant(ingested),
                value(graphName, KG.extractorVersion.asNode()),
                Iter.count(storage.find(graphName, Node.ANY, TYPE, FACT)),
                countQuads(graphName)));
    }

    /** A page of the articles, newest ingest first, ties broken by IRI. */
    /** Whether any article graph exists: stops at the first {@code <doc> a kg:Document} in its own graph. */
    boolean any() {
        Iterator<Quad> documents = storage.findNG(Node.ANY, Node.ANY, TYPE, DOCUMENT);
        try {
            while (documents.hasNext()) {
                Quad q = documents.next();
                if (q.getGraph().equals(q.getSubject()) && q.getSubject().isURI()) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(documents);
        }
    }

    List<DocumentSummary> newestFirst(int offset, int limit) {
        record Entry(String iri, Instant ingestedAt) {}
        List<Entry> entries = new ArrayList<>();
        Iterator<Quad> documents = storage.findNG(Node.ANY, Node.ANY, TYPE, DOCUMENT);
        try {
            documents.forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject()) && q.getSubject().isURI()) {
                    String ingested = value(q.getGraph(), KG.ingestedAt.asNode());
                    entries.add(new Entry(q.getSubject().getURI(), ingested == null ? Instant.EPOCH : parseInstant(ingested)));
                }
            });
        } finally {
            Iter.close(documents);
        }
        entries.sort(Comparator.comparing(Entry::ingestedAt).reversed().thenComparing(Entry::iri));
        List<DocumentSummary> page = new ArrayList<>();
        for (Entry entry : entries.subList(Math.min(offset, entries.size()), (int) Math.min(entries.size(), (long) offset + limit))) {
            summary(NodeFactory.createURI(entry.iri())).ifPresent(page::add);
        }
        return page;
    }

    /** The lexical form (or IRI) of the first value of the document's property in its own graph. */
    private String value(Node graphName, Node property) {
        Iterator<Quad> quads = storage.find(graphName, graphName, property, Node.ANY);
        try {
            if (!quads.hasNext()) {
                return null;
            }
            Node object = quads.next().getObject();
            return object.isLiteral() ? object.getLiteralLexicalForm() : object.isURI() ? object.getURI() : null;
        } finally {
            Iter.close(quads);
        }
    }

    private static LocalDate parseDate(String lexical) {
        try {
            return LocalDate.parse(lexical);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parseInstant(String lexical) {
        try {
            return Instant.parse(lexical);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
