package org.astrolabe.extractor.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void aliasesLeadToTheirEntry() {
        assertThat(GAZETTEER.lookup("China Manned Space Agency")).get().extracting(GazetteerEntry::key).isEqualTo("cmsa");
        assertThat(GAZETTEER.lookup("CMSA")).get().extracting(GazetteerEntry::key).isEqualTo("cmsa");
        assertThat(GAZETTEER.lookup("China Space Station")).get().extracting(GazetteerEntry::key).isEqualTo("tiangong");
        assertThat(GAZETTEER.lookup("Space & Upper Atmosphere Research Commission")).get().extracting(GazetteerEntry::key).isEqualTo("suparco");
        assertThat(GAZETTEER.lookup("Chang’E-8")).get().extracting(GazetteerEntry::key).isEqualTo("change-8");
    }

    @Test
    void demonymsAndNationalAgencies() {
        assertThat(GAZETTEER.countryOfDemonym("Pakistani")).get().extracting(GazetteerEntry::key).isEqualTo("pakistan");
        assertThat(GAZETTEER.nationalSpaceAgency("china")).get().extracting(GazetteerEntry::key).isEqualTo("cnsa");
        assertThat(GAZETTEER.seriesOf("Shenzhou 21")).isPresent();
    }

    @Test
    void everyEntryHasAClassAndWikidataLinksOnly() {
        assertThat(GAZETTEER.entries()).hasSizeGreaterThan(300);
        assertThat(GAZETTEER.entries()).allSatisfy(e -> {
            assertThat(e.type()).matches("(" + KG.NS.replace(".", "\\.") + "|" + Gazetteer.NS.replace(".", "\\.") + ").+");
            assertThat(e.sameAs()).allSatisfy(s -> assertThat(s).startsWith("http://www.wikidata.org/entity/Q"));
        });
        assertThat(GAZETTEER.entries().stream().filter(e -> e.type().equals(KG.Country.getURI())).count()).isGreaterThan(120);
    }

    @Test
    void namesNormaliseSpellingVariants() {
        assertThat(Names.normalize("Chang’E-8")).isEqualTo(Names.normalize("Chang'e 8")).isEqualTo("change 8");
        assertThat(Names.normalize("the Pakistan's Space & Upper Atmosphere")).isEqualTo("pakistan space and upper atmosphere");
    }
}
