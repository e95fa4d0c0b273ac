package org.astrolabe.reliability.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.NIF;

/**
 * Opens a store after a kill, with the project's store class, and checks it against an {@link ArticleLedger}.
 *
 * <p>An article graph is <b>whole</b> when
 * <ol>
 * <li>its document node (the graph's name) is a {@code kg:Document} with exactly one {@code nif:isString},
 *     whose {@code kg:contentHash} it carries, and a {@code kg:extractorVersion} and {@code kg:ingestedAt};</li>
 * <li>every {@code kg:Fact} in it has its statement ({@code rdf:subject}, {@code rdf:predicate},
 *     {@code rdf:object}, and that triple itself in the graph) and its evidence: {@code kg:document} (this
 *     document), {@code kg:sentence}, {@code nif:beginIndex}, {@code nif:endIndex}, {@code kg:confidence},
 *     {@code kg:extractor};</li>
 * <li>every {@code kg:Mention} has its {@code kg:document} (this document), one {@code nif:anchorOf},
 *     {@code nif:beginIndex} and {@code nif:endIndex}, and at least one {@code kg:refersTo} (a plural mention
 *     refers to each entity it stands for);</li>
 * <li>every entity it mentions (a {@code kg:refersTo} target) has its description (an {@code rdfs:label})
 *     in the entities graph;</li>
 * <li>if its upload was acknowledged: it has the quad count of the acknowledgement, the
 *     {@code kg:contentHash} of the text sent, and, when the graph was fetched after the acknowledgement,
 *     exactly the quads fetched (same SHA-256 of the sorted N-Quads).</li>
 * </ol>
 * Besides, no acknowledged article may be missing, no article whose delete was acknowledged (or that was
 * found absent after an earlier kill) may be back, no graph the client never wrote may appear, and every
 * entity described in the entities graph must be mentioned by some article graph (the subject of one of its
 * triples or the target of a {@code kg:refersTo}, as the store keeps it) (an orphan would be the
 * remains of a half-applied delete).
 */
public final class StoreAudit {
    static {
        // Jena's vocabulary constants are null until Jena is initialised, and this class may be the first to touch them.
        JenaSystem.init();
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node DOCUMENT = KG.document.asNode();
    private static final Node REFERS_TO = KG.refersTo.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    /** What one audit found; {@code problems} is empty when the store is as the ledger says. */
    public record Result(int articleGraphs, int lost, int halfPresent, int resurrected, int changed, int postsInFlightStored,
                         int postsInFlightAbsent, int deletesInFlightDone, int deletesInFlightUndone, List<String> problems) {}

    private StoreAudit() {
    }

    /** Opens the store (it must open), checks it, settles the ledger's requests in flight, and closes it. */
    public static Result check(Path storeDir, ArticleLedger ledger) {
        Iris iris = Iris.defaults();
        String docBase = iris.base() + "doc/";
        Node entitiesGraph = NodeFactory.createURI(iris.entitiesGraph());
        List<String> problems = new ArrayList<>();
        int lost = 0;
        int half = 0;
        int resurrected = 0;
        int changed = 0;
        int inFlightStored = 0;
        int inFlightAbsent = 0;
        int deletesDone = 0;
        int deletesUndone = 0;
        try (GraphStore store = Tdb2GraphStore.open(storeDir)) {
            Map<String, List<String>> graphs = store.read(ds -> wholeness(ds.asDatasetGraph(), entitiesGraph, problems));
            Set<String> postsInFlight = ledger.postsInFlight();
            Set<String> deletesInFlight = ledger.deletesInFlight();
            Set<String> gone = ledger.gone();

            for (ArticleLedger.Present expected : ledger.present()) {
                List<String> defects = graphs.get(expected.iri());
                if (defects == null) {
                    if (deletesInFlight.contains(expected.iri())) {
                        continue;
                    }
                    problems.add("acknowledged article " + expected.id() + " lost");
                    lost++;
                    continue;
                }
                GraphDigest now = GraphDigest.of(store, expected.iri());
                List<String> differences = new ArrayList<>();
                if (now.quads() != expected.quads()) {
                    differences.add(now.quads() + " quads instead of the " + expected.quads() + " acknowledged");
                }
                if (expected.digest() != null && !expected.digest().equals(now)) {
                    differences.add("quads differ from the graph fetched after the acknowledgement");
                }
                String hash = store.read(ds -> contentHash(ds.asDatasetGraph(), expected.iri()));
                if (expected.contentHash() != null && !expected.contentHash().equals(hash)) {
                    differences.add("kg:contentHash " + hash + " is not that of the text sent");
                }
                if (!differences.isEmpty()) {
                    problems.add("article " + expected.id() + " changed: " + String.join("; ", differences));
                    changed++;
                }
            }
            for (Map.Entry<String, List<String>> graph : graphs.entrySet()) {
                String iri = graph.getKey();
                String id = iri.startsWith(docBase) ? iri.substring(docBase.length()) : iri;
                if (!graph.getValue().isEmpty()) {
                    problems.add("article " + id + " half-present: " + String.join("; ", graph.getValue()));
                    half++;
                }
                if (gone.contains(iri)) {
                    problems.add("article " + id + " is back although it was deleted (or absent after an earlier kill)");
                    resurrected++;
                } else if (ledger.present(iri).isEmpty() && !postsInFlight.contains(iri)) {
                    problems.add("graph " + iri + " was never written by the client");
                }
            }
            for (String iri : postsInFlight) {
                if (graphs.containsKey(iri)) {
                    ledger.adopt(iri, iri.substring(docBase.length()), GraphDigest.of(store, iri));
                    inFlightStored++;
                } else {
                    ledger.settleAbsent(iri);
                    inFlightAbsent++;
                }
            }
            for (String iri : deletesInFlight) {
                if (graphs.containsKey(iri)) {
                    ledger.settleDeleteUndone(iri);
                    deletesUndone++;
                } else {
                    ledger.settleAbsent(iri);
                    deletesDone++;
                }
            }
            return new Result(graphs.size(), lost, half, resurrected, changed, inFlightStored, inFlightAbsent, deletesDone,
                    deletesUndone, problems);
        }
    }

    /**
     * Every article graph with the ways in which it is not whole (points 1-4 of the class comment); adds to
     * {@code problems} the entities described but mentioned by no article.
     */
    private static Map<String, List<String>> wholeness(DatasetGraph dsg, Node entitiesGraph, List<String> problems) {
        Map<String, List<String>> graphs = new LinkedHashMap<>();
        Set<Node> mentioned = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(entitiesGraph)) {
                graphs.put(name.getURI(), defects(dsg, name, entitiesGraph, mentioned));
            }
        });
        Graph entities = dsg.getGraph(entitiesGraph);
        Set<Node> described = new HashSet<>();
        entities.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> described.add(t.getSubject()));
        for (Node entity : described) {
            if (!mentioned.contains(entity)) {
                problems.add("entity " + entity.getURI() + " is described but no article mentions it");
            }
        }
        return graphs;
    }

    private static List<String> defects(DatasetGraph dsg, Node name, Node entitiesGraph, Set<Node> mentioned) {
        Graph g = dsg.getGraph(name);
        List<String> defects = new ArrayList<>();
        if (!g.contains(name, TYPE, KG.Document.asNode())) {
            defects.add("no document node");
        }
        List<Node> texts = objects(g, name, NIF.isString.asNode());
        if (texts.size() != 1) {
            defects.add(texts.size() + " texts");
        } else if (!List.of(NodeFactory.createLiteralString(Iris.contentHash(texts.get(0).getLiteralLexicalForm()))).equals(objects(g, name, KG.contentHash.asNode()))) {
            defects.add("kg:contentHash missing or not that of the text");
        }
        for (Node property : List.of(KG.extractorVersion.asNode(), KG.ingestedAt.asNode())) {
            if (objects(g, name, property).size() != 1) {
                defects.add("document without exactly one " + property.getLocalName());
            }
        }
        for (Node fact : subjectsOfType(g, KG.Fact.asNode())) {
            List<Node> s = objects(g, fact, RDF.subject.asNode());
            List<Node> p = objects(g, fact, RDF.predicate.asNode());
            List<Node> o = objects(g, fact, RDF.object.asNode());
            if (s.size() != 1 || p.size() != 1 || o.size() != 1 || !g.contains(s.get(0), p.get(0), o.get(0))) {
                defects.add("fact " + fact.getURI() + " without its statement");
            }
            if (!g.contains(fact, DOCUMENT, name)) {
                defects.add("fact " + fact.getURI() + " without its document");
            }
            for (Node evidence : List.of(KG.sentence.asNode(), NIF.beginIndex.asNode(), NIF.endIndex.asNode(),
                    KG.confidence.asNode(), KG.extractor.asNode())) {
                if (objects(g, fact, evidence).size() != 1) {
                    defects.add("fact " + fact.getURI() + " without exactly one " + evidence.getLocalName());
                }
            }
        }
        for (Node mention : subjectsOfType(g, KG.Mention.asNode())) {
            if (!g.contains(mention, DOCUMENT, name)) {
                defects.add("mention " + mention.getURI() + " without its document");
            }
            if (objects(g, mention, REFERS_TO).isEmpty()) {
                defects.add("mention " + mention.getURI() + " refers to nothing");
            }
            for (Node property : List.of(NIF.anchorOf.asNode(), NIF.beginIndex.asNode(), NIF.endIndex.asNode())) {
                if (objects(g, mention, property).size() != 1) {
                    defects.add("mention " + mention.getURI() + " without exactly one " + property.getLocalName());
                }
            }
        }
        g.find(Node.ANY, REFERS_TO, Node.ANY).forEachRemaining(t -> {
            mentioned.add(t.getObject());
            if (!dsg.contains(entitiesGraph, t.getObject(), LABEL, Node.ANY)) {
                defects.add("entity " + t.getObject() + " mentioned but not described in the entities graph");
            }
        });
        g.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> mentioned.add(t.getSubject()));
        return defects;
    }

    private static String contentHash(DatasetGraph dsg, String iri) {
        Node name = NodeFactory.createURI(iri);
        List<Node> hashes = objects(dsg.getGraph(name), name, KG.contentHash.asNode());
        return hashes.size() == 1 ? hashes.get(0).getLiteralLexicalForm() : null;
    }

    private static List<Node> objects(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<Node> subjectsOfType(Graph g, Node type) {
        return g.find(Node.ANY, TYPE, type).mapWith(Triple::getSubject).toList();
    }
}
