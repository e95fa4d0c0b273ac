package org.astrolabe.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.ontology.KG;

/** Hand-made extraction results, written in the store the way the extractor's output would be. */
final class SampleArticles {
    static final Iris IRIS = Iris.defaults();
    static final String SUPARCO = IRIS.entity("SUPARCO");
    static final String CMSA = IRIS.entity("CMSA");
    static final String PAKISTAN = IRIS.entity("Pakistan");
    static final String CHINA = IRIS.entity("China");
    static final String AGREEMENT = IRIS.entity("SUPARCO CMSA astronaut agreement");
    static final String ESA = IRIS.entity("European Space Agency");
    static final String SAO_PAULO = IRIS.entity("São Paulo");

    private SampleArticles() {}

    static ExtractedEntity suparco() {
        return new ExtractedEntity(SUPARCO, KG.SpaceAgency.getURI(), "SUPARCO",
                Set.of("Space and Upper Atmosphere Research Commission", "SUPARCO"), Set.of("http://www.wikidata.org/entity/Q1141577"));
    }

    static ExtractedEntity cmsa() {
        return new ExtractedEntity(CMSA, KG.SpaceAgency.getURI(), "CMSA", Set.of("China Manned Space Agency"), Set.of());
    }

    /** Pakistan's agency signs an astronaut agreement with China's: two agencies, two countries, one agreement. */
    static ExtractionResult agreementArticle() {
        String s1 = "Pakistan's Space and Upper Atmosphere Research Commission (SUPARCO) signed an agreement with the China Manned Space Agency (CMSA) on 28 February 2025.";
        String s2 = " The agreement will send a Pakistani astronaut to China's space station.";
        String text = s1 + s2;
        Article article = new Article("test-agreement.html", "https://news.example.org/suparco-cmsa", "Pakistan and China sign astronaut deal",
                LocalDate.of(2025, 3, 1), text);
        List<ExtractedEntity> entities = List.of(suparco(), cmsa(),
                new ExtractedEntity(PAKISTAN, KG.Country.getURI(), "Pakistan", Set.of("Pakistan"), Set.of()),
                new ExtractedEntity(CHINA, KG.Country.getURI(), "China", Set.of("China"), Set.of()),
                new ExtractedEntity(AGREEMENT, KG.Agreement.getURI(), "SUPARCO CMSA astronaut agreement", Set.of("agreement"), Set.of()));
        int suparcoAt = text.indexOf("SUPARCO");
        int cmsaAt = text.indexOf("CMSA");
        List<Mention> mentions = List.of(
                new Mention(PAKISTAN, 0, 8, "Pakistan"),
                new Mention(SUPARCO, 11, 57, text.substring(11, 57)),
                new Mention(SUPARCO, suparcoAt, suparcoAt + 7, "SUPARCO"),
                new Mention(CMSA, text.indexOf("China Manned"), text.indexOf("China Manned") + 25, "China Manned Space Agency"),
                new Mention(CMSA, cmsaAt, cmsaAt + 4, "CMSA"),
                new Mention(CHINA, text.indexOf("China's"), text.indexOf("China's") + 5, "China"));
        Evidence first = new Evidence(s1, 0, s1.length(), 0.9, "rule:agreement-signed-with");
        List<Fact> facts = List.of(
                new Fact(AGREEMENT, KG.party.getURI(), NodeFactory.createURI(SUPARCO), first),
                new Fact(AGREEMENT, KG.party.getURI(), NodeFactory.createURI(CMSA), first),
                new Fact(AGREEMENT, KG.signedOn.getURI(), NodeFactory.createLiteralDT("2025-02-28", XSDDatatype.XSDdate), first),
                new Fact(SUPARCO, KG.country.getURI(), NodeFactory.createURI(PAKISTAN), new Evidence(s1, 0, s1.length(), 0.7, "corenlp:kbp")),
                new Fact(CMSA, KG.country.getURI(), NodeFactory.createURI(CHINA),
                        new Evidence(s2.strip(), s1.length() + 1, text.length(), 0.6, "corenlp:kbp")));
        return new ExtractionResult(article, entities, mentions, facts, "test-1");
    }

    /** A second article that mentions SUPARCO again, with ESA and a place with an accented name. */
    static ExtractionResult cooperationArticle() {
        String text = "SUPARCO and the European Space Agency met in São Paulo to discuss cooperation.";
        Article article = new Article("test-cooperation.txt", null, "Agencies meet in São Paulo", LocalDate.of(2025, 4, 2), text);
        List<ExtractedEntity> entities = List.of(suparco(),
                new ExtractedEntity(ESA, KG.SpaceAgency.getURI(), "European Space Agency", Set.of("ESA"), Set.of()),
                new ExtractedEntity(SAO_PAULO, KG.City.getURI(), "São Paulo", Set.of(), Set.of()));
        List<Mention> mentions = List.of(new Mention(SUPARCO, 0, 7, "SUPARCO"),
                new Mention(ESA, 16, 37, "European Space Agency"),
                new Mention(SAO_PAULO, text.indexOf("São"), text.indexOf("São") + 9, "São Paulo"));
        List<Fact> facts = List.of(new Fact(SUPARCO, KG.cooperatesWith.getURI(), NodeFactory.createURI(ESA),
                new Evidence(text, 0, text.length(), 0.8, "rule:cooperation")));
        return new ExtractionResult(article, entities, mentions, facts, "test-1");
    }
}
