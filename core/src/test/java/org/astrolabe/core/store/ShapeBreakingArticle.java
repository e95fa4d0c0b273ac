package org.astrolabe.core.store;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.ontology.KG;

/** An extraction result whose article graph breaks the shapes the way an extractor bug would. */
public final class ShapeBreakingArticle {
    /**
     * The violations its graph has: the headquarters shape's {@code sh:class kg:City} on
     * {@code kg:headquarteredIn}, whose object is a person.
     */
    public static final int VIOLATIONS = 1;

    private ShapeBreakingArticle() {}

    /** "Orbital Agency is based in Ada Quill": a space agency headquartered in a person. */
    public static ExtractionResult agencyHeadquarteredInAPerson(Iris iris, String url) {
        String text = "Orbital Agency is based in Ada Quill.";
        ExtractedEntity agency = new ExtractedEntity(iris.entity("Orbital Agency"), KG.SpaceAgency.getURI(),
                "Orbital Agency", Set.of("Orbital Agency"), Set.of());
        ExtractedEntity person = new ExtractedEntity(iris.entity("Ada Quill"), KG.Person.getURI(),
                "Ada Quill", Set.of("Ada Quill"), Set.of());
        List<Mention> mentions = List.of(new Mention(agency.iri(), 0, 14, "Orbital Agency"),
                new Mention(person.iri(), 27, 36, "Ada Quill"));
        Fact wrong = new Fact(agency.iri(), KG.headquarteredIn.getURI(), NodeFactory.createURI(person.iri()),
                new Evidence(text, 0, text.length(), 0.5, "rule:test"));
        Article article = new Article("broken.txt", url, "Broken", null, text);
        return new ExtractionResult(article, List.of(agency, person), mentions, List.of(wrong), "test-1");
    }
}
