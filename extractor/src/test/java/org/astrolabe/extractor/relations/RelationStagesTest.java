package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relation stage and every dependency rule states its relation on a sentence that holds it, and says
 * nothing on one that does not. Each construction a stage handles has its own case.
 */
@Tag("models")
class RelationStagesTest {
    private static final DependencyRules DEPENDENCY_RULES = DependencyRules.bundled();
    /** Rules that do not fire on any natural sentence of their construction yet (none today). */
    private static final Set<String> RULES_WITHOUT_A_PASSING_CASE = Set.of();

    record Case(String rule, String construction, String positive, String subject, String property, String object, String negative) {
        @Override
        public String toString() {
            return rule + ": " + construction;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(launchCases(), roleCases(), participationCases(), dependencyRuleCases()).flatMap(s -> s);
    }

    private static Stream<Case> launchCases() {
        return Stream.of(
                new Case("launch-event", "vehicle", "China launched the Chang'e 6 mission on a Long March 5 rocket.",
                        "Chang'e 6", "launchVehicle", "Long March 5", "The Chang'e 6 mission and the Long March 5 rocket were displayed at an exhibition."),
                new Case("launch-event", "reached orbit", "The Kestrel-2 satellite reached orbit on Saturday, 14 June 2025.",
                        "Kestrel-2", "launchDate", "2025-06-14", "The Kestrel-2 satellite reached orbit around the Moon on Saturday, 14 June 2025."),
                new Case("launch-event", "vehicle without a launch verb", "The Chang'e 6 mission rode a Long March 5 rocket.",
                        "Chang'e 6", "launchVehicle", "Long March 5", "The Chang'e 6 mission was presented next to a Long March 5 model."),
                new Case("launch-event", "site", "The Chang'e 6 mission was launched from the Wenchang Spacecraft Launch Site.",
                        "Chang'e 6", "launchSite", "Wenchang Spacecraft Launch Site", "Engineers of the Chang'e 6 mission visited a rocket factory in Tianjin."),
                new Case("launch-event", "off the pad", "The Kestrel-2 satellite rode a Falcon 9 rocket off the pad at Vandenberg Space Force Base.",
                        "Kestrel-2", "launchSite", "Vandenberg Space Force Base",
                        "The Kestrel-2 satellite was shown beside a Falcon 9 rocket at Vandenberg Space Force Base."),
                new Case("launch-event", "carried into orbit", "A Vega rocket carries Chile's Araucaria-3 into orbit.",
                        "Araucaria-3", "launchVehicle", "Vega", "Chile's Araucaria-3 will be compared with the Vega rocket's own sensors."),
                new Case("launch-event", "lifted off from", "The Chandrayaan-3 mission lifted off from Sriharikota in July 2023.",
                        "Chandrayaan-3", "launchSite", "Sriharikota", "The Chandrayaan-3 team travelled from Sriharikota in July 2023."),
                new Case("launch-event", "site near the launch word, not a place far from it",
                        "The Chang'e 6 mission lifted off from Wenchang on Friday and made contact through a ground station at Kashgar later.",
                        "Chang'e 6", "launchSite", "Wenchang",
                        "The Chang'e 6 mission lifted off some 2,000 kilometres from Beijing and made its first contact through the ground station at Kashgar."),
                new Case("launch-event", "date", "China launched the Chang'e 6 mission on 3 May 2024.",
                        "Chang'e 6", "launchDate", "2024-05-03", "China presented the Chang'e 6 mission on 3 May 2024."),
                new Case("launch-event", "date, passive", "The Chang'e 6 mission was launched on 3 May 2024.",
                        "Chang'e 6", "launchDate", "2024-05-03", "The Chang'e 6 mission was discussed on 3 May 2024."),
                new Case("launch-event", "continuing sentence",
                        "Engineers prepared the Chang'e 6 mission for months. The rocket lifted off on 3 May 2024.",
                        "Chang'e 6", "launchDate", "2024-05-03",
                        "Engineers prepared the Chang'e 6 mission for months. The weather was fine on 3 May 2024."));
    }

    private static Stream<Case> roleCases() {
        return Stream.of(
                new Case("person-role", "hyphenated leading title", "APSCO Secretary-General Li Xinjun opened the meeting.",
                        "Li Xinjun", "leaderOf", "APSCO", "Li Xinjun opened the meeting of APSCO."),
                new Case("person-role", "title before the name with its organisation", "ISRO Chairman Ravi Menon inaugurated the new centre.",
                        "Ravi Menon", "leaderOf", "ISRO", "Ravi Menon visited ISRO on Monday."),
                new Case("person-role", "country's leader, possessive", "Pakistan's Prime Minister Imran Qadir arrived in Beijing.",
                        "Imran Qadir", "leaderOf", "Pakistan", "Imran Qadir travelled from Pakistan to Beijing."),
                new Case("person-role", "a place in a crew after a copula, for each person listed", "Lena Ortiz and Kai Moto will be mission specialists.",
                        "Kai Moto", "title", "mission specialist", "Lena Ortiz and Kai Moto will meet mission specialists."),
                new Case("person-role", "a post over a field written in lower case", "Eva Lind, ESA's director of European, legal and international matters, signed the document.",
                        "Eva Lind", "title", "director of European, legal and international matters",
                        "Eva Lind, who spoke of European, legal and international matters, signed the document."),
                new Case("person-role", "a role said with a copula", "Omar Haddad is the director general of the Kenya Space Agency.",
                        "Omar Haddad", "leaderOf", "Kenya Space Agency", "Omar Haddad is the director of a film about the Kenya Space Agency."),
                new Case("person-role", "a role given past a long apposition", "Omar Haddad, a colonel in the air force who used to fly fighter jets for twenty years, will serve as a mission specialist.",
                        "Omar Haddad", "title", "mission specialist", "Omar Haddad, a colonel in the air force who used to fly fighter jets for twenty years, will meet a mission specialist."),
                new Case("person-role", "a hyphenated title", "Li Wen, vice-director of the China National Space Administration, spoke on Friday.",
                        "Li Wen", "title", "vice-director", "Li Wen, a friend of the China National Space Administration, spoke on Friday."),
                new Case("person-role", "the owner's title, the owner unnamed", "Maria Lopez, the agency's chief scientist, said the crew was ready.",
                        "Maria Lopez", "title", "chief scientist", "Maria Lopez, the agency's guest, said the crew was ready."),
                new Case("person-role", "the age before the role", "Maria Lopez, 45, a retired air force colonel, said the crew was ready.",
                        "Maria Lopez", "title", "retired air force colonel", "Maria Lopez, 45, said the crew was ready."),
                new Case("person-role", "a role given in a relative clause", "Maria Lopez, who was appointed head of the agency in 2020, said the crew was ready.",
                        "Maria Lopez", "title", "head", "Maria Lopez, who was appointed to lead the review in 2020, said the crew was ready."),
                new Case("person-role", "the first of a nation in apposition", "Rayan Harbi, the first Saudi woman in space, docked on Monday.",
                        "Rayan Harbi", "nationality", "Saudi Arabia", "Rayan Harbi, the first woman to meet Saudi officials in space, docked on Monday."),
                new Case("person-role", "demonym nationality", "Turkish astronaut Selim Arda trained in Houston.",
                        "Selim Arda", "nationality", "Turkey", "Selim Arda trained in Houston with a team from Turkey."),
                new Case("person-role", "apposition after the name", "Laura Bennett, director of the European Space Agency, opened the meeting.",
                        "Laura Bennett", "leaderOf", "European Space Agency", "Laura Bennett opened the meeting of the European Space Agency."),
                new Case("person-role", "plural title before a list", "NASA astronauts Mark Ellison, Joan Whitfield and Peter Sand will fly next year.",
                        "Joan Whitfield", "memberOf", "NASA", "Mark Ellison, Joan Whitfield and Peter Sand visited NASA next year."),
                new Case("person-role", "words of the trade before the title word", "Omar Haddad, a former fighter pilot, joined the crew.",
                        "Omar Haddad", "title", "former fighter pilot", "Omar Haddad joined the crew after a visit to a fighter squadron."),
                new Case("person-role", "plural title set off by a colon before a list", "The crew are all ESA astronauts: Marco Bellini, Sophie Adam and Lars Berg.",
                        "Sophie Adam", "memberOf", "ESA", "The crew met ESA managers and then Marco Bellini, Sophie Adam and Lars Berg."),
                new Case("person-role", "the project a role works on, between owner and title",
                        "ESA's Sentinel-6 project manager, Klaus Weber, said the satellite is ready.",
                        "Klaus Weber", "memberOf", "ESA", "Klaus Weber said ESA's Sentinel-6 satellite is ready."),
                new Case("person-role", "people of a country or an organisation, listed", "Lena Vogt of Germany and Marta Ruiz of Spain trained in Cologne.",
                        "Lena Vogt", "nationality", "Germany", "Lena Vogt trained in Cologne, the German city, with Marta Ruiz."),
                new Case("person-role", "two people of one organisation", "Waiting on board were Ana Lima and Tom Reed of NASA.",
                        "Ana Lima", "memberOf", "NASA", "Waiting on board were Ana Lima and Tom Reed, watched by NASA."),
                new Case("person-role", "where the person in the role comes from", "The test was led by Omar Haddad, an ESA astronaut from Jordan, on Monday.",
                        "Omar Haddad", "nationality", "Jordan", "The test was led by Omar Haddad on Monday and watched from Jordan."),
                new Case("person-role", "the first of a country, after an apposition", "Ahmad Rahman, 35, is the first Malaysian to fly to the station.",
                        "Ahmad Rahman", "nationality", "Malaysia", "Ahmad Rahman, 35, flew to the station with the first Malaysian experiment."),
                new Case("person-role", "the first one from a country", "Lena Ortiz is the first engineer from Chile to work on the station.",
                        "Lena Ortiz", "nationality", "Chile", "Lena Ortiz is the first engineer to work on the station with parts from Chile."),
                new Case("person-role", "leaders of countries listed with their countries",
                        "Presidents Ana Duarte of Portugal and Karl Weiss of Austria signed the agreement.",
                        "Karl Weiss", "leaderOf", "Austria", "Ana Duarte and Karl Weiss signed the agreement in Portugal and in Austria."),
                new Case("person-role", "role named before the person", "The mission's commander is Ana Ruiz.",
                        "Ana Ruiz", "title", "commander", "The commander praised Ana Ruiz."),
                new Case("person-role", "with X as role", "The spaceplane was flown by a crew of two, with Rob Stone as pilot.",
                        "Rob Stone", "title", "pilot", "The spaceplane was flown by a crew of two, with Rob Stone watching."),
                new Case("person-role", "head of, after the name", "Laura Bennett, head of the European Space Agency, opened the meeting.",
                        "Laura Bennett", "leaderOf", "European Space Agency", "Laura Bennett opened the meeting at the European Space Agency."),
                new Case("person-role", "who was", "Claire Moreau, who was president of CNES, retired in 2020.",
                        "Claire Moreau", "leaderOf", "CNES", "Claire Moreau, who worked with CNES, retired in 2020."),
                new Case("person-role", "ambassador to, set off before the name", "Pakistan's Ambassador to China, Tariq Rauf, attended the ceremony.",
                        "Tariq Rauf", "nationality", "Pakistan", "Tariq Rauf travelled from Pakistan to China for the ceremony."),
                new Case("person-role", "ambassador to, after the name", "Tariq Rauf, Pakistan's ambassador to China, attended the ceremony.",
                        "Tariq Rauf", "nationality", "Pakistan", "Tariq Rauf, who lives in China, attended the ceremony."),
                new Case("person-role", "portfolio after the title", "Maria Lopez, Chile's Minister of Science and Innovation, opened the meeting.",
                        "Maria Lopez", "title", "Minister of Science and Innovation", "Maria Lopez opened the meeting in Chile."),
                new Case("person-role", "two roles joined by and",
                        "Omar Haddad, Egypt's Deputy Minister of Planning and President of the Egyptian Space Agency, spoke first.",
                        "Omar Haddad", "leaderOf", "Egyptian Space Agency", "Omar Haddad spoke first at the Egyptian Space Agency."),
                new Case("person-role", "complement after a complement", "Leyla Aliyeva, Chairwoman of the Board of Azercosmos, signed for her side.",
                        "Leyla Aliyeva", "title", "Chairwoman of the Board", "Leyla Aliyeva signed for Azercosmos."),
                new Case("person-role", "head of a part of the organisation", "Maria Lopez, a department head at the Chilean Space Agency, took part.",
                        "Maria Lopez", "memberOf", "Chilean Space Agency", "Maria Lopez wrote to the Chilean Space Agency."),
                new Case("person-role", "form of address between title and name", "Project Director Dr Salim Qureshi said the satellite was healthy.",
                        "Salim Qureshi", "title", "Project Director", "Salim Qureshi said the satellite was healthy."),
                new Case("person-role", "demonym said of the person", "Ana Torres became the first Chilean astronaut in 2024.",
                        "Ana Torres", "nationality", "Chile", "Ana Torres met a Chilean engineer in 2024."),
                new Case("person-role", "titles separated by commas", "Rashid Al Falasi, Vice President, Prime Minister and Ruler of Dubai, attended.",
                        "Rashid Al Falasi", "title", "Ruler of Dubai", "Rashid Al Falasi attended a meeting in Dubai."),
                new Case("person-role", "portfolio before the name", "The then Minister of Science and Technology, Peter Okafor, watched the launch.",
                        "Peter Okafor", "title", "Minister of Science and Technology", "Peter Okafor watched the launch of the technology satellite."),
                new Case("person-role", "serve as", "Anna Berg will serve as a mission specialist on the flight.",
                        "Anna Berg", "title", "mission specialist", "Anna Berg will speak about the flight."),
                new Case("person-role", "served as its first", "SUPARCO was founded in 1961. The physicist Omar Latif served as its first chairman.",
                        "Omar Latif", "leaderOf", "SUPARCO", "SUPARCO was founded in 1961. Omar Latif praised its first chairman."),
                new Case("person-role", "appointed", "Imran Sheikh was appointed chairman of SUPARCO in 2023.",
                        "Imran Sheikh", "leaderOf", "SUPARCO", "Imran Sheikh visited SUPARCO in 2023."),
                new Case("person-role", "country after of", "The crew includes Kenji Sato of Japan.",
                        "Kenji Sato", "nationality", "Japan", "The crew includes Kenji Sato and a pilot."));
    }

    private static Stream<Case> participationCases() {
        return Stream.of(
                new Case("participation", "list before joined", "Azerbaijan, Belarus and Egypt have joined the International Lunar Research Station.",
                        "Belarus", "participatesIn", "International Lunar Research Station",
                        "Azerbaijan, Belarus and Egypt have studied the International Lunar Research Station."),
                new Case("participation", "contributes to", "The European Space Agency contributes to the Artemis program.",
                        "European Space Agency", "participatesIn", "Artemis program", "The European Space Agency commented on the Artemis program."),
                new Case("participation", "participle after the person",
                        "Ana Torres became the first Chilean astronaut, flying to the station in May on Axiom Mission 4.",
                        "Ana Torres", "participatesIn", "Axiom Mission 4",
                        "Ana Torres became the first Chilean astronaut, writing a book in May about Axiom Mission 4."),
                new Case("participation-members", "among its members",
                        "The African Space Programme counts Egypt, Kenya and Nigeria among its members.",
                        "Kenya", "participatesIn", "African Space Programme",
                        "The African Space Programme was presented in Egypt, Kenya and Nigeria."),
                new Case("participation-members", "alongside",
                        "Chile takes its place in the Andean Lunar Programme alongside Peru and Bolivia.",
                        "Peru", "participatesIn", "Andean Lunar Programme",
                        "Chile presented the Andean Lunar Programme to Peru and Bolivia."),
                new Case("participation-members", "instruments from",
                        "The Chang'e 7 mission will carry instruments from Egypt, Bahrain and Thailand.",
                        "Bahrain", "participatesIn", "Chang'e 7",
                        "The Chang'e 7 mission was watched by officials from Egypt, Bahrain and Thailand."),
                new Case("participation-members", "instruments from one and from another",
                        "The Chang'e 7 mission will carry instruments from the European Space Agency and from Bahrain.",
                        "Bahrain", "participatesIn", "Chang'e 7",
                        "The Chang'e 7 mission was watched by officials from the European Space Agency and from Bahrain."),
                new Case("participation-crew", "crewmates of the mission named before",
                        "Ana Torres will fly on the Artemis III mission. Her crewmates are Kenji Sato and John Miller.",
                        "Kenji Sato", "participatesIn", "Artemis III",
                        "Ana Torres will fly on the Artemis III mission. Her colleagues are Kenji Sato and John Miller."),
                new Case("participation-crew", "crew named with the mission", "The Shenzhou 21 crew, Zhao Lin, Sun Hao and Wu Jie, arrived at Tiangong.",
                        "Sun Hao", "participatesIn", "Shenzhou 21", "Zhao Lin, Sun Hao and Wu Jie watched the Shenzhou 21 launch."));
    }

    private static Stream<Case> dependencyRuleCases() {
        return Stream.of(
                new Case("develop-verb", "active", "Engineers said ISRO built the Pragyan rover in Bengaluru.",
                        "Pragyan", "developedBy", "ISRO", "ISRO praised the Pragyan rover in Bengaluru."),
                new Case("developed-by-people-of", "engineers at an organisation", "Orbix-5 was designed and built by engineers at the Kenya Space Agency.",
                        "Orbix-5", "developedBy", "Kenya Space Agency", "Orbix-5 was praised by engineers at the Kenya Space Agency."),
                new Case("developed-by-participle", "passive relative clause", "The Pragyan rover, which was designed by ISRO, explored the lunar surface.",
                        "Pragyan", "developedBy", "ISRO", "The Pragyan rover explored the lunar surface while ISRO watched."),
                new Case("developed-by-participle", "reduced relative clause", "The Pragyan rover, designed by ISRO, explored the lunar surface.",
                        "Pragyan", "developedBy", "ISRO", "The Pragyan rover explored the lunar surface while ISRO watched."),
                new Case("developed-together-with", "together with the agent", "The Pragyan rover was built by ISRO together with Airbus.",
                        "Pragyan", "developedBy", "Airbus", "The Pragyan rover was built by ISRO while Airbus watched."),
                new Case("developed-together-with", "jointly with", "The Pragyan rover was developed by ISRO jointly with JAXA.",
                        "Pragyan", "developedBy", "JAXA", "The Pragyan rover was developed by ISRO and later shown to JAXA."),
                new Case("operate-verb", "active", "NASA operates the Hubble Space Telescope.",
                        "Hubble Space Telescope", "operatedBy", "NASA", "NASA praised the Hubble Space Telescope."),
                new Case("operated-by-participle", "passive relative clause", "The Hubble Space Telescope, which is operated by NASA, photographed a distant galaxy.",
                        "Hubble Space Telescope", "operatedBy", "NASA", "The Hubble Space Telescope photographed a galaxy that NASA studied."),
                new Case("join-verb", "verb", "Egypt joined the International Lunar Research Station last year.",
                        "Egypt", "participatesIn", "International Lunar Research Station", "Egypt studied the International Lunar Research Station last year."),
                new Case("take-part-in", "take part in", "Italy will take part in the Artemis program.",
                        "Italy", "participatesIn", "Artemis program", "Italy will comment on the Artemis program."),
                new Case("participation-noun", "noun", "Italy's participation in the Artemis program was confirmed.",
                        "Italy", "participatesIn", "Artemis program", "Italy commented on the Artemis program."),
                new Case("partner-in", "partner noun", "Egypt is a partner in the International Lunar Research Station.",
                        "Egypt", "participatesIn", "International Lunar Research Station", "Egypt wrote about the International Lunar Research Station."),
                new Case("first-to-join", "infinitive after a copula", "Egypt is the first African country to join the International Lunar Research Station.",
                        "Egypt", "participatesIn", "International Lunar Research Station",
                        "Egypt is the first African country to criticise the International Lunar Research Station."),
                new Case("sign-up-to", "phrasal verb", "Serbia signed up to the International Lunar Research Station in May.",
                        "Serbia", "participatesIn", "International Lunar Research Station",
                        "Serbia signed a letter about the International Lunar Research Station in May."),
                new Case("partners-include", "members include", "The members of the International Lunar Research Station include Egypt and Peru.",
                        "Peru", "participatesIn", "International Lunar Research Station",
                        "The critics of the International Lunar Research Station include Egypt and Peru."),
                new Case("one-of-those-who-joined", "one of the countries that joined", "Nigeria is one of ten countries that have joined the International Lunar Research Station.",
                        "Nigeria", "participatesIn", "International Lunar Research Station",
                        "Nigeria is one of ten countries that have studied the International Lunar Research Station."),
                new Case("payload-for-mission", "payload for a mission", "Thailand will develop a payload for the Chang'e 7 mission.",
                        "Thailand", "participatesIn", "Chang'e 7", "Thailand will develop a road for the Chang'e 7 engineers."),
                new Case("own-payload-flies-on", "possessive payload", "Egypt's instrument flew aboard the Chang'e 6 probe.",
                        "Egypt", "participatesIn", "Chang'e 6", "Egypt's ambassador watched the Chang'e 6 probe."),
                new Case("led-by", "passive relative clause", "The International Lunar Research Station, which is led by China, will be built near the lunar south pole.",
                        "China", "participatesIn", "International Lunar Research Station",
                        "The International Lunar Research Station will be built near the lunar south pole, China said."),
                new Case("lead-verb", "verb", "China leads the International Lunar Research Station.",
                        "China", "participatesIn", "International Lunar Research Station", "China described the International Lunar Research Station."),
                new Case("led-by-passive", "passive", "Expedition 81 is led by the Russian cosmonaut Pavel Orlov.",
                        "Pavel Orlov", "participatesIn", "Expedition 81", "Expedition 81 was described by the Russian cosmonaut Pavel Orlov."),
                new Case("led-by-passive", "passive, an organisation", "The European Space Agency is headed by Karin Lund.",
                        "Karin Lund", "leaderOf", "European Space Agency", "The European Space Agency is praised by Karin Lund."),
                new Case("agree-to-do-together", "agreed to build", "Roscosmos and the Kenya Space Agency agreed to build a lunar antenna.",
                        "Roscosmos", "cooperatesWith", "Kenya Space Agency", "Roscosmos and the Kenya Space Agency refused to build a lunar antenna."),
                new Case("cooperate-with", "verb", "ISRO will cooperate with JAXA on a lunar mission.",
                        "ISRO", "cooperatesWith", "JAXA", "ISRO will compete with JAXA for lunar contracts."),
                new Case("joined-forces-with", "idiom", "Orbital Dynamics has joined forces with Arianespace to market the lander.",
                        "Orbital Dynamics", "cooperatesWith", "Arianespace", "Orbital Dynamics has competed with Arianespace to market the lander."),
                new Case("joint-work-of", "joint noun with of", "The probe carries a joint experiment of the German Aerospace Center and the Israel Space Agency.",
                        "German Aerospace Center", "cooperatesWith", "Israel Space Agency",
                        "The probe carries an experiment of the German Aerospace Center, and the Israel Space Agency watched."),
                new Case("counts-as-partner", "counts as partner", "KARI counts NASA as its partner in the lunar mission.",
                        "KARI", "cooperatesWith", "NASA", "KARI counts NASA as its rival in the lunar mission."),
                new Case("organisation-from-country", "apposition with from", "The lander was built with Kestrel Dynamics, a space company from Germany.",
                        "Kestrel Dynamics", "country", "Germany", "The lander was built with Kestrel Dynamics before it flew to Germany."),
                new Case("organisation-from-country", "apposition with a demonym", "The lander was built with Kestrel Dynamics, a German space company.",
                        "Kestrel Dynamics", "country", "Germany", "The lander was built with Kestrel Dynamics, a space company, and German engineers."),
                new Case("craft-for-country", "apposition with a demonym", "The rocket's main passenger was Okean-7, a Russian weather satellite.",
                        "Okean-7", "country", "Russia", "The rocket's main passenger was Okean-7, a weather satellite watched by Russian engineers."),
                new Case("organisation-based-in", "apposition with based in", "The vest was made by Radshield, a company based in Haifa.",
                        "Radshield", "headquarteredIn", "Haifa", "The vest was made by Radshield and tested in Haifa."),
                new Case("craft-for-country", "apposition with for", "The rocket carried Nusa Dua-1, a communications satellite for Indonesia.",
                        "Nusa Dua-1", "country", "Indonesia", "The rocket carried Nusa Dua-1 while officials in Indonesia watched."),
                new Case("cooperation-between", "noun with between", "The cooperation between ISRO and JAXA began in 2017.",
                        "ISRO", "cooperatesWith", "JAXA", "ISRO launched a satellite while JAXA tested an engine."),
                new Case("cooperation-with", "possessive noun with with", "India's cooperation with Japan grew last year.",
                        "India", "cooperatesWith", "Japan", "India's trade grew while Japan's economy slowed."),
                new Case("meet-verb", "verb", "Ahmed Karimov met Lena Brandt in Geneva.",
                        "Ahmed Karimov", "metWith", "Lena Brandt", "Ahmed Karimov spoke in Geneva while Lena Brandt stayed in Berlin."),
                new Case("based-in", "passive", "Arianespace is based in Paris.",
                        "Arianespace", "headquarteredIn", "Paris", "Arianespace sells launches to customers in Paris."),
                new Case("based-in-participle", "participle", "Arianespace, headquartered in Paris, sells launches.",
                        "Arianespace", "headquarteredIn", "Paris", "Arianespace opened an office in Paris last year."),
                new Case("place-in-place", "place in place", "Sriharikota in Andhra Pradesh hosts the country's spaceport.",
                        "Sriharikota", "locatedIn", "Andhra Pradesh", "Engineers flew from Sriharikota to Andhra Pradesh."),
                new Case("place-in-country", "a place in a country is in that country",
                        "Rockets bound for the station lift off from the Baikonur Cosmodrome in Kazakhstan.",
                        "Baikonur Cosmodrome", "country", "Kazakhstan", "Rockets bound for Kazakhstan were built near the Baikonur Cosmodrome."),
                new Case("located-in", "passive", "The Satish Dhawan Space Centre is located in Sriharikota.",
                        "Satish Dhawan Space Centre", "locatedIn", "Sriharikota", "The Satish Dhawan Space Centre sent engineers to Sriharikota."),
                new Case("travel-to", "verb", "Chandrayaan-3 reached the Moon in August.",
                        "Chandrayaan-3", "destination", "Moon", "The Chandrayaan-3 team studied the Moon in August."),
                new Case("travel-to", "name before the kind of craft", "The Chandrayaan-3 spacecraft reached the Moon in August.",
                        "Chandrayaan-3", "destination", "Moon", "The Chandrayaan-3 spacecraft was photographed under a full Moon in August."),
                new Case("travel-to", "name the parser takes for an adjective", "Japan's SLIM probe touched down on the Moon on January 20.",
                        "SLIM", "destination", "Moon", "Japan's SLIM probe was photographed under a full Moon on January 20."),
                new Case("travel-to", "crashed on", "Hakuto-R crashed on the Moon in April 2023.",
                        "Hakuto-R", "destination", "Moon", "Hakuto-R crashed in a test in April 2023, under a full Moon."),
                new Case("samples-from", "samples from", "Tianwen-3 will bring back samples from Mars around 2031.",
                        "Tianwen-3", "destination", "Mars", "Tianwen-3 will bring back pictures of the team to Mars Hall around 2031."),
                new Case("craft-is-venture-of", "apposition", "The Vesper space station, a long-running venture of Norway, Sweden and Finland, circles Earth.",
                        "Vesper", "operatedBy", "Finland", "The Vesper space station, visited by crews from Norway, Sweden and Finland, circles Earth."),
                new Case("programme-is-venture-of", "copula", "The Kestrel Programme is a collaboration between Norway and Sweden.",
                        "Sweden", "participatesIn", "Kestrel Programme", "The Kestrel Programme is a programme watched by Norway and Sweden."),
                new Case("enters-orbit-around", "entered orbit around", "The Vesper-2 orbiter entered orbit around Mars in February.",
                        "Vesper-2", "destination", "Mars", "The Vesper-2 orbiter entered orbit in February, photographed from Mars."),
                new Case("heads-for", "bound for", "The Kestrel-5 probe was bound for Mars but lost contact.",
                        "Kestrel-5", "destination", "Mars", "The Kestrel-5 probe was bound in foil but lost contact near Mars."),
                new Case("heads-for", "heads for", "The Chang'e 7 mission finally heads for the Moon.",
                        "Chang'e 7", "destination", "Moon", "The Chang'e 7 mission finally heads home after photographing the Moon."),
                new Case("bound-for-participle", "participle", "The Kestrel-5 probe, bound for Mars, carries three instruments.",
                        "Kestrel-5", "destination", "Mars", "The Kestrel-5 probe, photographed near Mars, carries three instruments."),
                new Case("on-its-way-to", "sent on its way to", "China sent the Chang'e 7 probe on its way to the Moon on Friday.",
                        "Chang'e 7", "destination", "Moon", "China sent the Chang'e 7 probe to its launch pad on Friday, under a full Moon."),
                new Case("flying-to-on-mission", "a person flying to a station on a mission",
                        "Ana Torres became the first Chilean astronaut, flying to the International Space Station in May on Axiom Mission 4.",
                        "Axiom Mission 4", "destination", "International Space Station",
                        "Ana Torres became the first Chilean astronaut in May on Axiom Mission 4, after a visit to the International Space Station."),
                new Case("mission-to", "mission to", "The Chang'e 7 mission to the Moon will launch next year.",
                        "Chang'e 7", "destination", "Moon", "The Chang'e 7 mission team will watch the Moon next year."),
                new Case("carry-payload", "verb", "Chandrayaan-3 carried the Pragyan rover to the Moon.",
                        "Pragyan", "payloadOf", "Chandrayaan-3", "The Chandrayaan-3 team praised the Pragyan rover."),
                new Case("vehicle-passenger", "a rocket's main passenger", "The Falcon 9 rocket's main passenger was Kestrel-2, a weather satellite.",
                        "Kestrel-2", "launchVehicle", "Falcon 9", "The Falcon 9 rocket's main rival was Kestrel-2, a weather satellite."),
                new Case("passenger-of-vehicle", "the main payload of a rocket", "Kestrel-2, a weather satellite, was the main payload of the Falcon 9 rocket.",
                        "Kestrel-2", "launchVehicle", "Falcon 9", "Kestrel-2, a weather satellite, was the main rival of the Falcon 9 rocket."),
                new Case("developed-by-agent-together-with", "built by A, together with B", "The Kestrel-2 lander was built by SpaceIL, a nonprofit organization, together with Israel Aerospace Industries (IAI).",
                        "Kestrel-2", "developedBy", "Israel Aerospace Industries", "The Kestrel-2 lander was praised by SpaceIL, a nonprofit organization, together with Israel Aerospace Industries (IAI)."),
                new Case("developed-agent-of-next-verb", "developed and operated by", "The Kestrel-2 satellite was developed, and will be operated, jointly by NASA and CNES.",
                        "Kestrel-2", "developedBy", "CNES", "The Kestrel-2 satellite was praised, and will be used, by NASA and CNES."),
                new Case("payload-aboard", "aboard", "The Pragyan rover, aboard Chandrayaan-3, reached the Moon.",
                        "Pragyan", "payloadOf", "Chandrayaan-3", "The Pragyan rover and the Chandrayaan-3 mission were praised."),
                new Case("work-at", "verb", "Maria Lopez works at NASA as an engineer.",
                        "Maria Lopez", "memberOf", "NASA", "Maria Lopez wrote about NASA in her book."),
                new Case("role-at-organisation", "student at", "Tom Hale, a second-year engineering student at MIT, built the antenna.",
                        "Tom Hale", "memberOf", "Massachusetts Institute of Technology", "Tom Hale, who once visited MIT, built the antenna."),
                new Case("organisation-staff-named", "engineers of an organisation, named",
                        "The meeting was attended by two NASA engineers, Paul Grant and Mia Long.",
                        "Mia Long", "memberOf", "NASA", "The meeting about NASA was attended by two guests, Paul Grant and Mia Long."),
                new Case("developed-jointly-with", "built together with", "SUPARCO built the rover together with the China Academy of Space Technology.",
                        "SUPARCO", "cooperatesWith", "China Academy of Space Technology",
                        "SUPARCO built the rover and later visited the China Academy of Space Technology."),
                new Case("developed-by-apposition", "built by, said of an apposition",
                        "MTG-S1, the second satellite of the series and another spacecraft built by Thales Alenia Space in Cannes, reached orbit.",
                        "MTG-S1", "developedBy", "Thales Alenia Space",
                        "MTG-S1, the second satellite of the series and a spacecraft admired by Thales Alenia Space in Cannes, reached orbit."),
                new Case("carried-aboard", "verb with a craft and the rocket it rides", "Nepal-Sat reached orbit aboard a Falcon 9 rocket.",
                        "Nepal-Sat", "launchVehicle", "Falcon 9", "Nepal-Sat reached orbit a week after a Falcon 9 rocket failed."),
                new Case("carried-aboard", "payload aboard a mission", "The Pragyan rover travelled aboard Chandrayaan-3.",
                        "Pragyan", "payloadOf", "Chandrayaan-3", "The Pragyan rover travelled before Chandrayaan-3 was planned."),
                new Case("placed-in-orbit-by", "passive with the rocket as agent", "Ghana's GhanaSat-2 was placed in orbit by a Falcon 9 rocket.",
                        "GhanaSat-2", "launchVehicle", "Falcon 9", "Ghana's GhanaSat-2 was praised in orbit by a Falcon 9 engineer."),
                new Case("left-the-pad", "left the pad", "The Artemis II mission left Launch Pad 39B at 18:24 local time.",
                        "Artemis II", "launchSite", "Launch Complex 39B", "The Artemis II mission photographed Launch Pad 39B at 18:24 local time."),
                new Case("becomes-countrys-craft", "becomes a country's first", "NUSTSat-2 becomes Pakistan's first hyperspectral cubesat in orbit.",
                        "NUSTSat-2", "country", "Pakistan", "NUSTSat-2 follows Pakistan's first hyperspectral cubesat in orbit."),
                new Case("is-countrys-craft", "is a country's satellite", "Kenya Sat-1 is Kenya's second satellite.",
                        "Kenya Sat-1", "country", "Kenya", "Kenya Sat-1 follows Kenya's second satellite."),
                new Case("work-together-on", "the two agencies work together on a programme",
                        "ESA met NASA in Paris. The two agencies agreed to work together on the Artemis program.",
                        "European Space Agency", "cooperatesWith", "NASA",
                        "ESA met NASA in Paris. The two agencies agreed to publish a report about the Artemis program."),
                new Case("developed-with-participle", "developed jointly with",
                        "India's space agency ISRO will launch the NISAR satellite, developed jointly with NASA, from Sriharikota next month.",
                        "NISAR", "developedBy", "NASA",
                        "India's space agency ISRO will launch the NISAR satellite, discussed at length with NASA, from Sriharikota next month."),
                new Case("fly-to-place-aboard-mission", "aboard hung on the destination",
                        "Malaysia's first astronaut, Ali Rahman, flew to the space station aboard Soyuz MS-31 in October.",
                        "Ali Rahman", "participatesIn", "Soyuz MS-31",
                        "Malaysia's first astronaut, Ali Rahman, wrote to the space station about Soyuz MS-31 in October."),
                new Case("mission-carried-people", "a mission carried its crew",
                        "Galactic 09 carried Rosa Lind, the company's chief instructor, and three private passengers.",
                        "Rosa Lind", "participatesIn", "Galactic 09",
                        "Galactic 09 impressed Rosa Lind, the company's chief instructor, and three private passengers."),
                new Case("fly-on-mission", "relative clause", "Liu Yang, who flew on the Shenzhou-9 mission in 2012, was selected again.",
                        "Liu Yang", "participatesIn", "Shenzhou-9", "Liu Yang, who wrote about the Shenzhou-9 mission in 2012, was selected again."),
                new Case("fly-on-mission", "spent time during", "Sultan Al Neyadi spent six months in orbit during the Crew-6 mission.",
                        "Al Neyadi", "participatesIn", "Crew-6", "Sultan Al Neyadi read six books about the Crew-6 mission."),
                new Case("fly-on-mission", "participle clause: its subject is the main clause's",
                        "Maria Quispe became the first Peruvian astronaut, flying to the International Space Station on Axiom Mission 5.",
                        "Maria Quispe", "participatesIn", "Axiom Mission 5",
                        "Maria Quispe became the first Peruvian astronaut, writing a book about the International Space Station and Axiom Mission 5."),
                new Case("fly-on-mission", "arrival aboard", "Tomas Vik and Rui Sato arrived at the station in March aboard Soyuz MS-31.",
                        "Rui Sato", "participatesIn", "Soyuz MS-31", "Tomas Vik and Rui Sato arrived at the station in March to unload Soyuz MS-31."),
                new Case("fly-on-mission", "participle clause after a finite verb",
                        "Oleg Ryabov left Baikonur on Friday, flying on the Soyuz MS-29 mission with two crewmates.",
                        "Oleg Ryabov", "participatesIn", "Soyuz MS-29",
                        "Oleg Ryabov left Baikonur on Friday, watching the Soyuz MS-29 mission with two crewmates."),
                new Case("as-part-of-mission", "a crew role", "Piet Janssen will serve as commander of Expedition 80.",
                        "Piet Janssen", "participatesIn", "Expedition 80", "Piet Janssen will write a book about the commander of Expedition 80."),
                new Case("as-part-of-mission", "as part of", "Anna Kikina will travel to the station as part of the Crew-5 mission.",
                        "Anna Kikina", "participatesIn", "Crew-5", "Anna Kikina will travel to the station after the Crew-5 mission."),
                new Case("assigned-to-mission", "assigned to", "NASA has assigned astronaut Jeanette Epps to the Crew-8 mission.",
                        "Jeanette Epps", "participatesIn", "Crew-8", "NASA has praised astronaut Jeanette Epps after the Crew-8 mission."),
                new Case("assigned-to-mission", "operator named before the mission", "NASA has assigned astronaut Jeanette Epps to the SpaceX Crew-8 mission.",
                        "Jeanette Epps", "participatesIn", "Crew-8", "NASA has praised astronaut Jeanette Epps after the SpaceX Crew-8 mission."),
                new Case("flown-by-crew", "lead sentence after a news dateline",
                        "BAIKONUR, March 2 (Reuters) -- The Soyuz MS-27 mission will be flown by two Russian cosmonauts, Sergey Ryzhikov and Alexei Zubritsky, with Sergey Ryzhikov serving as commander, the agency said on Tuesday.",
                        "Alexei Zubritsky", "participatesIn", "Soyuz MS-27",
                        "BAIKONUR, March 2 (Reuters) -- The Soyuz MS-27 mission will be watched by two Russian cosmonauts, Sergey Ryzhikov and Alexei Zubritsky, with Sergey Ryzhikov serving as host, the agency said on Tuesday."),
                new Case("operated-by-apposition", "operator in an apposition", "The rocket also carried Helios-2, a weather satellite operated by the company Orbital Sky.",
                        "Helios-2", "operatedBy", "Orbital Sky", "The rocket also carried Helios-2, a weather satellite watched by the company Orbital Sky."),
                new Case("signed-named-agreement", "relative clause", "Both sides are committed to the Artemis Accords, which Poland signed in 2021.",
                        "Artemis Accords", "party", "Poland", "Both sides are committed to the Artemis Accords, which Poland discussed in 2021."),
                new Case("flown-by-crew", "passive", "The Soyuz MS-25 mission will be flown by cosmonaut Oleg Novitsky.",
                        "Oleg Novitsky", "participatesIn", "Soyuz MS-25", "The Soyuz MS-25 mission will be watched by cosmonaut Oleg Novitsky."),
                new Case("commanded-by", "participle", "Expedition 71, commanded by cosmonaut Oleg Kononenko, began in April.",
                        "Oleg Kononenko", "participatesIn", "Expedition 71", "Expedition 71, described by cosmonaut Oleg Kononenko, began in April."),
                new Case("includes-members", "mission includes people", "Expedition 71 includes Tracy Dyson and Matthew Dominick.",
                        "Matthew Dominick", "participatesIn", "Expedition 71", "Expedition 71 surprised Tracy Dyson and Matthew Dominick."),
                new Case("crew-of-consists-of", "crew of X consists of", "The crew of Shenzhou-18 consists of Ye Guangfu, Li Cong and Li Guangsu.",
                        "Li Cong", "participatesIn", "Shenzhou-18", "The launch of Shenzhou-18 was watched by Ye Guangfu, Li Cong and Li Guangsu."),
                new Case("crew-member-apposition", "member of the crew", "Loral O'Hara, a member of the Soyuz MS-24 crew, returned on Saturday.",
                        "Loral O'Hara", "participatesIn", "Soyuz MS-24", "Loral O'Hara, a friend of the Soyuz MS-24 crew, returned on Saturday."),
                new Case("crew-member-predicate", "a member of the crew as predicate", "Loral O'Hara was a member of the Soyuz MS-24 crew.",
                        "Loral O'Hara", "participatesIn", "Soyuz MS-24", "Loral O'Hara was a friend of the Soyuz MS-24 crew."),
                new Case("veteran-of-mission", "a veteran of a flight as predicate", "Zhang Lu is a veteran of Shenzhou-15.",
                        "Zhang Lu", "participatesIn", "Shenzhou-15", "Zhang Lu is a critic of Shenzhou-15."),
                new Case("veteran-apposition", "a veteran of a flight in apposition", "Wang Yaping, a veteran of Shenzhou-10, will fly again.",
                        "Wang Yaping", "participatesIn", "Shenzhou-10", "Wang Yaping, a critic of Shenzhou-10, will fly again."),
                new Case("cooperate-one-another", "A and B collaborated", "ISRO and JAXA have collaborated since 2017.",
                        "ISRO", "cooperatesWith", "JAXA", "ISRO and JAXA have grown since 2017."),
                new Case("work-together-pair", "A and B work together", "ISRO and JAXA will work together on the LUPEX mission.",
                        "ISRO", "cooperatesWith", "JAXA", "ISRO and JAXA will work separately on the LUPEX mission."),
                new Case("held-talks-with", "held talks with", "Ahmed Salem held talks with Li Wen in Beijing.",
                        "Ahmed Salem", "metWith", "Li Wen", "Ahmed Salem held a book by Li Wen in Beijing."),
                new Case("met-one-another", "A and B met", "Ahmed Salem and Li Wen met on Monday in Beijing.",
                        "Ahmed Salem", "metWith", "Li Wen", "Ahmed Salem and Li Wen met the crew on Monday in Beijing."),
                new Case("during-meeting-with", "during a meeting with", "Ahmed Salem praised the project during his meeting with Li Wen.",
                        "Ahmed Salem", "metWith", "Li Wen", "Ahmed Salem praised the project during his flight with Li Wen."),
                new Case("called-on", "paid a courtesy call on", "Li Wen paid a courtesy call on Ahmed Salem in Riyadh.",
                        "Li Wen", "metWith", "Ahmed Salem", "Li Wen paid a tribute to Ahmed Salem in Riyadh."),
                new Case("flight-of-person", "possessive flight", "Peggy Whitson's fourth flight, the Ax-2 mission, lifted off on Sunday.",
                        "Peggy Whitson", "participatesIn", "Ax-2", "Peggy Whitson's book, about the Ax-2 mission, came out on Sunday."),
                new Case("seat-on-mission", "seat on", "Walter Villadei bought a seat on the Ax-3 mission.",
                        "Walter Villadei", "participatesIn", "Ax-3", "Walter Villadei wrote a book on the Ax-3 mission."),
                new Case("seat-verb-on-mission", "take a seat on", "Walter Villadei will take his seat on the Ax-3 mission next year.",
                        "Walter Villadei", "participatesIn", "Ax-3", "Walter Villadei took a photo of the Ax-3 mission next year."));
    }

    private static RelationStage stageOf(String rule) {
        return switch (rule) {
            case "launch-event" -> new LaunchEvents();
            case "person-role" -> new PersonRoles();
            case "participation", "participation-members" -> new Participation();
            case "participation-crew" -> new CrewNamedWithMission();
            default -> DEPENDENCY_RULES;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleStatesItsRelationAndNothingWithoutIt(Case c) {
        String extractor = "rule:" + c.rule();
        StageFacts positive = StageFacts.of(stageOf(c.rule()), c.positive());
        assertThat(positive.states(extractor, c.subject(), c.property(), c.object()))
                .as("%s on \"%s\"%n%s", c, c.positive(), positive.describe())
                .isTrue();
        ExtractionResult extracted = extract(c.positive());
        assertThat(has(extracted, c.subject(), c.property(), c.object()))
                .as("extraction of \"%s\"%n%s", c.positive(), describe(extracted))
                .isTrue();

        StageFacts negative = StageFacts.of(stageOf(c.rule()), c.negative());
        assertThat(negative.by(extractor))
                .as("%s on \"%s\"%n%s", c, c.negative(), negative.describe())
                .isEmpty();
    }

    @Test
    void everyRuleOfTheDependencyRuleFileHasACase() {
        Set<String> tested = cases().map(Case::rule).collect(Collectors.toSet());
        assertThat(tested).containsAll(DEPENDENCY_RULES.rules().stream().map(DependencyRules.Rule::name)
                .filter(name -> !RULES_WITHOUT_A_PASSING_CASE.contains(name)).toList());
    }
}
