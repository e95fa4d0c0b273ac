package org.astrolabe.core.model;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.NIF;
import org.astrolabe.ontology.SchemaOrg;

/**
 * Turns one {@link ExtractionResult} into the triples of the article's named graph, and the entity
 * descriptions into the triples of the entities graph. This is the one place that decides the RDF layout;
 * {@code docs/graph-model.md} describes it for users.
 */
public final class ArticleGraph {
    private final Iris iris;

    public ArticleGraph(Iris iris) {
        this.iris = iris;
    }

    /** The article graph: document metadata, entity types and names as seen, mentions, facts with evidence. */
    public Graph articleGraph(ExtractionResult result, Instant ingestedAt) {
        Article article = result.article();
        Node doc = uri(iris.document(article));
        Graph g = GraphFactory.createDefaultGraph();
        g.add(doc, RDF.type.asNode(), KG.Document.asNode());
        g.add(doc, RDF.type.asNode(), SchemaOrg.NewsArticle.asNode());
        if (article.title() != null && !article.title().isBlank()) {
            g.add(doc, DCTerms.title.asNode(), NodeFactory.createLiteralString(article.title()));
        }
        if (article.date() != null) {
            g.add(doc, DCTerms.date.asNode(), NodeFactory.createLiteralDT(article.date().toString(), XSDDatatype.XSDdate));
        }
        article.urlIfPresent().ifPresent(u -> g.add(doc, DCTerms.source.asNode(), uri(u.strip())));
        if (article.source() != null) {
            g.add(doc, KG.sourceName.asNode(), NodeFactory.createLiteralString(article.source()));
        }
        g.add(doc, NIF.isString.asNode(), NodeFactory.createLiteralString(article.text()));
        g.add(doc, KG.contentHash.asNode(), NodeFactory.createLiteralString(Iris.contentHash(article.text())));
        g.add(doc, KG.ingestedAt.asNode(), NodeFactory.createLiteralDT(ingestedAt.toString(), XSDDatatype.XSDdateTime));
        g.add(doc, KG.extractorVersion.asNode(), NodeFactory.createLiteralString(result.extractorVersion()));

        for (ExtractedEntity entity : result.entities()) {
            Node e = uri(entity.iri());
            for (String type : ClassHierarchy.selfAndSuperclasses(entity.type())) {
                g.add(e, RDF.type.asNode(), uri(type));
            }
            for (String alt : names(entity)) {
                g.add(e, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alt, "en"));
            }
        }
        for (Mention mention : result.mentions()) {
            Node m = uri(iris.mention(doc.getURI(), mention.begin(), mention.end()));
            g.add(m, RDF.type.asNode(), KG.Mention.asNode());
            g.add(m, KG.refersTo.asNode(), uri(mention.entityIri()));
            g.add(m, KG.document.asNode(), doc);
            g.add(m, NIF.anchorOf.asNode(), NodeFactory.createLiteralString(mention.text()));
            g.add(m, NIF.beginIndex.asNode(), offset(mention.begin()));
            g.add(m, NIF.endIndex.asNode(), offset(mention.end()));
        }
        for (Fact fact : result.facts()) {
            Node s = uri(fact.subjectIri());
            Node p = uri(fact.propertyIri());
            g.add(s, p, fact.object());
            Evidence ev = fact.evidence();
            Node f = uri(iris.fact(doc.getURI(), fact.subjectIri(), fact.propertyIri(), fact.object().toString(), ev.begin()));
            g.add(f, RDF.type.asNode(), KG.Fact.asNode());
            g.add(f, RDF.subject.asNode(), s);
            g.add(f, RDF.predicate.asNode(), p);
            g.add(f, RDF.object.asNode(), fact.object());
            g.add(f, KG.document.asNode(), doc);
            g.add(f, KG.sentence.asNode(), NodeFactory.createLiteralString(ev.sentence()));
            g.add(f, NIF.beginIndex.asNode(), offset(ev.begin()));
            g.add(f, NIF.endIndex.asNode(), offset(ev.end()));
            g.add(f, KG.confidence.asNode(), NodeFactory.createLiteralDT(confidence(ev.confidence()), XSDDatatype.XSDdouble));
            g.add(f, KG.extractor.asNode(), NodeFactory.createLiteralString(ev.extractor()));
        }
        return g;
    }

    /**
     * The canonical description of one entity for the entities graph: its label, its types and its sameAs
     * links. The store writes it when the entity is first seen and removes it when no article mentions it.
     */
    public List<Triple> description(ExtractedEntity entity) {
        Node e = uri(entity.iri());
        List<Triple> triples = new ArrayList<>();
        triples.add(Triple.create(e, RDFS.label.asNode(), NodeFactory.createLiteralLang(entity.label(), "en")));
        for (String type : ClassHierarchy.selfAndSuperclasses(entity.type())) {
            triples.add(Triple.create(e, RDF.type.asNode(), uri(type)));
        }
        for (String same : entity.sameAs()) {
            triples.add(Triple.create(e, OWL.sameAs.asNode(), uri(same)));
        }
        return triples;
    }

    /** The descriptions of all the entities of one extraction, as {@link #description} makes each. */
    public List<Triple> descriptions(ExtractionResult result) {
        List<Triple> triples = new ArrayList<>();
        for (ExtractedEntity entity : result.entities()) {
            triples.addAll(description(entity));
        }
        return triples;
    }

    /** The surface names other than the canonical label. */
    private static Set<String> names(ExtractedEntity entity) {
        Set<String> names = new LinkedHashSet<>(entity.altLabels());
        names.remove(entity.label());
        return names;
    }

    /** Three decimals: products of rule confidences would otherwise print as 0.7200000000000001. */
    private static String confidence(double value) {
        return Double.toString(Math.round(value * 1000) / 1000.0);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node offset(int value) {
        return NodeFactory.createLiteralDT(BigInteger.valueOf(value).toString(), XSDDatatype.XSDnonNegativeInteger);
    }
}
