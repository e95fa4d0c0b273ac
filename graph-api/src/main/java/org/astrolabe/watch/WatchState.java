package org.astrolabe.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.KG;

/**
 * The watcher's memory, kept in the store as RDF in its own named graph ({@code <base>graph/sources}), so
 * that a restart or a crash resumes where the last committed write left off. Every change is one write
 * transaction; an item's record is written in the same transaction as the {@code dcterms:issued} of its
 * documents. The terms ({@code watch:} = {@value #NS}) are described in {@code docs/sources.md}.
 * Thread-safe (the store serialises writers).
 */
public final class WatchState {
    public static final String NS = "https://w3id.org/astrolabe/watch#";
    static final Resource SOURCE = ResourceFactory.createResource(NS + "Source");
    static final Resource ITEM = ResourceFactory.createResource(NS + "Item");
    static final Property URL = property("url");
    static final Property NAME = property("name");
    static final Property KIND = property("kind");
    static final Property ETAG = property("etag");
    static final Property LAST_MODIFIED = property("lastModified");
    static final Property LAST_POLL = property("lastPoll");
    static final Property LAST_SUCCESS = property("lastSuccess");
    static final Property FAILURES = property("failures");
    static final Property LAST_ERROR = property("lastError");
    static final Property POLLS = property("polls");
    static final Property OF_SOURCE = property("source");
    static final Property STATE = property("state");
    static final Property VERSION = property("version");
    static final Property DOCUMENT = property("document");
    static final Property ATTEMPTS = property("attempts");
    static final Property ERROR = property("error");
    static final Property HANDLED_AT = property("handledAt");

    private final GraphStore store;
    private final String graph;
    private final String base;

    public WatchState(GraphStore store, Iris iris) {
        this.store = store;
        this.base = iris.base();
        this.graph = iris.base() + "graph/sources";
    }

    /** The IRI of the named graph holding the state. */
    public String graphIri() {
        return graph;
    }

    public SourceState source(SourceSpec spec) {
        return store.read(ds -> {
            Model m = ds.getNamedModel(graph);
            Resource s = m.createResource(sourceIri(spec.url()));
            if (!m.contains(s, RDF.type, SOURCE)) {
                return SourceState.NEW;
            }
            return new SourceState(string(s, ETAG), string(s, LAST_MODIFIED), instant(s, LAST_POLL), instant(s, LAST_SUCCESS),
                    (int) number(s, FAILURES), string(s, LAST_ERROR), number(s, POLLS));
        });
    }

    /** The records of the source's items, by item URL. */
    public Map<String, ItemRecord> items(SourceSpec spec) {
        return store.read(ds -> {
            Model m = ds.getNamedModel(graph);
            Map<String, ItemRecord> out = new HashMap<>();
            Resource s = m.createResource(sourceIri(spec.url()));
            for (Iterator<Resource> it = m.listSubjectsWithProperty(OF_SOURCE, s); it.hasNext(); ) {
                ItemRecord r = item(it.next());
                out.put(r.url(), r);
            }
            return out;
        });
    }

    /** Records a poll's end: the listing's validators when it was read, the failure count and error otherwise. */
    public void recordPoll(SourceSpec spec, SourceState state) {
        store.write(ds -> {
            Model m = ds.getNamedModel(graph);
            Resource s = m.createResource(sourceIri(spec.url()));
            s.removeProperties();
            s.addProperty(RDF.type, SOURCE);
            s.addProperty(URL, m.createTypedLiteral(spec.url(), XSDDatatype.XSDanyURI));
            s.addProperty(NAME, spec.name());
            s.addProperty(KIND, spec.kind().name().toLowerCase(java.util.Locale.ROOT));
            setString(s, ETAG, state.etag());
            setString(s, LAST_MODIFIED, state.lastModified());
            setInstant(s, LAST_POLL, state.lastPoll());
            setInstant(s, LAST_SUCCESS, state.lastSuccess());
            s.addLiteral(FAILURES, m.createTypedLiteral(state.failures()));
            setString(s, LAST_ERROR, state.lastError());
            s.addLiteral(POLLS, m.createTypedLiteral(state.polls()));
        });
    }

    /**
     * Records what became of an item, and in the same transaction gives its documents their
     * {@code dcterms:issued} (when the source dates the item).
     */
    public void recordItem(SourceSpec spec, ItemRecord record, Instant issued) {
        store.write(ds -> {
            if (issued != null) {
                Node date = NodeFactory.createLiteralDT(issued.toString(), XSDDatatype.XSDdateTime);
                for (String doc : record.documents()) {
                    Node g = NodeFactory.createURI(doc);
                    // Only into a document graph that exists: a graph is never created for metadata alone.
                    if (ds.asDatasetGraph().containsGraph(g)) {
                        ds.asDatasetGraph().deleteAny(g, g, DCTerms.issued.asNode(), Node.ANY);
                        ds.asDatasetGraph().add(g, g, DCTerms.issued.asNode(), date);
                    }
                }
            }
            Model m = ds.getNamedModel(graph);
            Resource item = m.createResource(itemIri(spec.url(), record.url()));
            item.removeProperties();
            item.addProperty(RDF.type, ITEM);
            item.addProperty(OF_SOURCE, m.createResource(sourceIri(spec.url())));
            item.addProperty(URL, m.createTypedLiteral(record.url(), XSDDatatype.XSDanyURI));
            item.addProperty(STATE, record.state().label());
            item.addProperty(VERSION, record.version());
            for (String doc : record.documents()) {
                item.addProperty(DOCUMENT, m.createResource(doc));
            }
            item.addLiteral(ATTEMPTS, m.createTypedLiteral(record.attempts()));
            setString(item, ERROR, record.error());
            setInstant(item, HANDLED_AT, record.handledAt());
        });
    }

    /** Forgets a source and its items (the articles stay stored). */
    public void forget(SourceSpec spec) {
        store.write(ds -> {
            Model m = ds.getNamedModel(graph);
            Resource s = m.createResource(sourceIri(spec.url()));
            List<Resource> items = m.listSubjectsWithProperty(OF_SOURCE, s).toList();
            items.forEach(Resource::removeProperties);
            s.removeProperties();
        });
    }

    /** The number of the source's items in each state, and its most recently handled items with documents. */
    public record Summary(Map<ItemState, Integer> counts, List<ItemRecord> latest) {}

    public Summary summary(SourceSpec spec, int latest) {
        Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        List<ItemRecord> all = new ArrayList<>(items(spec).values());
        for (ItemRecord r : all) {
            counts.merge(r.state(), 1, Integer::sum);
        }
        List<ItemRecord> recent = all.stream().filter(r -> !r.documents().isEmpty() && r.handledAt() != null)
                .sorted(Comparator.comparing(ItemRecord::handledAt).reversed().thenComparing(ItemRecord::url)).limit(latest).toList();
        return new Summary(counts, recent);
    }

    /**
     * Another document already holding this text (same {@code kg:contentHash}), or empty: an article listed
     * under two URLs without a common canonical URL is stored once.
     */
    public Optional<String> documentWithText(String contentHash, String exceptIri) {
        return store.read(ds -> {
            Iterator<Quad> found = ds.asDatasetGraph().find(Node.ANY, Node.ANY, KG.contentHash.asNode(),
                    NodeFactory.createLiteralString(contentHash));
            while (found.hasNext()) {
                Quad q = found.next();
                if (q.getSubject().isURI() && q.getGraph().equals(q.getSubject()) && !q.getSubject().getURI().equals(exceptIri)) {
                    return Optional.of(q.getSubject().getURI());
                }
            }
            return Optional.empty();
        });
    }

    private ItemRecord item(Resource r) {
        List<String> docs = r.listProperties(DOCUMENT).toList().stream().map(Statement::getObject).filter(RDFNode::isURIResource)
                .map(o -> o.asResource().getURI()).sorted().toList();
        ItemState state;
        try {
            state = ItemState.valueOf(string(r, STATE).toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            state = ItemState.FAILED;
        }
        return new ItemRecord(string(r, URL), state, string(r, VERSION), docs, (int) number(r, ATTEMPTS), string(r, ERROR),
                instant(r, HANDLED_AT));
    }

    String sourceIri(String sourceUrl) {
        return base + "source/" + sha256(sourceUrl).substring(0, 20);
    }

    String itemIri(String sourceUrl, String itemUrl) {
        return base + "source-item/" + sha256(sourceUrl + "\u0000" + itemUrl).substring(0, 24);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? null : s.getString();
    }

    private static long number(Resource r, Property p) {
        Statement s = r.getProperty(p);
        try {
            return s == null ? 0 : s.getLong();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Instant instant(Resource r, Property p) {
        String value = string(r, p);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void setString(Resource r, Property p, String value) {
        if (value != null) {
            r.addProperty(p, value);
        }
    }

    private static void setInstant(Resource r, Property p, Instant value) {
        if (value != null) {
            Literal l = r.getModel().createTypedLiteral(value.toString(), XSDDatatype.XSDdateTime);
            r.addLiteral(p, l);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
