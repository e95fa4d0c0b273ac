package org.astrolabe.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.entity;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Names the gazetteer knows are found in running text with the gazetteer's class. */
@Tag("models")
class GazetteerNamesTest {

    @Test
    void launchSiteIsAPlaceWhateverItsHeadWord() {
        ExtractionResult r = extract("A Long March 2D rocket lifted off from the Taiyuan Satellite Launch Centre in China on Sunday.");
        assertThat(entity(r, "Taiyuan Satellite Launch Center")).get().extracting(ExtractedEntity::type).isEqualTo(KG.Place.getURI());
        assertThat(entity(r, "Long March 2D")).get().extracting(ExtractedEntity::type).isEqualTo(KG.LaunchVehicle.getURI());
        assertThat(has(r, "Taiyuan Satellite Launch Center", "country", "China")).as(describe(r)).isTrue();
    }

    @Test
    void bareFamilyNameOfARocketIsALaunchVehicle() {
        ExtractionResult r = extract("Engineers said the Long March family and the PSLV would keep flying next year.");
        assertThat(entity(r, "Long March")).get().extracting(ExtractedEntity::type).isEqualTo(KG.LaunchVehicle.getURI());
        assertThat(entity(r, "PSLV")).get().extracting(ExtractedEntity::type).isEqualTo(KG.LaunchVehicle.getURI());
    }

    @Test
    void numberedMemberOfASatelliteFamilyIsASatellite() {
        ExtractionResult r = extract("China placed Fengyun-3H in orbit, a week after Yaogan 45 joined it.");
        assertThat(entity(r, "Fengyun-3H")).get().extracting(ExtractedEntity::type).isEqualTo(KG.Satellite.getURI());
        assertThat(entity(r, "Yaogan 45")).get().extracting(ExtractedEntity::type).isEqualTo(KG.Satellite.getURI());
        assertThat(has(r, "Fengyun-3H", "country", "China")).as(describe(r)).isTrue();
    }

    @Test
    void crewCapsulesAreSpacecraft() {
        ExtractionResult r = extract("The Crew Dragon undocked on Monday, and Orion will fly around the Moon next year.");
        assertThat(entity(r, "Crew Dragon")).get().extracting(ExtractedEntity::type).isEqualTo(KG.Spacecraft.getURI());
        assertThat(entity(r, "Orion")).get().extracting(ExtractedEntity::type).isEqualTo(KG.Spacecraft.getURI());
    }

    @Test
    void launchSiteLiesInItsProvinceWhenBothAreNamed() {
        ExtractionResult r = extract("The satellite flew from the Xichang Satellite Launch Center. Sichuan province hosts the base.");
        assertThat(has(r, "Xichang Satellite Launch Center", "locatedIn", "Sichuan")).as(describe(r)).isTrue();
    }

    @Test
    void lunarSiteIsNotPlacedOnTheMoonByAnotherMention() {
        ExtractionResult r = extract("The lander will explore the lunar south pole. The Moon has water ice there.");
        assertThat(has(r, "lunar south pole", "locatedIn", "Moon")).as(describe(r)).isFalse();
    }

    @Test
    void bareNameOfALaunchSiteIsTheSite() {
        ExtractionResult r = extract("The Soyuz-2.1b rocket lifted off from Baikonur with two satellites.");
        assertThat(entity(r, "Baikonur")).get().extracting(ExtractedEntity::iri).isEqualTo(entity(r, "Baikonur Cosmodrome").orElseThrow().iri());
        assertThat(entity(r, "Soyuz-2.1b")).get().extracting(ExtractedEntity::type).isEqualTo(KG.LaunchVehicle.getURI());
    }
}
