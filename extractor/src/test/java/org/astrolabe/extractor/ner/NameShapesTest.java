package org.astrolabe.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.entity;
import static org.astrolabe.extractor.ExtractionAssertions.extract;

import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Tag;

/** Names the gazetteer does not know are found by their shape and what stands around them, with their class. */
@Tag("models")
class NameShapesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Turkish aerospace company Kestrelkar and the Turkish Space Agency will build a rover.|Kestrelkar|Company",
            "The mission will use an engine developed by Delta V Space Technologies.|Delta V Space Technologies|Organization",
            "The rocket carried the Kestrel SAT, formally KES-2B, into orbit.|KES-2B|Satellite",
            "The rocket carried eight nanosatellites, one of them ISRO Nano Satellite-2.|ISRO Nano Satellite-2|Satellite",
            "Morocco's Mohammed VI-B satellite was launched on Tuesday.|Mohammed VI-B|Satellite",
            "The satellite, Yaogan-43 03, lifted off on Saturday.|Yaogan-43 03|Satellite",
            "Sultan al-Neyadi flew to the station in March.|Sultan al-Neyadi|Person",
            "The centre previously launched LakefordSat in 2018 from Tanegashima.|LakefordSat|Satellite",
            "Nigeria launched its first satellite in 2003 on a Russian Kosmos-3M rocket.|Kosmos-3M|LaunchVehicle",
            "The agencies finalised plans for the joint Lunar Polar Exploration mission.|Lunar Polar Exploration|Mission",
            "The agencies finalised plans for the planned Kestrel Deep Survey mission.|Kestrel Deep Survey|Mission",
            "The KESTREL-1 Earth observation satellite was launched on Tuesday.|KESTREL-1|Satellite",
            "The Kestrelsat climate satellite is slated for launch in 2026.|Kestrelsat|Satellite",
            "During a meeting between ISRO Chairman V Narayanan and the minister, the two discussed the mission.|V Narayanan|Person",
            "The Senate Committee on Science and Technology met on Tuesday.|Senate Committee on Science and Technology|GovernmentBody",
            "The House Committee on Science, Space, and Technology held a hearing.|House Committee on Science, Space, and Technology|GovernmentBody",
            "Argentina will build the SABIA-Mar 1 satellite in Bariloche.|SABIA-Mar 1|Satellite",
            "The two agencies resumed work on the SABIA-Mar ocean observation programme.|SABIA-Mar|Program",
            "Nepal-Sat reaches orbit on a Falcon 9 rocket.|Nepal-Sat|Satellite",
            "Egypt joined the Lunar Cooperation Program in May.|Lunar Cooperation Program|Program",
            "The satellite will be operated from a centre in New Cairo.|New Cairo|City",
            "Kestrelix is a nano-class cubesat of about four kilogrammes.|Kestrelix|Satellite",
            "Engineers finished the Taifa-2 and Taifa-3 cubesats in Nairobi.|Taifa-2|Satellite",
            "The Chilean Senate approved the deal.|Chilean Senate|GovernmentBody",
            "The Space Cooperation Outline Program was signed in Beijing.|Space Cooperation Outline Program|Agreement",
            "Engineers finished Kenya Sat-1 in March.|Kenya Sat-1|Satellite",
            "The India-Bhutan SAT carries two cameras.|India-Bhutan SAT|Satellite",
            "The rocket lifted off from the Sohae Satellite Launching Station on Tuesday.|Sohae Satellite Launching Station|Place",
            "The rocket also carried two small satellites, Starling-1A and Starling-1B, built in Beijing.|Starling-1B|Satellite",
            "The rocket also carried Genesis-2, a small lunar lander built in Haifa.|Genesis-2|Spacecraft",
            "A rocket carrying the Meteor-M 2-4 weather satellite blasted off on Thursday.|Meteor-M 2-4|Satellite",
            "The rocket also carried two small satellites, Starling-1A and Tara, built in Beijing.|Tara|Satellite",
            "The launch was first reported by Daily Orbit, a Kenyan newspaper.|Daily Orbit|Organization",
            "Amani-2, Tanzania's first operational Earth observation satellite, was launched on Saturday.|Amani-2|Satellite",
            "A Vega-C rocket launched PRISMA, a small science satellite, on Tuesday.|PRISMA|Satellite",
            "It also carried two remote-sensing satellites, Kestrel 02-A and Kestrel 02-B, into orbit.|Kestrel 02-B|Satellite",
            "The launcher put three small satellites, Orla, Brisa and Tamsin, into orbit.|Brisa|Satellite",
            "The launcher put three small satellites, Orla, Brisa and Tamsin, into orbit.|Tamsin|Satellite",
            "The Institute of Optics of the Russian Academy of Sciences built the camera.|Institute of Optics of the Russian Academy of Sciences|ResearchInstitution",
            "Jean-Marc Dubois, the federal minister responsible for the Canadian Space Agency, spoke on Monday.|Jean-Marc Dubois|Person",
            "A Vega rocket carries Chile's Araucaria-3 into orbit|Araucaria-3|Satellite",
            "Students cheer as Dunlin-1 becomes Ireland's first cubesat in orbit|Dunlin-1|Satellite",
            "The team visited the Northern Institute of Geology, Mining and Metallurgy in Tromso.|Northern Institute of Geology, Mining and Metallurgy|ResearchInstitution",
            "The probe was tested at the Lakeford Assembly, Integration and Test Centre last year.|Lakeford Assembly, Integration and Test Centre|ResearchInstitution",
            "Ghana signed a loan agreement with the Export-Import Bank of Korea on Monday.|Export-Import Bank of Korea|Organization",
            "Members of the Ghana Amateur Radio Society tracked the cubesat.|Ghana Amateur Radio Society|Organization",
            "According to Vice Science Minister Park Min-jun, the orbiter is healthy.|Park Min-jun|Person",
            "The GSLV-F19 rocket put the satellite in orbit on Monday.|GSLV-F19|LaunchVehicle",
            "Lagos launched its Ayo-4 weather satellite aboard a Falcon 9 on Wednesday.|Ayo-4|Satellite",
            "Ghana's first satellite Kwame-2 reached orbit on Friday.|Kwame-2|Satellite",
            "NLS-30 and Tamu-4 shared the ride.|Tamu-4|Satellite",
            "Ghana signed a launch contract for Tamu-4 with SpaceX.|Tamu-4|Satellite",
            "Tamu-4 will be operated by the Ghana Space Agency.|Tamu-4|Satellite",
            "Tamu-4, designed and built by a Norwegian firm, will be operated by the Ghana Space Agency.|Tamu-4|Satellite",
            "Operated by the Ghana Space Agency, Tamu-4 will image farmland.|Tamu-4|Satellite",
            "Built by Kestrel Dynamics, the Sentinel-6B satellite carries a radar altimeter.|Kestrel Dynamics|Organization",
            "Indonesia's Langit Biru-3 satellite was launched on Friday.|Langit Biru-3|Satellite",
            "The Norwegian Space Research and Innovation Agency opened a new office.|Norwegian Space Research and Innovation Agency|SpaceAgency",
            "The satellite was built by engineers at All Saints University.|All Saints University|ResearchInstitution",
            "Emirati astronaut Sultan Al Qasimi returned to Earth on Monday.|Sultan Al Qasimi|Person",
            "Sultan Al Qasimi, 42, is a member of the astronaut corps.|Sultan Al Qasimi|Person",
            "Oman's Sultan Haitham bin Tarik met the delegation.|Haitham bin Tarik|Person",
            "The satellite was carried by the SSLV-D3 rocket, which lifted off from Sriharikota.|SSLV-D3|LaunchVehicle",
            "The rocket lifted off from Sriharikota carrying ORBIX on Monday.|ORBIX|Satellite",
            "Tamu-4 was carried into orbit by a Falcon 9 rocket.|Tamu-4|Satellite",
            "Tamu-4, which is owned by the Ghana Space Agency, takes pictures of crops.|Tamu-4|Satellite",
            "Endurosat, a Bulgarian company, built Tamu-4 for the Ghana Space Agency.|Tamu-4|Satellite",
            "The rideshare carried Orbis-2, a weather satellite operated by the company SkyTrack.|SkyTrack|Company",
            "It was signed by Li Hua, CEO of StarNet, and Somchai Boonmee, CEO of Kestrel Holdings.|Somchai Boonmee|Person",
            "A capsule carrying Chilean Air Force Colonel Ana Rojas docked on Saturday.|Chilean Air Force|Organization",
            "It deployed Orbis-2, a weather satellite operated by the company OrbiTrack, and two cubesats.|OrbiTrack|Company",
            "The satellite was developed with two Chinese partners, CETC and MICROSAT China.|MICROSAT China|Company",
            "It was built with two Chinese partners, China Electronics Technology Group Corporation (CETC) and MICROSAT China.|MICROSAT China|Company",
            "It was built under the Kestrel Coastal Earth Observation Micro-Satellite (KCEO-Sat) program.|Kestrel Coastal Earth Observation Micro-Satellite|Program",
            "Kenya Space Agency engineers designed Taifa-5 in two years.|Taifa-5|Satellite",
            "The rocket also deployed a weather satellite and Endurosat-0172.|Endurosat-0172|Satellite",
            "A Long March 2D rocket carrying Tamu-4 blasted off on Monday.|Tamu-4|Satellite",
            "Tamu-4 rode to orbit on Monday aboard a Falcon 9.|Tamu-4|Satellite",
            "Tamu-4 successfully reached orbit on Monday.|Tamu-4|Satellite",
            "Tamu-4 and Tamu-5 were among 20 satellites that a Falcon 9 put into orbit.|Tamu-5|Satellite",
            "The Kestrel-9 crew arrived at the space station on Saturday.|Kestrel-9|Mission",
            "Kestrel-9 is a ten-day private mission.|Kestrel-9|Mission",
            "The Kenyan satellite flew alongside Canada's NLS-30 and four KESTREL nanosatellites from the United States.|NLS-30|Satellite",
            "The Kenyan satellite flew alongside Canada's NLS-30 and four KESTREL nanosatellites from the United States.|KESTREL|Satellite",
            "Officials said the Nigerian Earth Observation Satellite 2 was launched on Friday.|Nigerian Earth Observation Satellite 2|Satellite",
            "The rocket carried four satellites, including Ghana's GSSTI-4 and Canada's NLS-30, into orbit.|GSSTI-4|Satellite",
            "The rocket carried four satellites, including Ghana's GSSTI-4 and Canada's NLS-30, into orbit.|NLS-30|Satellite",
            "The rocket's main customer was Nusantara Tiga, a communications satellite for Indonesia.|Nusantara Tiga|Satellite",
            "Ghana joined the International Space Station programme in May.|International Space Station programme|Program",
            "Crews will live on the Vesper space station from 2030.|Vesper|SpaceStation",
            "Kenya and Italy adopted a Five-Year Action Plan in May.|Action Plan|Agreement",
            "The Kestrel mission will study the solar wind.|Kestrel|Mission",
            "China launched the Shenzhou-31 spacecraft on Friday.|Shenzhou-31|Mission",
            "Ahmed Khan, spokesperson for the Pakistan Foreign Office, said the launch went well.|Pakistan Foreign Office|GovernmentBody",
            "The Water Center for the Humid Tropics of Latin America and the Caribbean joined the network.|Water Center for the Humid Tropics of Latin America and the Caribbean|ResearchInstitution",
            "Students at the University of the Lowlands North built the satellite.|University of the Lowlands North|ResearchInstitution",
            "The University of Tokyo and the University of Kyoto built the probe.|University of Kyoto|ResearchInstitution",
            "Expedition 90 crew members Oleg Konen, Nikolai Chubb and Loral Ohare welcomed them.|Loral Ohare|Person",
            "The crew includes Anna Lind, Tomas Vik and cosmonaut Oleg Konen of Roscosmos.|Oleg Konen|Person",
            "It flew with six satellites, including KESTREL-A2 from Norway, NLS-40 from Peru and two others.|KESTREL-A2|Satellite",
            "It flew with six satellites, including KESTREL-A2 from Norway, NLS-40 from Peru and two others.|NLS-40|Satellite",
            "The small satellite, named Orbix-1, was built in Norway.|Orbix-1|Satellite",
            "The rover, called Tumbleweed, will land in 2030.|Tumbleweed|Rover",
            "It was built at a laboratory of the CNRS and Université Toulouse III – Paul Sabatier in Toulouse.|Université Toulouse III – Paul Sabatier|ResearchInstitution",
            "Students of the Universidad de Chile built the satellite.|Universidad de Chile|ResearchInstitution",
            "Fjord Partnership won the contract from the Norwegian Space Agency in March.|Fjord Partnership|Organization",
            "The contract was awarded to Orbital Sky by the Kenya Space Agency on March 3.|Orbital Sky|Organization",
            "FjordSat's ORBIX-11 satellite reached orbit on Friday.|FjordSat|Organization",
            "Kestrel Galactic's VSS Dawnlight spaceplane flew on Friday.|VSS Dawnlight|Spacecraft",
            "Prime Minister Sheikh Rehana opened the ground station on Friday.|Sheikh Rehana|Person",
            "Air Vice Marshal Tariq Anwar, the project director, briefed reporters.|Tariq Anwar|Person",
            "According to Tomas Berg, chairman of the Lakeford Education Commission, the satellite will be used for research.|Lakeford Education Commission|GovernmentBody",
            "The grant came from the Federal Ministry of Science, Technology and Innovation.|Federal Ministry of Science, Technology and Innovation|GovernmentBody",
            "Kenya's Ministry of Planning and China's space agency signed the deal.|Ministry of Planning|GovernmentBody",
            "Lakeford-based Zentrix signed the contract.|Zentrix|Organization",
            "The rocket carried the Oman Kestrel satellite into orbit.|Oman Kestrel|Satellite",
            "London-based Sarah Jones wrote the report.|Sarah Jones|Person",
            "Norway's first cubesat was finished in May. The satellite, named Norway Fjordeye, was built by students.|Norway Fjordeye|Satellite",
            "The Kestrel probe is headed for the asteroid Vanderhoek.|Vanderhoek|CelestialBody",
            "The orbiter will study Saturn's moon Enceladus.|Enceladus|CelestialBody",
            "The Lakeford agreement covers the KESTREL mission.|KESTREL|Mission",
            "Rakesh Sharma flew aboard Soyuz T-11 in 1984.|Soyuz T-11|Mission",
            "The satellite was developed by the National Authority for Remote Sensing and Space Sciences.|National Authority for Remote Sensing and Space Sciences|GovernmentBody",
            "Galactic 09 carried Rosa Lind, the company's chief instructor, to space.|Rosa Lind|Person",
    })
    void nameIsFoundWithItsClass(String text, String name, String classLocalName) {
        ExtractionResult r = extract(text);
        assertThat(entity(r, name)).as(describe(r)).get().extracting(ExtractedEntity::type)
                .isEqualTo(KG.NS + classLocalName);
    }

    @org.junit.jupiter.api.Test
    void anEarthStationOrAnEarthOrbitIsNoMentionOfThePlanet() {
        ExtractionResult station = extract("They opened a ground earth station in Nairobi to receive the satellite's data.");
        assertThat(entity(station, "Earth")).as(describe(station)).isEmpty();
        ExtractionResult asteroid = extract("The probe will study a near-Earth asteroid.");
        assertThat(entity(asteroid, "Earth")).as(describe(asteroid)).isEmpty();
        ExtractionResult portfolio = extract("Research, Science and Innovation Minister Megan Woods announced the signing.");
        assertThat(entity(portfolio, "Research, Science and Innovation")).as(describe(portfolio)).isEmpty();
        ExtractionResult planet = extract("The station in Nairobi receives images of Earth.");
        assertThat(entity(planet, "Earth")).as(describe(planet)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void aCompanysNameBeforeALandformNamesTheLandform() {
        ExtractionResult forest = extract("The satellite will monitor deforestation in the Amazon rainforest.");
        assertThat(entity(forest, "Amazon")).as(describe(forest)).isEmpty();
        ExtractionResult company = extract("Amazon will launch its satellites on an Atlas V rocket.");
        assertThat(entity(company, "Amazon")).as(describe(company)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void theTailOfANameCutInTwoIsNoNameOfItsOwn() {
        ExtractionResult r = extract("The Standing Committee on Space Affairs of the National Assembly approved the budget.");
        assertThat(r.entities()).as(describe(r)).noneMatch(e -> e.label().matches("(?i)(of|on|for|in|at|and)\\b.*"));
    }

    @org.junit.jupiter.api.Test
    void twoAgenciesJoinedByAHyphenAreNoCraftName() {
        ExtractionResult r = extract("The NASA-ISRO satellite will launch in 2025.");
        assertThat(entity(r, "NASA-ISRO")).as(describe(r)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aPersonNamedBeforeACraftStaysAPerson() {
        ExtractionResult r = extract("Thierry Lafon, SWOT project manager at CNES, has called it a pioneering mission.");
        assertThat(entity(r, "Thierry Lafon")).as(describe(r)).get().extracting(ExtractedEntity::type).isEqualTo(KG.Person.getURI());
    }
}
