package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Launches told over two sentences, and which craft of a sentence a launch and its date belong to. */
@Tag("models")
class LaunchEventsTest {

    @Test
    void whatFliesAlongsideThePayloadRodeItsFlight() {
        ExtractionResult r = extract("""
                A PSLV rocket lifted off from Sriharikota on 10 March 2025 with India's Kestrel-7 satellite. \
                Kestrel-7 flew alongside Canada's NLS-30.
                """);
        assertThat(has(r, "NLS-30", "launchVehicle", "PSLV")).as(describe(r)).isTrue();
        assertThat(has(r, "NLS-30", "launchDate", "2025-03-10")).as(describe(r)).isTrue();

        ExtractionResult compared = extract("""
                A PSLV rocket lifted off from Sriharikota on 10 March 2025 with India's Kestrel-7 satellite. \
                Engineers compared Kestrel-7 with Canada's NLS-30 satellite.
                """);
        assertThat(has(compared, "NLS-30", "launchVehicle", "PSLV")).as(describe(compared)).isFalse();
    }

    @Test
    void theCentreThatHoldsTheLaunchPadIsASiteTooWhoeverOwnsIt() {
        ExtractionResult r = extract("""
                The Kestrel-7 crew lifted off at 2:31 a.m. EDT on Wednesday on a Falcon 9 rocket from Launch Complex 39A at \
                NASA's Kennedy Space Center in Florida.
                """);
        assertThat(has(r, "Kestrel-7", "launchSite", "Launch Complex 39A")).as(describe(r)).isTrue();
        assertThat(has(r, "Kestrel-7", "launchSite", "Kennedy Space Center")).as(describe(r)).isTrue();

        ExtractionResult visited = extract("""
                The Kestrel-7 crew lifted off at 2:31 a.m. EDT on Wednesday on a Falcon 9 rocket from Launch Complex 39A, \
                and the president later toured NASA's Kennedy Space Center in Florida.
                """);
        assertThat(has(visited, "Kestrel-7", "launchSite", "Kennedy Space Center")).as(describe(visited)).isFalse();
    }

    @Test
    void ofTwoCraftLaunchedInOneSentenceEachTakesTheDateWrittenAfterIt() {
        ExtractionResult r = extract("China plans to launch the Chang'e-7 mission in 2026 and Chang'e-8 around 2028.");
        assertThat(has(r, "Chang'e 7", "launchDate", "2026")).as(describe(r)).isTrue();
        assertThat(has(r, "Chang'e 8", "launchDate", "2028")).as(describe(r)).isTrue();
        assertThat(has(r, "Chang'e 8", "launchDate", "2026")).as(describe(r)).isFalse();
    }

    @Test
    void aLaunchToldInARelativeClauseIsTheLaunchOfTheCraftItDescribes() {
        ExtractionResult r = extract("Sentinel-2B succeeds Sentinel-2A, which was also launched from Kourou, in 2015.");
        assertThat(has(r, "Sentinel-2A", "launchDate", "2015")).as(describe(r)).isTrue();
        assertThat(has(r, "Sentinel-2B", "launchDate", "2015")).as(describe(r)).isFalse();
    }

    @Test
    void aLaunchToldOfTheCraftTheNewSatelliteJoinsIsNotTheNewSatellites() {
        ExtractionResult r = extract("""
                Chile's satellite Araucaria-3 was put into orbit on Sunday, 30 August 2020. The rocket also deployed Kestrel-7                 and Kestrel-8. The new satellite joins Sentinel-2A, which was launched in June 2015.
                """);
        assertThat(has(r, "Sentinel-2A", "launchDate", "2015-06")).as(describe(r)).isTrue();
        assertThat(has(r, "Araucaria-3", "launchDate", "2015-06")).as(describe(r)).isFalse();
        assertThat(has(r, "Kestrel-8", "launchDate", "2015-06")).as(describe(r)).isFalse();
    }

    @Test
    void aRocketNamedAfterAnUnnamedRocketsLaunchMadeThatLaunch() {
        ExtractionResult r = extract("""
                Chile's Kestrel-7 satellite was among the payloads an Indian rocket placed in orbit on Monday, 28 September 2015,                 after lifting off from Sriharikota. ISRO launched the PSLV-C30 at 10 a.m., with India's Cartosat-2 satellite as the main passenger.
                """);
        assertThat(has(r, "Cartosat-2", "launchDate", "2015-09-28")).as(describe(r)).isTrue();
        assertThat(has(r, "Cartosat-2", "launchSite", "Sriharikota")).as(describe(r)).isTrue();
    }

    @Test
    void theSatelliteIsTheCraftTheArticleIsAboutNotOneNamedInPassing() {
        ExtractionResult r = extract("""
                Chile's satellite Araucaria-3 was put into orbit on Sunday. The rocket released Araucaria-3 after 14 minutes.                 It also deployed two smaller satellites, Kestrel-7 and Kestrel-8.                 The satellite will be operated by the Chilean Space Agency.
                """);
        assertThat(has(r, "Araucaria-3", "operatedBy", "Chilean Space Agency")).as(describe(r)).isTrue();
        assertThat(has(r, "Kestrel-8", "operatedBy", "Chilean Space Agency")).as(describe(r)).isFalse();
    }

    @Test
    void theCraftNamedAsCarriedAfterAnUnnamedLaunchIsTheOneLaunched() {
        ExtractionResult r = extract("""
                Ghana launched its first operational Earth observation satellite on Monday, 10 March 2025. \
                Tamu-4 was carried into orbit by a Falcon 9 rocket from Vandenberg.
                """);
        assertThat(has(r, "Tamu-4", "launchDate", "2025-03-10")).as(describe(r)).isTrue();
        assertThat(has(r, "Tamu-4", "launchVehicle", "Falcon 9")).as(describe(r)).isTrue();

        ExtractionResult weeksApart = extract("""
                Ghana launched its first operational Earth observation satellite on Monday, 10 March 2025. \
                The rocket's second stage was recovered. Engineers praised the team. \
                Tamu-4 was carried into orbit by a Falcon 9 rocket from Vandenberg.
                """);
        assertThat(has(weeksApart, "Tamu-4", "launchDate", "2025-03-10")).as(describe(weeksApart)).isFalse();
    }

    @Test
    void aLaunchContractSignedOnADayIsNoLaunchThatDay() {
        ExtractionResult contract = extract("Ghana signed a launch contract for the Tamu-4 satellite with SpaceX on Monday, 10 March 2025.");
        assertThat(has(contract, "Tamu-4", "launchDate", "2025-03-10")).as(describe(contract)).isFalse();
        ExtractionResult launch = extract("The launch of the Tamu-4 satellite took place on Monday, 10 March 2025.");
        assertThat(has(launch, "Tamu-4", "launchDate", "2025-03-10")).as(describe(launch)).isTrue();
    }

    @Test
    void theSatellitesOfTheNextSentenceRodeTheRocketJustLaunched() {
        ExtractionResult r = extract("""
                India's PSLV lifted off from Sriharikota on 26 November 2022 with nine satellites. \
                The nanosatellites included two Orbix satellites.
                """);
        assertThat(has(r, "Orbix", "launchVehicle", "PSLV")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix", "launchDate", "2022-11-26")).as(describe(r)).isTrue();

        ExtractionResult later = extract("""
                India's PSLV lifted off from Sriharikota on 26 November 2022 with nine satellites. \
                Engineers later compared two Orbix satellites.
                """);
        assertThat(has(later, "Orbix", "launchVehicle", "PSLV")).as(describe(later)).isFalse();
    }

    @Test
    void payloadsReleasedLaterInTheArticleRodeTheFlightReportedLast() {
        ExtractionResult r = extract("""
                A Long March 2D rocket lifted off from Jiuquan on 4 March 2024 carrying the Haiyang-9 satellite.                 The flight was delayed twice by wind.                 The rocket later released two smaller satellites, Orbix-3 and Orbix-4, into lower orbits.
                """);
        assertThat(has(r, "Orbix-3", "launchVehicle", "Long March 2D")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-4", "launchDate", "2024-03-04")).as(describe(r)).isTrue();

        ExtractionResult otherRocket = extract("""
                A Long March 2D rocket lifted off from Jiuquan on 4 March 2024 carrying the Haiyang-9 satellite.                 In 2019 a Falcon 9 had launched a similar craft.                 Engineers later released the Orbix-3 images to the public.
                """);
        assertThat(has(otherRocket, "Orbix-3", "launchVehicle", "Long March 2D")).as(describe(otherRocket)).isFalse();
        assertThat(has(otherRocket, "Orbix-3", "launchVehicle", "Falcon 9")).as(describe(otherRocket)).isFalse();
    }

    @Test
    void aNamedRocketLiftingOffContinuesTheLaunchBeforeIt() {
        ExtractionResult r = extract("""
                Kenya's first astronomy satellite, Orbix-9, was placed in orbit on Monday. \
                The PSLV-C71 rocket lifted off from Sriharikota at 10 am.
                """);
        assertThat(has(r, "Orbix-9", "launchVehicle", "PSLV-C71")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-9", "launchSite", "Sriharikota")).as(describe(r)).isTrue();

        ExtractionResult otherSubject = extract("""
                Kenya's first astronomy satellite, Orbix-9, was placed in orbit on Monday. \
                Engineers from the PSLV-C71 team later lifted the ban on visits to Sriharikota.
                """);
        assertThat(has(otherSubject, "Orbix-9", "launchVehicle", "PSLV-C71")).as(describe(otherSubject)).isFalse();
    }

    @Test
    void theSatelliteLaunchedFirstAndNamedNextGetsTheLaunch() {
        ExtractionResult r = extract("""
                The satellite was launched at 04:30 GMT on Tuesday from the Xichang Satellite Launch Center. \
                It is Kenya's second remote sensing satellite, Orbix-11.
                """);
        assertThat(has(r, "Orbix-11", "launchSite", "Xichang Satellite Launch Center")).as(describe(r)).isTrue();

        ExtractionResult elsewhere = extract("""
                The satellite was launched on Tuesday from the Xichang Satellite Launch Center. \
                Officials said Orbix-11 had been ordered in 2019.
                """);
        assertThat(has(elsewhere, "Orbix-11", "launchSite", "Xichang Satellite Launch Center")).as(describe(elsewhere)).isFalse();
    }

    @Test
    void theRegionOfALaunchFacilityIsNoSecondSite() {
        ExtractionResult r = extract("""
                Orbix-5 lifts off from California. \
                Orbix-5 was launched on Friday from California's Vandenberg Space Force Base atop a Falcon 9.
                """);
        assertThat(has(r, "Orbix-5", "launchSite", "Vandenberg Space Force Base")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-5", "launchSite", "California")).as(describe(r)).isFalse();

        ExtractionResult regionOnly = extract("Orbix-6 was launched from Florida on Friday.");
        assertThat(has(regionOnly, "Orbix-6", "launchSite", "Florida")).as(describe(regionOnly)).isTrue();
    }

    @Test
    void aRocketFamilyNamedBesideOneOfItsMembersDidNotCarryTheCraft() {
        ExtractionResult r = extract("""
                A Long March-2C rocket lifted off from the Jiuquan Satellite Launch Center on Monday.                 It carried the Orbix-7 satellite, and the flight was the 499th for the Long March family.
                """);
        assertThat(has(r, "Orbix-7", "launchVehicle", "Long March 2C")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-7", "launchVehicle", "Long March")).as(describe(r)).isFalse();
        assertThat(has(r, "Orbix-7", "launchSite", "Jiuquan Satellite Launch Center")).as(describe(r)).isTrue();
    }

    @Test
    void aSiteOwnedByACountryIsTheSite() {
        ExtractionResult r = extract("Egypt launched Orbix-8 from China's Jiuquan on Monday.");
        assertThat(has(r, "Orbix-8", "launchSite", "Jiuquan")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-8", "launchSite", "China")).as(describe(r)).isFalse();
    }

    @Test
    void aLaunchReportedBeforeItsCraftIsNamedGivesTheCraftItsSiteAndDate() {
        ExtractionResult r = extract("""
                Norway successfully launched a new weather satellite from the Jiuquan Satellite Launch Center on Tuesday. \
                The satellite, Orbix-11, was launched by a Long March-2D rocket and entered its planned orbit.
                """, java.time.LocalDate.of(2025, 3, 13));
        assertThat(has(r, "Orbix-11", "launchSite", "Jiuquan Satellite Launch Center")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-11", "launchDate", "2025-03-11")).as(describe(r)).isTrue();

        ExtractionResult tooLate = extract("""
                Norway successfully launched a new weather satellite from the Jiuquan Satellite Launch Center on Tuesday. \
                Officials praised the team. Engineers spoke of the next flight. The budget was approved in May. \
                The Orbix-12 satellite was launched by a Long March-2D rocket in 2019.
                """, java.time.LocalDate.of(2025, 3, 13));
        assertThat(has(tooLate, "Orbix-12", "launchSite", "Jiuquan Satellite Launch Center")).as(describe(tooLate)).isFalse();
    }

    @Test
    void theFamilyOfTheRocketJustLaunchedCarriedNothing() {
        ExtractionResult r = extract("""
                The Orbix-13 satellite was launched by a Long March-2D rocket on Monday. \
                The launch was the 520th flight of the Long March series.
                """);
        assertThat(has(r, "Orbix-13", "launchVehicle", "Long March 2D")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-13", "launchVehicle", "Long March")).as(describe(r)).isFalse();
    }

    @Test
    void aCraftThatRodeAlongFlewOnTheRocketJustLaunched() {
        ExtractionResult r = extract("""
                A Long March 2D rocket lifted off from Jiuquan on Monday. \
                The Orbix-14 satellite also rode along as a secondary payload.
                """);
        assertThat(has(r, "Orbix-14", "launchVehicle", "Long March 2D")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-14", "launchDate", "2025-03-10")).as(describe(r)).isTrue();

        ExtractionResult alone = extract("""
                A Long March 2D rocket lifted off from Jiuquan on Monday. \
                The Orbix-14 satellite was built in Shanghai.
                """);
        assertThat(has(alone, "Orbix-14", "launchVehicle", "Long March 2D")).as(describe(alone)).isFalse();
    }

    @Test
    void aRocketOrMissionThatLeftASiteWasLaunchedFromIt() {
        ExtractionResult r = extract("""
                The Zenit-2 booster left Baikonur on Monday. \
                Its main passenger was Orbix-15, a weather satellite.
                """);
        assertThat(has(r, "Orbix-15", "launchDate", "2025-03-10")).as(describe(r)).isTrue();

        ExtractionResult probe = extract("The Orbix-16 probe left lunar orbit on Monday.");
        assertThat(probe.facts()).as(describe(probe)).noneMatch(f -> f.propertyIri().endsWith("launchDate"));
    }

    @Test
    void aCraftCarriedFromASiteWasLaunchedFromIt() {
        ExtractionResult r = extract("""
                Kenya's first satellite, Orbix-17, was launched on Saturday. \
                The satellite was carried by a Falcon 9 rocket from Vandenberg Space Force Base in California.
                """);
        assertThat(has(r, "Orbix-17", "launchSite", "Vandenberg Space Force Base")).as(describe(r)).isTrue();
    }

    @Test
    void aLaunchToldBeforeItsRocketAndCraftGivesThemItsSiteAndDate() {
        ExtractionResult r = extract("""
                Liftoff occurred at 10:15 a.m. local time on Friday from the Satish Dhawan Space Centre. \
                The PSLV-C60 rocket placed the Orbix-18 satellite in orbit.
                """);
        assertThat(has(r, "Orbix-18", "launchSite", "Satish Dhawan Space Centre")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-18", "launchDate", "2025-03-14")).as(describe(r)).isTrue();
    }

    @Test
    void theSpaceshipOfTheFlightJustNamedIsLaunched() {
        ExtractionResult r = extract("""
                The Tianzhou-30 mission will carry Li Wei and Zhang Min. \
                The spaceship is set to lift off on Sunday atop a Long March-7 rocket from the Wenchang Spacecraft Launch Site.
                """);
        assertThat(has(r, "Tianzhou-30", "launchSite", "Wenchang Spacecraft Launch Site")).as(describe(r)).isTrue();
        assertThat(has(r, "Tianzhou-30", "launchDate", "2025-03-16")).as(describe(r)).isTrue();
    }

    @Test
    void thePlaceThatHoldsThePadIsASiteToo() {
        ExtractionResult r = extract("""
                A nanosatellite was placed in orbit on Saturday by the Polar Satellite Launch Vehicle, which lifted off from the \
                First Launch Pad at the Satish Dhawan Space Centre at 11.56 am. The rocket also carried the Orbix-4 satellite.
                """);
        assertThat(has(r, "Orbix-4", "launchSite", "Satish Dhawan Space Centre")).as(describe(r)).isTrue();

        ExtractionResult far = extract("""
                A nanosatellite was placed in orbit on Saturday by the Polar Satellite Launch Vehicle, which lifted off from the \
                First Launch Pad, engineers at the Satish Dhawan Space Centre said. The rocket also carried the Orbix-4 satellite.
                """);
        assertThat(has(far, "Orbix-4", "launchSite", "Satish Dhawan Space Centre")).as(describe(far)).isFalse();
    }

    @Test
    void aCraftNamedAfterToIsLaunchedByTheRelativeClauseThatFollowsIt() {
        ExtractionResult r = extract("Cooperation goes back to the Orbix-30 satellite, which India put into orbit in 2017.");
        assertThat(has(r, "Orbix-30", "launchDate", "2017")).as(describe(r)).isTrue();
        ExtractionResult sent = extract("India sent a crew to the Orbix-30 satellite in 2017.");
        assertThat(has(sent, "Orbix-30", "launchDate", "2017")).as(describe(sent)).isFalse();
    }

    @Test
    void aCraftThatWentUpWasLaunched() {
        ExtractionResult r = extract("The newcomer joins Pakistan's Orbix-31 satellite, which went up in January 2025.");
        assertThat(has(r, "Orbix-31", "launchDate", "2025-01")).as(describe(r)).isTrue();
        ExtractionResult price = extract("The price of the Orbix-31 satellite went up by a tenth in January 2025.");
        assertThat(has(price, "Orbix-31", "launchDate", "2025-01")).as(describe(price)).isFalse();
    }

    @Test
    void aLaunchOfANewUnnamedCraftDoesNotDateTheCraftBefore() {
        ExtractionResult r = extract("Rwanda launched the Orbix-50 satellite on Tuesday. It will monitor crops. "
                + "\"This launch shows what we can do,\" the minister said, adding that Rwanda plans to launch a third satellite in 2027.");
        assertThat(has(r, "Orbix-50", "launchDate", "2025-03-11")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-50", "launchDate", "2027")).as(describe(r)).isFalse();
    }

    @Test
    void aLaunchFromAnUnnamedSiteIsALaunchFromThePlaceItIsIn() {
        ExtractionResult r = extract("Rocket Lab launched the Orbix-21 satellite on Tuesday from its launch site on New Zealand's Mahia Peninsula.");
        assertThat(has(r, "Orbix-21", "launchSite", "Mahia Peninsula")).as(describe(r)).isTrue();
        ExtractionResult built = extract("Rocket Lab launched the Orbix-21 satellite on Tuesday, built at its factory on New Zealand's Mahia Peninsula.");
        assertThat(has(built, "Orbix-21", "launchSite", "Mahia Peninsula")).as(describe(built)).isFalse();
    }

    @Test
    void aFlightOnARocketIsALaunch() {
        ExtractionResult r = extract("The Orbix-22 satellites will fly on a Vega-C rocket from Kourou in 2026.");
        assertThat(has(r, "Orbix-22", "launchDate", "2026")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix-22", "launchSite", "Kourou")).as(describe(r)).isTrue();
        ExtractionResult flag = extract("The Orbix-22 satellites will fly the flag of Kourou in 2026.");
        assertThat(has(flag, "Orbix-22", "launchDate", "2026")).as(describe(flag)).isFalse();
    }

    @Test
    void aRelativeClauseWithItsOwnSubjectDatesTheCraftBeforeIt() {
        ExtractionResult r = extract("The Kestrel-3 satellite replaces the Kestrel-2 satellite, which China launched in May 2007.");
        assertThat(has(r, "Kestrel-2", "launchDate", "2007-05")).as(describe(r)).isTrue();
        assertThat(has(r, "Kestrel-3", "launchDate", "2007-05")).as(describe(r)).isFalse();
    }

    @Test
    void theDateOfASigningIsNotTheLaunchDate() {
        ExtractionResult signing = extract("The Kestrel-2 satellite was launched under a contract signed on 24 March 2009.");
        assertThat(has(signing, "Kestrel-2", "launchDate", "2009-03-24")).as(describe(signing)).isFalse();
        ExtractionResult launch = extract("The Kestrel-2 satellite was launched on 24 March 2009 under a contract.");
        assertThat(has(launch, "Kestrel-2", "launchDate", "2009-03-24")).as(describe(launch)).isTrue();
    }

    @Test
    void theCraftAnotherReplacesIsNotTheOneLaunched() {
        ExtractionResult r = extract("The Kestrel-3 satellite, scheduled for launch on 14 August 2026, will take the place of the ageing Kestrel-2 satellite.");
        assertThat(has(r, "Kestrel-3", "launchDate", "2026-08-14")).as(describe(r)).isTrue();
        assertThat(has(r, "Kestrel-2", "launchDate", "2026-08-14")).as(describe(r)).isFalse();
    }
}
