package org.astrolabe.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.entity;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import java.util.List;

import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Aliases, acronyms, short names and descriptions resolve to one entity; the same entity gets one IRI everywhere. */
@Tag("models")
class ResolutionTest {

    @Test
    void theSpacecraftIsTheFlightNotTheStationItFliesTo() {
        ExtractionResult r = extract("Russia sends Soyuz MS-40 to the International Space Station. "
                + "The spacecraft lifted off from Baikonur on Wednesday.");
        assertThat(has(r, "Soyuz MS-40", "launchSite", "Baikonur Cosmodrome")).as(describe(r)).isTrue();
        assertThat(has(r, "International Space Station", "launchSite", "Baikonur Cosmodrome")).as(describe(r)).isFalse();
    }

    @Test
    void theAgencyIsTheOneTheArticleIsAboutOverOneNamedEarlierInPassing() {
        String opening = "The Kestrel Space Agency and the Lakeford Space Agency announced the launch. "
                + "The Kestrel Space Agency said the satellite was its first. The Kestrel Space Agency thanked its engineers. "
                + "The Lakeford Space Agency called it a landmark. ";
        ExtractionResult later = extract(opening + "The satellite weighs 50 kilograms. It carries two cameras. "
                + "Amir Haddad, the agency's chief executive, said the images were sharp.");
        assertThat(has(later, "Amir Haddad", "leaderOf", "Kestrel Space Agency")).as(describe(later)).isTrue();
        ExtractionResult next = extract(opening + "Amir Haddad, the agency's chief executive, said the images were sharp.");
        assertThat(has(next, "Amir Haddad", "leaderOf", "Lakeford Space Agency")).as(describe(next)).isTrue();
    }

    @Test
    void countriesThatJoinANamedAccordOneByOneDoNotCooperate() {
        ExtractionResult r = extract("Nigeria became the latest signatory of the Artemis Accords on Monday. "
                + "Nigeria joins Rwanda, which signed the accords in December.");
        assertThat(has(r, "Artemis Accords", "party", "Rwanda")).as(describe(r)).isTrue();
        assertThat(has(r, "Nigeria", "cooperatesWith", "Rwanda") || has(r, "Rwanda", "cooperatesWith", "Nigeria")).as(describe(r)).isFalse();
    }

    @Test
    void anArabicFamilyNameAloneIsThePersonNamedBeforeWithOrWithoutItsArticle() {
        for (String later : List.of("Al-Neyadi", "Neyadi")) {
            ExtractionResult r = extract("Sultan al-Neyadi flew to the station in March. " + later + " is an astronaut with the Kestrel Space Agency.");
            assertThat(has(r, "Sultan al-Neyadi", "memberOf", "Kestrel Space Agency")).as(describe(r)).isTrue();
        }
    }

    @Test
    void aDescriptionWithAMeasureIsTheCraftNamedBefore() {
        ExtractionResult r = extract("The agency will launch the Kestrel-9 satellite in 2026. The 130-kilogram satellite was built by Lakeford Systems Ltd.");
        assertThat(has(r, "Kestrel-9", "developedBy", "Lakeford Systems Ltd")).as(describe(r)).isTrue();
    }

    @Test
    void theCommissionIsTheCommissionNamedBefore() {
        ExtractionResult r = extract("The Kestrel Space Research Commission will select the candidates, the commission's chairman, Amir Haddad, said.");
        assertThat(has(r, "Amir Haddad", "leaderOf", "Kestrel Space Research Commission")).as(describe(r)).isTrue();
    }

    @Test
    void aDescriptionWithAHyphenatedModifierIsTheOrganisationNamedBefore() {
        ExtractionResult r = extract("Thales Alenia Space built the Orbix-40 satellite. The state-owned company will also operate the Orbix-40 satellite.");
        assertThat(has(r, "Orbix-40", "operatedBy", "Thales Alenia Space")).as(describe(r)).isTrue();
    }

    @Test
    void aCompanysLegalFormIsPartOfItsNameAndNoOrganisationOfItsOwn() {
        ExtractionResult r = extract("Lockheed Martin Corp. built the Orbix-60 satellite.");
        assertThat(has(r, "Orbix-60", "developedBy", "Lockheed Martin")).as(describe(r)).isTrue();
        assertThat(entity(r, "Corp.")).as(describe(r)).isEmpty();
    }

    @Test
    void aNameWrittenInFullLaterIsThePersonNamedBefore() {
        ExtractionResult r = extract("Rafael Moreno flew in 2007. Malaysia's first astronaut, Rafael Moreno Castillo, spent nine days "
                + "on the station.");
        assertThat(r.entities().stream().filter(e -> e.type().equals(KG.Person.getURI()))).as(describe(r)).hasSize(1);
        assertThat(entity(r, "Rafael Moreno Castillo")).as(describe(r)).isPresent();
    }

    @Test
    void acronymDefinedInTheTextIsTheSameEntity() {
        ExtractionResult r = extract("The Korea Planetary Science Institute (KPSI) opened in Daejeon. KPSI will train engineers.");
        ExtractedEntity full = entity(r, "Korea Planetary Science Institute").orElseThrow();
        assertThat(entity(r, "KPSI")).get().extracting(ExtractedEntity::iri).isEqualTo(full.iri());
        assertThat(r.entities().stream().filter(e -> e.altLabels().contains("KPSI") || e.label().equals("KPSI"))).hasSize(1);
    }

    @Test
    void aDescriptionIsTheEntityWhoseNameItsNounEnds() {
        ExtractionResult r = extract("Bolted beneath the Orion capsule is the European Service Module. It supplies electricity to Orion. "
                + "Airbus built the module in Bremen.");
        assertThat(has(r, "European Service Module", "developedBy", "Airbus")).as(describe(r)).isTrue();
        assertThat(has(r, "Orion", "developedBy", "Airbus")).as(describe(r)).isFalse();
    }

    @Test
    void aFlightsShortDesignationInParenthesesIsTheSameFlight() {
        ExtractionResult r = extract("Axiom Mission 7 (Ax-7) is the seventh private flight to the station. The Ax-7 crew will stay two weeks.");
        assertThat(entity(r, "Ax-7").orElseThrow().iri()).as(describe(r)).isEqualTo(entity(r, "Axiom Mission 7").orElseThrow().iri());

        ExtractionResult other = extract("Axiom Mission 7 (Ax-8) is the seventh private flight to the station.");
        assertThat(entity(other, "Ax-8").map(e -> e.iri())).as(describe(other))
                .isNotEqualTo(entity(other, "Axiom Mission 7").map(e -> e.iri()));
    }

    @Test
    void namesGivenAsAliasesShareOneEntity() {
        ExtractionResult r = extract("""
                The rocket carried EOS-09, also known as Riversat-2, into orbit. \
                The Lunar Geology Institute, or LGI, opened in Toulouse. \
                Engineers worked on the Chandrayaan-5 mission, also known as LUPEX. \
                The rocket also carried the Kestrel SAT, formally KES-2B, short for Kestrel Nano Satellite-2.
                """);
        assertThat(entity(r, "LUPEX").orElseThrow().iri()).as(describe(r)).isEqualTo(entity(r, "Chandrayaan-5").orElseThrow().iri());
        assertThat(entity(r, "Riversat-2").orElseThrow().iri()).as(describe(r)).isEqualTo(entity(r, "EOS-09").orElseThrow().iri());
        assertThat(entity(r, "LGI").orElseThrow().iri()).as(describe(r))
                .isEqualTo(entity(r, "Lunar Geology Institute").orElseThrow().iri());
        assertThat(entity(r, "KES-2B").orElseThrow().iri()).as(describe(r)).isEqualTo(entity(r, "Kestrel SAT").orElseThrow().iri());
        assertThat(entity(r, "Kestrel Nano Satellite-2").orElseThrow().iri()).as(describe(r))
                .isEqualTo(entity(r, "Kestrel SAT").orElseThrow().iri());
    }

    @Test
    void anOrganisationNamedWithItsCityIsTwoEntities() {
        ExtractionResult r = extract("Engineers at the Northern Institute of Optics in Lakeford built the camera.");
        assertThat(entity(r, "Northern Institute of Optics")).as(describe(r)).isPresent();
        assertThat(entity(r, "Northern Institute of Optics in Lakeford")).as(describe(r)).isEmpty();
        assertThat(has(r, "Northern Institute of Optics", "headquarteredIn", "Lakeford")).as(describe(r)).isTrue();

        ExtractionResult field = extract("Marta Quinn heads the Centre for Research and Training in Space Technology at the university.");
        assertThat(entity(field, "Centre for Research and Training in Space Technology")).as(describe(field)).isPresent();
    }

    @Test
    void aSurnameAloneIsThePersonNamedBeforeWhateverElseItCouldName() {
        ExtractionResult r = extract("""
                The crew includes the biologist Noura Salem and the pilot Faisal Amri. \
                Salem, a biomedical researcher, will run the experiments.
                """);
        assertThat(r.entities()).as(describe(r)).noneMatch(e -> e.label().equals("Salem"));
        assertThat(entity(r, "Noura Salem").orElseThrow().altLabels()).as(describe(r)).contains("Salem");

        ExtractionResult noPerson = extract("The probe was assembled in Salem and tested in Houston.");
        assertThat(entity(noPerson, "Salem")).as(describe(noPerson)).isPresent();
    }

    @Test
    void theWordsOfALongerNameNamedBeforeAreThatPerson() {
        ExtractionResult r = extract("Sheikh Mohamed bin Zayed Al Nahyan attended. Later Mohamed bin Zayed praised the engineers.");
        assertThat(r.entities()).as(describe(r)).filteredOn(e -> e.type().equals(KG.Person.getURI())).hasSize(1);
    }

    @Test
    void theyOpeningASentenceAreThePairNamedBefore() {
        ExtractionResult r = extract("""
                NASA astronaut Lara Quinn and cosmonaut Oleg Demin launched on Friday. \
                They will spend six months as part of Expedition 79.
                """);
        assertThat(has(r, "Lara Quinn", "participatesIn", "Expedition 79")).as(describe(r)).isTrue();
        assertThat(has(r, "Oleg Demin", "participatesIn", "Expedition 79")).as(describe(r)).isTrue();
    }

    @Test
    void aNationalityTakenForANameIsNoPerson() {
        ExtractionResult r = extract("The first Emirati to fly to the Moon will train in Houston.");
        assertThat(r.entities()).as(describe(r)).noneMatch(e -> e.type().equals(KG.Person.getURI()));
    }

    @Test
    void theTwoAgenciesAreTheLastTwoAgencies() {
        ExtractionResult r = extract("ESA met NASA in Paris. The two agencies agreed to work together on the Artemis program.");
        assertThat(has(r, "European Space Agency", "participatesIn", "Artemis program")).as(describe(r)).isTrue();
        assertThat(has(r, "NASA", "participatesIn", "Artemis program")).as(describe(r)).isTrue();
    }

    @Test
    void washingtonDcIsOneCity() {
        ExtractionResult r = extract("The Washington, D.C.-based firm Axiom Space signed with the agency in Washington, D.C. on Monday.");
        assertThat(entity(r, "D.C.")).as(describe(r)).isEmpty();
        assertThat(entity(r, "Washington")).as(describe(r)).isPresent();
        ExtractionResult dateline = extract("WASHINGTON, D.C. – The agency signed the arrangement on Tuesday.");
        assertThat(entity(dateline, "D.C.")).as(describe(dateline)).isEmpty();
    }

    @Test
    void namesSideBySideWithoutAliasWordsStayApart() {
        ExtractionResult r = extract("SpaceX called NASA on Monday about the Starship programme.");
        assertThat(entity(r, "SpaceX").orElseThrow().iri()).isNotEqualTo(entity(r, "NASA").orElseThrow().iri());
    }

    @Test
    void gazetteerAliasesShareOneEntity() {
        ExtractionResult r = extract("Tiangong welcomed a new crew. The China Space Station now has three modules.");
        assertThat(entity(r, "Tiangong").orElseThrow().iri()).isEqualTo(entity(r, "China Space Station").orElseThrow().iri());
        assertThat(r.entities().stream().filter(e -> e.type().equals(KG.SpaceStation.getURI()))).hasSize(1);
    }

    @Test
    void spellingsOfANumberedMissionShareOneIri() {
        ExtractionResult a = extract("China’s Chang’E 9 mission will follow.");
        ExtractionResult b = extract("The Chang'e-9 probe is planned.");
        assertThat(entity(a, "Chang'e 9").orElseThrow().iri()).isEqualTo(entity(b, "Chang'e 9").orElseThrow().iri())
                .isEqualTo(Iris.defaults().entity("change-9"));
    }

    @Test
    void shortNamesDescriptionsAndPronounsResolve() {
        ExtractionResult r = extract("""
                Prime Minister Keir Starmer met executives from British company Oxford Space Systems. \
                Starmer said the firm would grow. He met with its chairman Paul Young.
                """);
        ExtractedEntity starmer = entity(r, "Keir Starmer").orElseThrow();
        assertThat(entity(r, "Starmer")).get().extracting(ExtractedEntity::iri).isEqualTo(starmer.iri());
        assertThat(has(r, "Keir Starmer", "metWith", "Paul Young")).as(describe(r)).isTrue();
        assertThat(has(r, "Oxford Space Systems", "country", "United Kingdom")).as(describe(r)).isTrue();
        assertThat(r.mentions()).anyMatch(m -> m.text().equals("the firm")
                && m.entityIri().equals(entity(r, "Oxford Space Systems").orElseThrow().iri()));
    }

    @Test
    void itsOpeningASentenceAfterARocketIsTheRocket() {
        ExtractionResult r = extract("""
                A Vega-C rocket left Kourou on Monday night with three satellites on board. \
                Its main passenger was Kestrel-2, a Danish weather satellite.
                """);
        assertThat(has(r, "Kestrel-2", "launchVehicle", "Vega-C")).as(describe(r)).isTrue();
        ExtractionResult owner = extract("ESA launched Kestrel-2 on Monday. Its director called the launch a success.");
        assertThat(owner.mentions()).as(describe(owner)).anyMatch(m -> m.text().equals("Its")
                && m.entityIri().equals(entity(owner, "ESA").orElseThrow().iri()));
    }

    @Test
    void payloadsNamedAfterTheMainOneShareItsFlight() {
        ExtractionResult r = extract("""
                The Aurora-1 lander lifted off on a Falcon 9 rocket from Cape Canaveral on Thursday. Aurora-1 was a secondary \
                passenger. The rocket's main customer was Nusat-4, a communications satellite for Chile, and it also carried \
                Kestrel-5, a small experimental satellite. A Long March 2C rocket lifted off from Jiuquan on Friday with \
                Egypt's Horus-3 satellite. It also carried two remote-sensing satellites, Kestrel 02-A and Kestrel 02-B, into orbit.
                """);
        assertThat(has(r, "Nusat-4", "launchSite", "Cape Canaveral")).as(describe(r)).isTrue();
        assertThat(has(r, "Kestrel-5", "launchSite", "Cape Canaveral")).as(describe(r)).isTrue();
        assertThat(has(r, "Kestrel 02-B", "launchSite", "Jiuquan")).as(describe(r)).isTrue();
    }

    @Test
    void unnamedRoverGetsAnOwnerBasedKeyAndItsPhrasesAsNames() {
        ExtractionResult r = extract("Turkey's first lunar rover will be ready in 2027. The rover will map the surface.");
        ExtractedEntity rover = entity(r, "first lunar rover").orElseThrow();
        assertThat(rover.iri()).isEqualTo(Iris.defaults().entity("turkey-lunar-rover"));
        assertThat(rover.type()).isEqualTo(KG.Rover.getURI());
        assertThat(has(r, "first lunar rover", "country", "Turkey")).isTrue();
        assertThat(r.mentions()).anyMatch(m -> m.text().equals("The rover") && m.entityIri().equals(rover.iri()));
    }

    @Test
    void knownMistakesOfCoreNlpAreCorrected() {
        ExtractionResult r = extract("""
                Police searched Khyber Pakhtunkhwa's Dera Ismail Khan district. Pakistan's Space & Upper Atmosphere \
                Research Commission (SUPARCO) issued a statement.
                """);
        assertThat(entity(r, "Dera Ismail Khan")).get().extracting(ExtractedEntity::type).isEqualTo(KG.Place.getURI());
        assertThat(entity(r, "Space & Upper Atmosphere Research Commission")).get()
                .extracting(ExtractedEntity::iri).isEqualTo(entity(r, "SUPARCO").orElseThrow().iri());
        assertThat(has(r, "Dera Ismail Khan", "locatedIn", "Khyber Pakhtunkhwa")).isTrue();
        assertThat(r.entities()).noneMatch(e -> e.type().equals(KG.Person.getURI()));
    }

    @Test
    void aDescriptionSetOffAfterANameIsThatEntity() {
        ExtractionResult r = extract("Ayo-4, Ghana's first communications satellite, was launched in May 2021.");
        assertThat(r.entities().stream().filter(e -> e.type().equals(KG.Satellite.getURI()))).as(describe(r)).hasSize(1);
        assertThat(has(r, "Ayo-4", "country", "Ghana")).as(describe(r)).isTrue();
    }

    @Test
    void aNameSetOffWithItsArticleAfterADescriptionIsThatEntity() {
        ExtractionResult r = extract("Ghana's first satellite, the Ghana Remote Sensing Satellite-1 (GRSS-1), reached orbit on Friday.");
        assertThat(r.entities().stream().filter(e -> e.type().equals(KG.Satellite.getURI()))).as(describe(r)).hasSize(1);
        assertThat(has(r, "Ghana Remote Sensing Satellite-1", "country", "Ghana")).as(describe(r)).isTrue();
    }

    @Test
    void theDescriptionANameIsGivenToIsTheNamedEntity() {
        ExtractionResult r = extract("Ghana's first satellite will be launched next year. The satellite, named Ayo-4, was built by students.");
        assertThat(r.entities().stream().filter(e -> e.type().equals(KG.Satellite.getURI()))).as(describe(r)).hasSize(1);
        assertThat(has(r, "Ayo-4", "country", "Ghana")).as(describe(r)).isTrue();
    }

    @Test
    void aRocketNamedByOneOfItsFlightsIsThatFlightThroughoutTheArticle() {
        ExtractionResult r = extract("""
                ISRO's Polar Satellite Launch Vehicle lifted off from Sriharikota on Saturday.                 The PSLV-C61 mission carried the Orbix-9 satellite.
                """);
        assertThat(r.entities().stream().filter(e -> e.type().equals(KG.LaunchVehicle.getURI()))).as(describe(r)).hasSize(1);
        assertThat(has(r, "Orbix-9", "launchVehicle", "PSLV-C61")).as(describe(r)).isTrue();

        ExtractionResult twoFlights = extract("""
                The PSLV-C60 flight carried one satellite and the PSLV-C61 flight carried two. The PSLV is ISRO's workhorse.
                """);
        assertThat(entity(twoFlights, "PSLV")).as(describe(twoFlights)).isPresent();
    }

    @Test
    void aLoneWordNoFullNameExplainsIsNoPerson() {
        ExtractionResult r = extract("NASA flew Helga and Zohar, two test mannequins, around the Moon. Astronaut Reid Wiseman praised the flight.");
        assertThat(r.entities().stream().filter(e -> e.type().equals(KG.Person.getURI())).map(ExtractedEntity::label))
                .as(describe(r)).containsExactly("Reid Wiseman");

        ExtractionResult speaker = extract("Okafor emphasised that Nigeria would join the programme.");
        assertThat(entity(speaker, "Okafor")).as(describe(speaker)).isPresent();
    }

    @Test
    void itsForeignCounterpartIsThatCountrysSpaceAgency() {
        ExtractionResult r = extract("The Kenya Space Agency signed an agreement with its Japanese counterpart in Nairobi on Monday.");
        assertThat(has(r, "Japan Aerospace Exploration Agency", "cooperatesWith", "Kenya Space Agency")).as(describe(r)).isTrue();
        assertThat(entity(r, "Japan")).as(describe(r)).isEmpty();
    }

    @Test
    void aDemonymCoreNlpTookForACountryIsTheCountrysDemonym() {
        ExtractionResult r = extract("The Argentine company INVAP, based in Bariloche, built the ARSAT-1 satellite.");
        assertThat(has(r, "ARSAT-1", "developedBy", "INVAP")).as(describe(r)).isTrue();
        assertThat(entity(r, "The Argentine")).as(describe(r)).isEmpty();
    }

    @Test
    void aCraftNamedAfterItsOwnersDescriptionIsTheNamedCraft() {
        ExtractionResult r = extract("Ghana's first satellite Kwame-2 reached orbit on Friday.");
        assertThat(has(r, "Kwame-2", "country", "Ghana")).as(describe(r)).isTrue();
        assertThat(r.entities().stream().filter(e -> e.type().equals(KG.Satellite.getURI()))).as(describe(r)).hasSize(1);
    }
}
