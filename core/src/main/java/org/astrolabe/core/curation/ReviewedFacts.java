package org.astrolabe.core.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.NIF;

/**
 * The reviewers' verdicts as evaluation data: the facts confirmed (or added by hand) and rejected, per
 * article, by their latest active review. {@link #score} measures an extractor against them; {@link #goldTsv}
 * writes the confirmed ones in the gold annotation format.
 */
public final class ReviewedFacts {
    private final GraphStore store;
    /** Per article, fact id to (fact, confirmed?), in the order reviewed. */
    private final Map<Node, Map<String, Judged>> byDocument = new LinkedHashMap<>();

    private record Judged(FactKey fact, boolean confirmed) {}

    /** How an extractor does on the reviewed facts of the articles still in the store. */
    public record Score(int articles, int articlesMissing, int confirmed, int confirmedFound, int rejected, int rejectedFound) {
        /** Of the reviewed facts the extractor produces, the share reviewers confirmed (NaN when it produces none). */
        public double precision() {
            return (double) confirmedFound / (confirmedFound + rejectedFound);
        }

        /** Of the confirmed facts, the share the extractor produces (NaN without confirmed facts). */
        public double recall() {
            return (double) confirmedFound / confirmed;
        }

        public double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }
    }

    public ReviewedFacts(GraphStore store) {
        this.store = store;
        List<Review> reviews = new ArrayList<>(store.curation().reviews());
        reviews.sort(Comparator.comparing(Review::at).thenComparing(Review::iri));
        CuratedView view = store.curatedView();
        for (Review r : reviews) {
            if (!r.active() || r.fact() == null) {
                continue;
            }
            FactKey key = r.fact().canonical(view::canonical);
            boolean confirmed = r.kind() == Review.Kind.FACT_ADDITION || r.verdict() == Verdict.CONFIRMED;
            byDocument.computeIfAbsent(key.document(), d -> new LinkedHashMap<>()).put(key.id(), new Judged(key, confirmed));
        }
    }

    public int documents() {
        return byDocument.size();
    }

    /**
     * Extracts every reviewed article again (from its text in the store) and counts which reviewed facts come
     * out. Merges are applied to the extraction as the store applies them when it writes an article. The store
     * is not changed.
     */
    public Score score(Function<Article, ExtractionResult> extractor) {
        int articles = 0;
        int missing = 0;
        int confirmed = 0;
        int confirmedFound = 0;
        int rejected = 0;
        int rejectedFound = 0;
        for (var entry : byDocument.entrySet()) {
            Optional<Article> article = store.read(ds -> article(ds.asDatasetGraph(), entry.getKey()));
            if (article.isEmpty()) {
                missing++;
                continue;
            }
            articles++;
            ExtractionResult result = store.curation().rewrite(extractor.apply(article.get()));
            Set<String> found = new LinkedHashSet<>();
            for (Fact f : result.facts()) {
                found.add(FactKey.id(entry.getKey(), node(f.subjectIri()), node(f.propertyIri()), f.object()));
            }
            for (Judged judged : entry.getValue().values()) {
                boolean there = found.contains(judged.fact().id());
                if (judged.confirmed()) {
                    confirmed++;
                    confirmedFound += there ? 1 : 0;
                } else {
                    rejected++;
                    rejectedFound += there ? 1 : 0;
                }
            }
        }
        return new Score(articles, missing, confirmed, confirmedFound, rejected, rejectedFound);
    }

    /**
     * The confirmed facts as a gold annotation ({@code D}, {@code E}, {@code F} and {@code L} lines): per article
     * still in the store, the entities the facts name (id, class, label, names) and the facts. Rejected facts
     * have no place in the format and are left out.
     *
     * @return the TSV text and the number of facts written
     */
    public GoldText goldTsv() {
        StringBuilder out = new StringBuilder("# Facts confirmed by reviewers, exported by astrolabe reviews export --gold\n");
        int facts = 0;
        for (var entry : byDocument.entrySet()) {
            List<FactKey> confirmed = entry.getValue().values().stream().filter(Judged::confirmed).map(Judged::fact).toList();
            if (confirmed.isEmpty()) {
                continue;
            }
            Optional<String> block = store.read(ds -> documentBlock(ds.asDatasetGraph(), entry.getKey(), confirmed));
            if (block.isPresent()) {
                out.append(block.get());
                facts += confirmed.size();
            }
        }
        return new GoldText(out.toString(), facts);
    }

    /** A gold annotation's text and how many facts it holds. */
    public record GoldText(String text, int facts) {}

    private Optional<String> documentBlock(DatasetGraph dsg, Node doc, List<FactKey> facts) {
        Optional<Article> article = article(dsg, doc);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("\nD\t").append(article.get().source() == null ? doc.getURI() : article.get().source())
                .append('\t').append(article.get().date() == null ? "" : article.get().date().toString()).append('\n');
        Map<String, String> entities = new TreeMap<>();
        for (FactKey f : facts) {
            entityLine(dsg, f.subject()).ifPresent(line -> entities.put(f.subject().getURI(), line));
            if (f.object().isURI()) {
                entityLine(dsg, f.object()).ifPresent(line -> entities.put(f.object().getURI(), line));
            }
        }
        entities.values().forEach(line -> out.append(line).append('\n'));
        for (FactKey f : facts) {
            String property = "kg:" + local(f.property().getURI());
            if (f.object().isURI()) {
                out.append("F\t").append(id(f.subject())).append('\t').append(property).append('\t').append(id(f.object())).append('\n');
            } else {
                out.append("L\t").append(id(f.subject())).append('\t').append(property).append('\t')
                        .append(f.object().getLiteralLexicalForm().replace('\t', ' ').replace('\n', ' ')).append('\n');
            }
        }
        return Optional.of(out.toString());
    }

    private Optional<String> entityLine(DatasetGraph dsg, Node entity) {
        CuratedView view = store.curatedView();
        Node label = first(dsg.getGraph(entitiesGraph()), entity, RDFS.label.asNode());
        if (label == null) {
            return Optional.empty();
        }
        List<String> types = new ArrayList<>();
        dsg.getGraph(entitiesGraph()).find(entity, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject().getURI()));
        String type = types.stream().filter(t -> t.startsWith(KG.NS))
                .max(Comparator.comparingInt((String t) -> ClassHierarchy.selfAndSuperclasses(t).size())).orElse(KG.Entity.getURI());
        Set<String> names = new LinkedHashSet<>();
        dsg.find(Node.ANY, entity, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && !view.hides(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                names.add(q.getObject().getLiteralLexicalForm().replace('|', ' ').replace('\t', ' '));
            }
        });
        names.remove(label.getLiteralLexicalForm());
        return Optional.of("E\t" + id(entity) + "\tkg:" + local(type) + "\t" + label.getLiteralLexicalForm().replace('\t', ' ')
                + "\t" + String.join("|", new java.util.TreeSet<>(names)));
    }

    private Node entitiesGraph() {
        return node(store.curation().entitiesGraphIri());
    }

    /** The article as the store holds it: text, title, date, URL, source name. */
    static Optional<Article> article(DatasetGraph dsg, Node doc) {
        if (!dsg.containsGraph(doc)) {
            return Optional.empty();
        }
        Graph g = dsg.getGraph(doc);
        Node text = first(g, doc, NIF.isString.asNode());
        if (text == null) {
            return Optional.empty();
        }
        Node title = first(g, doc, DCTerms.title.asNode());
        Node date = first(g, doc, DCTerms.date.asNode());
        Node url = first(g, doc, DCTerms.source.asNode());
        Node source = first(g, doc, KG.sourceName.asNode());
        return Optional.of(new Article(source == null ? null : source.getLiteralLexicalForm(),
                url == null ? null : url.isURI() ? url.getURI() : url.getLiteralLexicalForm(),
                title == null ? null : title.getLiteralLexicalForm(),
                date == null ? null : LocalDate.parse(date.getLiteralLexicalForm().substring(0, 10)), text.getLiteralLexicalForm()));
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** An entity's id in the gold file: its IRI's last segment (the slug the IRI was minted from). */
    private static String id(Node entity) {
        return local(entity.getURI());
    }

    private static String local(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }
}
