package org.astrolabe.core.curation;

import java.time.LocalDate;
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

/** Two small hand-made extractions: one names SUPARCO, the other a duplicate of it under its long name. */
final class CurationArticles {
    static final Iris IRIS = Iris.defaults();
    static final String SUPARCO = IRIS.entity("SUPARCO");
    static final String LONG_NAME = IRIS.entity("Space and Upper Atmosphere Research Commission");
    static final String PAKISTAN = IRIS.entity("Pakistan");
    static final String CHINA = IRIS.entity("China");
    static final String ESA = IRIS.entity("European Space Agency");

    static final String FIRST_TEXT = "SUPARCO of Pakistan works with China. SUPARCO met the European Space Agency.";
    static final String SECOND_TEXT = "The Space and Upper Atmosphere Research Commission is based in Pakistan.";

    private CurationArticles() {}

    /**
     * SUPARCO country Pakistan (right), SUPARCO country China (wrong), SUPARCO cooperatesWith ESA.
     *
     * @param version the extractor version; another version moves the evidence to other offsets
     */
    static ExtractionResult first(String version) {
        int shift = version.equals("v1") ? 0 : 1;
        Article article = new Article("first.txt", "https://news.example.org/first", "SUPARCO and partners",
                LocalDate.of(2025, 3, 1), FIRST_TEXT);
        String s1 = "SUPARCO of Pakistan works with China.";
        String s2 = "SUPARCO met the European Space Agency.";
        int s2At = FIRST_TEXT.indexOf(s2);
        List<ExtractedEntity> entities = List.of(
                new ExtractedEntity(SUPARCO, KG.SpaceAgency.getURI(), "SUPARCO", Set.of("SUPARCO"), Set.of()),
                new ExtractedEntity(PAKISTAN, KG.Country.getURI(), "Pakistan", Set.of("Pakistan"), Set.of()),
                new ExtractedEntity(CHINA, KG.Country.getURI(), "China", Set.of("China"), Set.of()),
                new ExtractedEntity(ESA, KG.SpaceAgency.getURI(), "European Space Agency", Set.of("ESA"), Set.of()));
        List<Mention> mentions = List.of(new Mention(SUPARCO, 0, 7, "SUPARCO"), new Mention(PAKISTAN, 11, 19, "Pakistan"),
                new Mention(CHINA, 31, 36, "China"), new Mention(SUPARCO, s2At, s2At + 7, "SUPARCO"));
        List<Fact> facts = List.of(
                new Fact(SUPARCO, KG.country.getURI(), NodeFactory.createURI(PAKISTAN), new Evidence(s1, shift, s1.length(), 0.8, "rule:a")),
                new Fact(SUPARCO, KG.country.getURI(), NodeFactory.createURI(CHINA), new Evidence(s1, shift, s1.length(), 0.4, "rule:b")),
                new Fact(SUPARCO, KG.cooperatesWith.getURI(), NodeFactory.createURI(ESA), new Evidence(s2, s2At, FIRST_TEXT.length(), 0.7, "rule:c")));
        return new ExtractionResult(article, entities, mentions, facts, version);
    }

    /** The duplicate: the long name, with its own IRI, country Pakistan. */
    static ExtractionResult second(String version) {
        Article article = new Article("second.txt", "https://news.example.org/second", "The commission",
                LocalDate.of(2025, 3, 2), SECOND_TEXT);
        List<ExtractedEntity> entities = List.of(
                new ExtractedEntity(LONG_NAME, KG.SpaceAgency.getURI(), "Space and Upper Atmosphere Research Commission",
                        Set.of("Space and Upper Atmosphere Research Commission"), Set.of()),
                new ExtractedEntity(PAKISTAN, KG.Country.getURI(), "Pakistan", Set.of("Pakistan"), Set.of()));
        List<Mention> mentions = List.of(new Mention(LONG_NAME, 4, 50, "Space and Upper Atmosphere Research Commission"),
                new Mention(PAKISTAN, SECOND_TEXT.indexOf("Pakistan"), SECOND_TEXT.indexOf("Pakistan") + 8, "Pakistan"));
        List<Fact> facts = List.of(new Fact(LONG_NAME, KG.country.getURI(), NodeFactory.createURI(PAKISTAN),
                new Evidence(SECOND_TEXT, 0, SECOND_TEXT.length(), 0.9, "rule:a")));
        return new ExtractionResult(article, entities, mentions, facts, version);
    }
}
