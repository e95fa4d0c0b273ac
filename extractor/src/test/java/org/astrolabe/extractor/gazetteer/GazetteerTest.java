package org.astrolabe.extractor.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Set<String> SERIES = Set.of(Gazetteer.MISSION_SERIES, Gazetteer.VEHICLE_SERIES, Gazetteer.SATELLITE_SERIES);

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
        assertThat(GAZETTEER.nationalSpaceAgency("mexico")).get().extracting(GazetteerEntry::label).isEqualTo("Mexican Space Agency");
        assertThat(GAZETTEER.nationalSpaceAgency("ukraine")).get().extracting(GazetteerEntry::label).isEqualTo("State Space Agency of Ukraine");
        assertThat(GAZETTEER.seriesOf("Shenzhou 21")).isPresent();
    }

    @Test
    void everyEntryHasAClassAndWikidataLinksOnly() {
        assertThat(GAZETTEER.entries()).hasSizeGreaterThan(1000);
        assertThat(GAZETTEER.entries()).allSatisfy(e -> {
            assertThat(e.type()).matches("(" + KG.NS.replace(".", "\\.") + "|" + Gazetteer.NS.replace(".", "\\.") + ").+");
            assertThat(e.sameAs()).allSatisfy(s -> assertThat(s).startsWith("http://www.wikidata.org/entity/Q"));
        });
        // Every UN member state.
        assertThat(GAZETTEER.entries().stream().filter(e -> e.type().equals(KG.Country.getURI())).count()).isGreaterThanOrEqualTo(193);
    }

    @Test
    void backgroundFactsPointAtEntriesThatExist() {
        assertThat(GAZETTEER.entries()).allSatisfy(e -> {
            for (String key : new String[] {e.country(), e.locatedIn(), e.operator(), e.cityCountry()}) {
                if (key != null) {
                    assertThat(GAZETTEER.byKey(key)).as(e.key() + " -> " + key).isPresent();
                }
            }
        });
    }

    @Test
    void twoEntitiesNeverShareAName() {
        Map<String, String> owner = new HashMap<>();
        List<String> shared = new java.util.ArrayList<>();
        for (GazetteerEntry e : GAZETTEER.entries()) {
            if (SERIES.contains(e.type())) {
                continue; // a series shares its bare name with the entity of that name, which wins the lookup
            }
            for (String name : new HashSet<>(e.names().stream().map(Names::normalize).toList())) {
                String previous = owner.putIfAbsent(name, e.key());
                if (previous != null) {
                    shared.add(name + ": " + previous + ", " + e.key());
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void bareNameOfASeriesResolvesToTheEntityOfThatName() {
        assertThat(GAZETTEER.lookup("Long March")).get().extracting(GazetteerEntry::type).isEqualTo(KG.LaunchVehicle.getURI());
        assertThat(GAZETTEER.lookup("PSLV")).get().extracting(GazetteerEntry::type).isEqualTo(KG.LaunchVehicle.getURI());
        assertThat(GAZETTEER.lookup("Shenzhou")).get().extracting(GazetteerEntry::type).isEqualTo(KG.Spacecraft.getURI());
        assertThat(GAZETTEER.lookup("Mangalyaan")).get().extracting(GazetteerEntry::key).isEqualTo("mars-orbiter-mission");
        assertThat(GAZETTEER.lookup("Chang'e")).get().extracting(GazetteerEntry::type).isEqualTo(Gazetteer.MISSION_SERIES);
        assertThat(GAZETTEER.seriesOf("Long March 2D")).get().extracting(GazetteerEntry::type).isEqualTo(Gazetteer.VEHICLE_SERIES);
        assertThat(GAZETTEER.seriesOf("Yaogan 43")).get().extracting(GazetteerEntry::country).isEqualTo("china");
    }

    @Test
    void launchSitesArePlacesWithTheirCountryAndShortForms() {
        GazetteerEntry jiuquan = GAZETTEER.lookup("JSLC").orElseThrow();
        assertThat(jiuquan.type()).isEqualTo(KG.Place.getURI());
        assertThat(jiuquan.country()).isEqualTo("china");
        assertThat(GAZETTEER.lookup("Jiuquan Satellite Launch Centre")).contains(jiuquan);
        assertThat(GAZETTEER.lookup("SDSC SHAR")).get().extracting(GazetteerEntry::key).isEqualTo("satish-dhawan-space-centre");
        assertThat(GAZETTEER.lookup("Satish Dhawan Space Center")).get().extracting(GazetteerEntry::key).isEqualTo("satish-dhawan-space-centre");
        assertThat(GAZETTEER.lookup("Baikonur")).get().extracting(GazetteerEntry::country).isEqualTo("kazakhstan");
        assertThat(GAZETTEER.lookup("Europe's Spaceport")).get().extracting(GazetteerEntry::key).isEqualTo("guiana-space-centre");
    }

    @Test
    void namesNormaliseSpellingVariants() {
        assertThat(Names.normalize("Chang’E-8")).isEqualTo(Names.normalize("Chang'e 8")).isEqualTo("change 8");
        assertThat(Names.normalize("the Pakistan's Space & Upper Atmosphere")).isEqualTo("pakistan space and upper atmosphere");
    }
}
