package org.astrolabe.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.entity;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import java.time.LocalDate;
import java.util.List;

import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Short articles on space cooperation beyond the seed corpus, with the facts a careful reader gets. */
@Tag("models")
class OwnArticlesTest {

    private static void assertFacts(ExtractionResult result, List<String[]> expected) {
        for (String[] f : expected) {
            assertThat(has(result, f[0], f[1], f[2])).as("%s %s %s%n%s", f[0], f[1], f[2], describe(result)).isTrue();
        }
    }

    @Test
    void isroJaxaLunarAgreement() {
        ExtractionResult r = extract("""
                ISRO and JAXA sign agreement for joint lunar polar mission

                NEW DELHI: The Indian Space Research Organisation (ISRO) and the Japan Aerospace Exploration Agency (JAXA) \
                signed an agreement on Monday for the Chandrayaan-5 mission, which will explore the lunar south pole.

                The mission is expected to launch in 2028 aboard an H3 rocket. Indian Prime Minister Narendra Modi said the \
                cooperation between the two agencies reflected the partnership between India and Japan.

                Tokyo-based JAXA will provide the lander, while ISRO will build the rover.
                """, LocalDate.of(2025, 8, 29));
        assertFacts(r, List.of(
                new String[] {"*", "party", "ISRO"},
                new String[] {"*", "party", "JAXA"},
                new String[] {"*", "concerns", "Chandrayaan-5"},
                new String[] {"*", "signedOn", "2025-08-25"},
                new String[] {"Chandrayaan-5", "destination", "lunar south pole"},
                new String[] {"Chandrayaan-5", "launchDate", "2028"},
                new String[] {"Narendra Modi", "leaderOf", "India"},
                new String[] {"Narendra Modi", "title", "Prime Minister"},
                new String[] {"ISRO", "cooperatesWith", "JAXA"},
                new String[] {"ISRO", "country", "India"},
                new String[] {"JAXA", "country", "Japan"}));
        assertThat(entity(r, "Chandrayaan-5")).get().extracting(e -> e.type()).isEqualTo(KG.Mission.getURI());
        assertThat(entity(r, "H3")).isPresent();
    }

    @Test
    void esaNasaGatewayCooperation() {
        ExtractionResult r = extract("""
                ESA and NASA deepen cooperation on the Lunar Gateway

                The European Space Agency (ESA) and NASA have expanded their cooperation on the Lunar Gateway. \
                Josef Aschbacher, Director General of the European Space Agency, met with NASA officials in Washington \
                on Tuesday.

                Under a memorandum of understanding signed between ESA and NASA last month, European astronauts will \
                fly to the Gateway. The German Aerospace Center (DLR) and Airbus will build modules for it.
                """, LocalDate.of(2025, 6, 12));
        assertFacts(r, List.of(
                new String[] {"ESA", "cooperatesWith", "NASA"},
                new String[] {"Josef Aschbacher", "leaderOf", "ESA"},
                new String[] {"Josef Aschbacher", "title", "Director General"},
                new String[] {"*", "party", "ESA"},
                new String[] {"*", "party", "NASA"},
                new String[] {"*", "signedOn", "2025-05"}));
        assertThat(entity(r, "DLR")).get().extracting(e -> e.label()).isEqualTo("German Aerospace Center");
    }

    @Test
    void uaeJapanRoverPayload() {
        ExtractionResult r = extract("""
                UAE rover to fly on Japanese lunar lander

                DUBAI: The United Arab Emirates' second lunar rover will be carried on the ispace lander, the Mohammed \
                bin Rashid Space Centre (MBRSC) said. The rover, developed by MBRSC, will land on the far side of the Moon.

                In December 2022, the UAE launched its first lunar rover, Rashid, aboard the Hakuto 1 mission. \
                The Japanese company ispace operated that mission.
                """, LocalDate.of(2025, 5, 2));
        assertFacts(r, List.of(
                new String[] {"Rashid", "launchDate", "2022-12"},
                new String[] {"Rashid", "payloadOf", "Hakuto 1"},
                new String[] {"Rashid", "country", "United Arab Emirates"},
                new String[] {"MBRSC", "country", "United Arab Emirates"},
                new String[] {"ispace", "country", "Japan"}));
        assertThat(entity(r, "second lunar rover")).as(describe(r)).isPresent();
    }

    @Test
    void passengersOfOneFlightShareItsSiteAndDate() {
        ExtractionResult r = extract("""
                A Long March 2D rocket lifted off from the Jiuquan Satellite Launch Center on Monday, carrying the Yaogan-40 \
                satellite. The rocket also carried two small satellites, Starling-1A and Starling-1B, built by a Beijing company.
                """, LocalDate.of(2025, 3, 12));
        assertFacts(r, List.of(
                new String[] {"Starling-1B", "launchVehicle", "Long March 2D"},
                new String[] {"Starling-1B", "launchSite", "Jiuquan Satellite Launch Center"},
                new String[] {"Starling-1A", "launchDate", "2025-03-10"}));
    }

    @Test
    void namedPlanWithItsPeriod() {
        ExtractionResult r = extract("""
                Brazil and Argentina signed the Joint Space Cooperation Plan (2026–2030) in Buenos Aires on Thursday.                 The plan covers the Amazonia-2 satellite, developed by the National Institute for Space Research (INPE).
                """, LocalDate.of(2025, 11, 7));
        assertFacts(r, List.of(
                new String[] {"Joint Space Cooperation Plan", "party", "Brazil"},
                new String[] {"Joint Space Cooperation Plan", "party", "Argentina"},
                new String[] {"Joint Space Cooperation Plan", "validFrom", "2026"},
                new String[] {"Joint Space Cooperation Plan", "validUntil", "2030"},
                new String[] {"Joint Space Cooperation Plan", "signedOn", "2025-11-06"},
                new String[] {"Brazil", "cooperatesWith", "Argentina"},
                new String[] {"Amazonia-2", "developedBy", "INPE"}));
        assertThat(entity(r, "INPE")).get().extracting(e -> e.type()).isEqualTo(KG.ResearchInstitution.getURI());
    }
}
