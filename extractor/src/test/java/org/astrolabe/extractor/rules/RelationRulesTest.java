package org.astrolabe.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.facts;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every relation rule fires on a sentence that states its relation and stays silent on one that does not. */
@Tag("models")
class RelationRulesTest {

    record Case(String rule, String positive, String subject, String property, String object, String negative) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Case> cases() {
        return Stream.concat(ruleFileCases(), AgreementRuleCases.cases());
    }

    private static Stream<Case> ruleFileCases() {
        return Stream.of(
                new Case("title-before-name", "Group Captain Ravi Menon will fly to the station.",
                        "Ravi Menon", "title", "Group Captain", "Ravi Menon will fly to the station with the group."),
                new Case("leader-title-before-name", "KSA Director General Brigadier Amos Kiprono opened the centre.",
                        "Amos Kiprono", "title", "Director General", "Amos Kiprono opened the KSA centre with Brigadier Ali Omar."),
                new Case("leader-title-before-name", "SUPARCO Chairman Maj. Gen. Amer Nadeem opened the centre.",
                        "Amer Nadeem", "leaderOf", "SUPARCO", "Amer Nadeem opened the SUPARCO centre with Maj. Gen. Ali Omar."),
                new Case("leader-title-before-name", "Kenya Space Agency acting director general Amos Otieno opened the ceremony.",
                        "Amos Otieno", "leaderOf", "Kenya Space Agency", "Kenya Space Agency engineer Amos Otieno opened the ceremony."),
                new Case("leader-title-before-name", "Indian Prime Minister Narendra Modi visited the space centre in Bengaluru.",
                        "Narendra Modi", "leaderOf", "India", "Narendra Modi visited the space centre in Bengaluru."),
                new Case("title-before-name", "Foreign Minister Penny Wong spoke in Canberra.",
                        "Penny Wong", "title", "Foreign Minister", "Penny Wong spoke in Canberra on Monday."),
                new Case("title-before-name", "Air Vice Marshal Tariq Anwar opened the new ground station.",
                        "Tariq Anwar", "title", "Air Vice Marshal", "Tariq Anwar opened the new ground station of the air force."),
                new Case("title-before-name", "Cabinet Secretary for Defence Soipan Tuya attended the launch.",
                        "Soipan Tuya", "title", "Cabinet Secretary for Defence", "Soipan Tuya attended the launch on Monday."),
                new Case("title-before-name", "Minister of Innovation, Science and Technology Uche Obi signed the agreement.",
                        "Uche Obi", "title", "Minister of Innovation, Science and Technology", "Uche Obi signed the agreement for the ministry."),
                new Case("org-apposition-country", "Students at the Lakeford Institute, Norway's oldest institute, built the satellite.",
                        "Lakeford Institute", "country", "Norway", "Students at the Lakeford Institute, a rival of Norway's oldest institute, built the satellite."),
                new Case("city-described-in-place", "The meeting took place in Tromso, the largest city of northern Norway.",
                        "Tromso", "country", "Norway", "The meeting took place in Tromso, the largest rival of northern Norway."),
                new Case("city-described-in-place", "The meeting took place in Hefei, the capital of eastern China's Anhui province.",
                        "Hefei", "locatedIn", "Anhui", "The meeting took place in Hefei, the rival of eastern China's Anhui province."),
                new Case("city-in-country", "The ground station is located near Tromso in northern Norway.",
                        "Tromso", "country", "Norway", "The ground station near Tromso was built with help from Norway."),
                new Case("country-based-org", "Norway-based Fjordsat Systems said its satellite had reached orbit.",
                        "Fjordsat Systems", "country", "Norway", "Norway praised Fjordsat Systems, which said its satellite had reached orbit."),
                new Case("org-is-country-based", "Fjordsat Systems is a Norway-based company.",
                        "Fjordsat Systems", "country", "Norway", "Fjordsat Systems is a company praised by Norway."),
                new Case("org-is-country-based", "The company, Fjordsat Systems, is based in Norway.",
                        "Fjordsat Systems", "country", "Norway", "The company, Fjordsat Systems, is popular in Norway."),
                new Case("demonym-org-country", "The Norwegian nonprofit Fjordsat Systems built the probe.",
                        "Fjordsat Systems", "country", "Norway", "The nonprofit Fjordsat Systems built the probe for a Norwegian school."),
                new Case("leader-of-before-apposition", "The chief executive of the Lakeford Institute, Maria Silva, spoke.",
                        "Maria Silva", "leaderOf", "Lakeford Institute", "The chief engineer of the Lakeford Institute, Maria Silva, spoke."),
                new Case("leader-of-before-apposition", "The director of the Kestrel Space Agency, Hillary Kipkemoi, said training was on track.",
                        "Hillary Kipkemoi", "leaderOf", "Kestrel Space Agency",
                        "The director of communications of the Kestrel Space Agency, Hillary Kipkemoi, said training was on track."),
                new Case("leader-of-before-apposition", "The head of the Kestrel Space Agency's Lakeford Research Centre, Ole Hanse, spoke.",
                        "Ole Hanse", "leaderOf", "Lakeford Research Centre",
                        "The head of research at the Kestrel Space Agency's Lakeford Research Centre, Ole Hanse, spoke."),
                new Case("crew-place-on-mission", "Anna Kowalska of Poland and Tibor Kapu of Hungary are mission specialists on the Ax-9 flight.",
                        "Tibor Kapu", "participatesIn", "Ax-9", "Anna Kowalska of Poland and Tibor Kapu of Hungary are critics of the Ax-9 flight."),
                new Case("post-at-organisation", "Maria Silva, head of the Earth observation programme at the Lakeford Institute, spoke.",
                        "Maria Silva", "memberOf", "Lakeford Institute", "Maria Silva, who visited the Lakeford Institute, spoke."),
                new Case("leader-apposition", "Hiroshi Yamakawa, President of the Japan Aerospace Exploration Agency, welcomed the decision.",
                        "Hiroshi Yamakawa", "leaderOf", "JAXA", "Hiroshi Yamakawa welcomed the decision of the Japan Aerospace Exploration Agency."),
                new Case("leader-apposition", "Maria Lopez, president of the Mexican space agency AEM, attended the ceremony.",
                        "Maria Lopez", "leaderOf", "AEM", "Maria Lopez, a friend of the president of the Mexican space agency AEM, attended."),
                new Case("member-apposition", "Anna Schmidt, professor at the Technical University of Munich, said the test went well.",
                        "Anna Schmidt", "memberOf", "Technical University of Munich", "Anna Schmidt said the Technical University of Munich would take part."),
                new Case("member-apposition", "Li Wen, vice-director of the China National Space Administration, said the tests went well.",
                        "Li Wen", "title", "vice-director", "Li Wen, a visitor to the China National Space Administration, said the tests went well."),
                new Case("member-possessive-apposition", "Tomas Berg, ESA's director of human and robotic exploration, signed the document.",
                        "Tomas Berg", "memberOf", "European Space Agency", "Tomas Berg, who often criticised ESA, signed the document."),
                new Case("place-bracket-region", "Kourou (French Guiana), June 3 (AFP) The satellite was launched on Tuesday.",
                        "Kourou", "locatedIn", "French Guiana", "Kourou, June 3 (AFP) The satellite, built in French Guiana, was launched on Tuesday."),
                new Case("member-of-host-institution", "Marco Rossi, Director of the Space Research Institute at the University of Padua, praised the launch.",
                        "Marco Rossi", "memberOf", "University of Padua", "Marco Rossi praised the launch."),
                new Case("person-nationality-apposition", "Dr. Kalpana Rao, Indian astrophysicist, welcomed the plan.",
                        "Kalpana Rao", "nationality", "India", "Dr. Kalpana Rao welcomed the plan."),
                new Case("met-with", "Narendra Modi met Xi Jinping on the sidelines of the summit in Kazan.",
                        "Narendra Modi", "metWith", "Xi Jinping", "Narendra Modi spoke on the sidelines of the Kestrel Space Agency summit."),
                new Case("met-with", "Narendra Modi met on Tuesday with the Kestrel Space Agency in Kazan.",
                        "Narendra Modi", "metWith", "Kestrel Space Agency", "Narendra Modi met on the sidelines of the Kestrel Space Agency summit."),
                new Case("met-with", "President Emmanuel Macron met with Bill Nelson in Paris.",
                        "Emmanuel Macron", "metWith", "Bill Nelson", "Emmanuel Macron spoke in Paris while Bill Nelson was in Washington."),
                new Case("possessive-org-country", "India's Antrix Corporation signed new contracts.",
                        "Antrix Corporation", "country", "India", "Antrix Corporation signed new contracts with customers."),
                new Case("demonym-org-country", "The Japanese company ispace builds lunar landers.",
                        "ispace", "country", "Japan", "The company ispace builds lunar landers."),
                new Case("org-apposition-demonym", "The figures were reported by Daily Orbit, a Kenyan newspaper, on Monday.",
                        "Daily Orbit", "country", "Kenya", "The figures were reported by Daily Orbit, a newspaper read in every Kenyan city, on Monday."),
                new Case("craft-apposition-country", "Astronauts live aboard Tiangong, China's space station, for six months.",
                        "Tiangong", "country", "China", "Astronauts live aboard Tiangong for six months."),
                new Case("pair-cooperation", "China-Pakistan space cooperation dates back to 1991.",
                        "China", "cooperatesWith", "Pakistan", "China and Pakistan launched satellites in 1991."),
                new Case("city-comma-country", "The conference took place in Toulouse, France.",
                        "Toulouse", "country", "France", "The conference took place in Toulouse with delegates from France."),
                new Case("place-bracket-country", "Toulouse [France], March 3: The agency opened a new office.",
                        "Toulouse", "country", "France", "Toulouse welcomed France's delegation on March 3."),
                new Case("place-on-countrys-part", "The ground station at Malindi, on Kenya's coast, is run by the Italian Space Agency.",
                        "Malindi", "country", "Kenya", "The ground station at Malindi, praised by Kenya's president, is run by the Italian Space Agency."),
                new Case("possessive-place-country", "The crew trained at Russia's Star City for a year.",
                        "Star City", "country", "Russia", "The crew trained at Star City with Russia's cosmonauts for a year."),
                new Case("possessive-place-country", "Kenya's coastal city Mombasa will host the conference.",
                        "Mombasa", "country", "Kenya", "Mombasa will host Kenya's coastal conference."),
                new Case("country-capital-city", "The conference opens in the Kenyan port city of Mombasa on Monday.",
                        "Mombasa", "country", "Kenya", "The conference opens in Mombasa with the Kenyan port authority on Monday."),
                new Case("city-the-country-capital", "Nairobi, the Kenyan capital, will host the conference.",
                        "Nairobi", "country", "Kenya", "Nairobi, the Kenyan team's home, will host the conference."),
                new Case("city-comma-country", "The delegation flew from Toulouse, France, on Monday.",
                        "Toulouse", "country", "France", "The delegation flew from Toulouse, France's space city, on Monday."),
                new Case("craft-for-country", "China launched the Kestrel-2 satellite for Chile on Saturday.",
                        "Kestrel-2", "country", "Chile", "China launched the Kestrel-2 satellite for Chile's space agency on Saturday."),
                new Case("country-then-cities", "The company will open offices in India, probably in Mumbai or Bengaluru.",
                        "Mumbai", "country", "India", "The company will open offices in Mumbai and later in India."),
                new Case("city-based-org", "Ghana is a founding member of the Nairobi-headquartered African Space Council.",
                        "African Space Council", "headquarteredIn", "Nairobi", "Ghana is a founding member of the Nairobi-born African Space Council."),
                new Case("org-headquartered-in", "Kenya and Ghana founded the African Space Council in 2019. The new organization will be headquartered in Nairobi.",
                        "African Space Council", "headquarteredIn", "Nairobi",
                        "Kenya and Ghana founded the African Space Council in 2019. The new organization will be welcomed in Nairobi."),
                new Case("city-based-org", "The Tokyo-based company ispace plans a second landing.",
                        "ispace", "headquarteredIn", "Tokyo", "The company ispace plans a second landing near Tokyo."),
                new Case("org-is-city-based", "ispace is a Tokyo-based lunar exploration company.",
                        "ispace", "headquarteredIn", "Tokyo", "ispace opened an office in Tokyo last year."),
                new Case("org-headquarters-in", "The Kestrel Space Agency's headquarters are in Bergen.",
                        "Kestrel Space Agency", "headquarteredIn", "Bergen", "The Kestrel Space Agency's chief was in Bergen."),
                new Case("possessive-org-country", "The Philippines' Department of Science and Technology built the satellite.",
                        "Department of Science and Technology", "country", "Philippines",
                        "The Philippines sent the Department of Science and Technology a letter."),
                new Case("org-city-headquarters", "Engineers followed the flight from the Kestrel Space Agency's Bergen headquarters.",
                        "Kestrel Space Agency", "headquarteredIn", "Bergen", "Engineers of the Kestrel Space Agency's headquarters flew to Bergen."),
                new Case("institution-in-city", "Reports from the Frequency Allocation Board in Islamabad show that the satellite is stable.",
                        "Frequency Allocation Board", "headquarteredIn", "Islamabad", "Reports from the Frequency Allocation Board reached Islamabad on Monday."),
                new Case("title-of-before-apposition", "The deputy prime minister of Norway, Ole Hanse, met the delegation.",
                        "Ole Hanse", "title", "deputy prime minister", "The deputy prime minister of Norway met Ole Hanse and the delegation."),
                new Case("leader-of-before-apposition", "The head of the Kestrel Space Agency, Ole Hanse, met the delegation.",
                        "Ole Hanse", "leaderOf", "Kestrel Space Agency", "The head of the Kestrel Space Agency met Ole Hanse and the delegation."),
                new Case("craft-from-country", "The rocket carried six satellites, including Orbix-3 from Norway, Orbix-4 from Peru and two others.",
                        "Orbix-3", "country", "Norway", "The rocket carried six satellites, including Orbix-3, which flew over Norway, and two others."),
                new Case("pair-then-they-signed", "Norway and Peru have worked together since 2016, when they signed a memorandum of understanding.",
                        "*", "party", "Peru", "Norway and Peru have worked together since 2016, when Chile signed a memorandum of understanding."),
                new Case("acting-under-agreement-with", "Kestrel Aerospace will deliver its first satellite to Norway under a contract with the Oslo Space Centre.",
                        "*", "party", "Kestrel Aerospace", "Kestrel Aerospace will deliver its first satellite to Norway, and a contract with the Oslo Space Centre followed."),
                new Case("contract-won", "Kestrel Aerospace won the contract for the satellite from Norway in 2004.",
                        "*", "party", "Norway", "Kestrel Aerospace won praise for the satellite from Norway in 2004."),
                new Case("contract-awarded-to", "The Norwegian Space Agency awarded a contract for two satellites to Kestrel Aerospace.",
                        "*", "party", "Kestrel Aerospace", "The Norwegian Space Agency awarded a prize for two satellites to Kestrel Aerospace."),
                new Case("agreement-signed", "The Tanjug news agency and Norway's NRK signed a news exchange agreement on Tuesday.",
                        "*", "party", "Tanjug", "The Tanjug news agency and Norway's NRK covered a news exchange agreement on Tuesday."),
                new Case("acting-under-programme", "Under the Artemis programme, Norway and Kenya will build a lunar rover.",
                        "Kenya", "participatesIn", "Artemis", "Under the Artemis programme, a rover built in Norway and Kenya will land."),
                new Case("transaction-under-agreement", "Norway leased the Orbix-2 satellite from Kestrel Systems in 2002 under a deal worth $5 million.",
                        "*", "party", "Kestrel Systems", "Norway leased the Orbix-2 satellite in 2002, and Kestrel Systems later signed a deal worth $5 million."),
                new Case("countrys-astronaut", "Norway's first astronaut, Ola Berg, trained in Houston.",
                        "Ola Berg", "nationality", "Norway", "Norway's first visitor, Ola Berg, trained in Houston."),
                new Case("person-from-country", "Ola Berg, who is from Norway, trained in Houston.",
                        "Ola Berg", "nationality", "Norway", "Ola Berg, who flew to Norway, trained in Houston."),
                new Case("person-from-country", "Ola Berg, a native of Norway, trained in Houston.",
                        "Ola Berg", "nationality", "Norway", "Ola Berg, a visitor to Norway, trained in Houston."),
                new Case("org-headquarters-in", "The arrangement was signed on Tuesday at NASA headquarters in Washington.",
                        "NASA", "headquarteredIn", "Washington", "The arrangement was signed on Tuesday by NASA and by officials in Washington."),
                new Case("city-kind-org", "The Tokyo daily Asahi Shimbun reported the launch.",
                        "Asahi Shimbun", "headquarteredIn", "Tokyo", "The Asahi Shimbun reported the launch from Tokyo."),
                new Case("org-headquartered-in", "Arianespace, headquartered in Paris, sells launches.",
                        "Arianespace", "headquarteredIn", "Paris", "Arianespace sells launches to customers in Paris."),
                new Case("possessive-place", "Floods hit Sindh's Karachi last week.",
                        "Karachi", "locatedIn", "Sindh", "Floods hit Karachi and Sindh last week."),
                new Case("place-comma-region", "Engineers travelled to Sriharikota, Andhra Pradesh, for the launch.",
                        "Sriharikota", "locatedIn", "Andhra Pradesh", "Engineers travelled to Sriharikota for the launch."),
                new Case("possessive-operator", "Japan's SLIM mission landed near a crater.",
                        "SLIM", "operatedBy", "Japan", "The SLIM mission landed near a crater."),
                new Case("possessive-pronoun-operator", "India announced that its Chandrayaan-4 mission will collect samples.",
                        "Chandrayaan-4", "operatedBy", "India", "India announced that the Chandrayaan-4 mission will collect samples."),
                new Case("participation-in", "Italy's participation in the Artemis program was confirmed.",
                        "Italy", "participatesIn", "Artemis program", "Italy commented on the Artemis program."),
                new Case("participates-verb", "Egypt agreed to join the International Lunar Research Station.",
                        "Egypt", "participatesIn", "International Lunar Research Station",
                        "Egypt signed a deal with China to join the International Lunar Research Station."),
                new Case("to-participate", "Egypt to join the International Lunar Research Station",
                        "Egypt", "participatesIn", "International Lunar Research Station",
                        "Egypt wants the International Lunar Research Station to grow."),
                new Case("verb-to-participate", "The talks led Egypt to join the International Lunar Research Station.",
                        "Egypt", "participatesIn", "International Lunar Research Station",
                        "The talks with Egypt to join the International Lunar Research Station failed."),
                new Case("participates-verb", "Brazil joined the International Lunar Research Station.",
                        "Brazil", "participatesIn", "International Lunar Research Station", "Brazil studied the International Lunar Research Station."),
                new Case("participates-verb", "Indian engineers took part in the ExoMars programme.",
                        "India", "participatesIn", "ExoMars", "Indian engineers took part in talks about the ExoMars programme."),
                new Case("participant-in", "Ghana became a partner in the International Lunar Research Station.",
                        "Ghana", "participatesIn", "International Lunar Research Station", "Turkey wants to be the first NATO partner in the International Lunar Research Station."),
                new Case("member-of-host-institution", "Lena Brandt, director of the Institute of Optics at the University of Lakeford, spoke.",
                        "Lena Brandt", "memberOf", "University of Lakeford",
                        "Lena Brandt, director of the Space Research Institute of the Lakeford Academy of Sciences, spoke."),
                new Case("participant-in", "Egypt became a partner in the International Lunar Research Station.",
                        "Egypt", "participatesIn", "International Lunar Research Station", "Egypt wrote about the International Lunar Research Station."),
                new Case("org-apposition-city-company", "Orbix, the Abu Dhabi company, operates the satellites.",
                        "Orbix", "headquarteredIn", "Abu Dhabi", "Orbix, the company that Abu Dhabi chose, operates the satellites."),
                new Case("under-the-leadership-of", "Under the leadership of Omar Haddad, the Lakeford Space Agency has grown quickly.",
                        "Omar Haddad", "leaderOf", "Lakeford Space Agency", "Under the eyes of Omar Haddad, the Lakeford Space Agency has grown quickly."),
                new Case("team-led-by-at", "A team led by Professor Lena Brandt at the University of Lakeford built the camera.",
                        "Lena Brandt", "memberOf", "University of Lakeford", "A team led by Professor Lena Brandt visited the University of Lakeford."),
                new Case("fronted-participle-built-at", "Built at the University of Lakeford, the Kestrel-2 satellite weighs one kilogram.",
                        "Kestrel-2", "developedBy", "University of Lakeford", "Tested at the University of Lakeford, the Kestrel-2 satellite weighs one kilogram."),
                new Case("fronted-participle-developed-by", "Developed by Kenya's state-run Nairobi Space Institute, which also runs the mission, the Kestrel-2 satellite is healthy.",
                        "Kestrel-2", "developedBy", "Nairobi Space Institute",
                        "Praised by Kenya's state-run Nairobi Space Institute, which also runs the mission, the Kestrel-2 satellite is healthy."),
                new Case("fronted-participle-developed-by", "Built by Kestrel Dynamics, the Sentinel-6B satellite carries a radar altimeter.",
                        "Sentinel-6B", "developedBy", "Kestrel Dynamics", "Praised by Kestrel Dynamics, the Sentinel-6B satellite carries a radar altimeter."),
                new Case("fronted-participle-developed-by", "Designed and built in Norway by the Kestrel Space Agency, Sentinel-6B carries a radar.",
                        "Sentinel-6B", "developedBy", "Kestrel Space Agency", "Designed in Norway and praised by the Kestrel Space Agency, Sentinel-6B carries a radar."),
                new Case("fronted-participle-operated-by", "Operated by the Kestrel Space Agency, Sentinel-6B will image farmland.",
                        "Sentinel-6B", "operatedBy", "Kestrel Space Agency", "Praised by the Kestrel Space Agency, Sentinel-6B will image farmland."),
                new Case("prime-contractor-for", "Kestrel Dynamics is the prime contractor for Sentinel-6B, the company said.",
                        "Sentinel-6B", "developedBy", "Kestrel Dynamics", "Kestrel Dynamics is the main critic of Sentinel-6B, the company said."),
                new Case("operated-by", "The NISAR mission is run jointly by NASA and the Indian Space Research Organisation.",
                        "NISAR", "operatedBy", "Indian Space Research Organisation", "The NISAR mission was praised by NASA and the Indian Space Research Organisation."),
                new Case("operated-by", "The Hubble Space Telescope is operated by NASA.",
                        "Hubble Space Telescope", "operatedBy", "NASA", "The Hubble Space Telescope photographed a galaxy that NASA studied."),
                new Case("led-by-organisation", "The Artemis program is led by NASA.",
                        "Artemis program", "operatedBy", "NASA", "The Artemis program is led by Russian cosmonaut Pavel Orlov."),
                new Case("jointly-with", "The probe was built by Kestrel Dynamics, a firm from Oslo, together with the Italian Space Agency and Airbus.",
                        "Kestrel Dynamics", "cooperatesWith", "Airbus", "The probe was built by Kestrel Dynamics, and Airbus later tested it."),
                new Case("demonym-group-listed", "The cameras come from two German companies, Kestrel Optics and Vela Systems.",
                        "Vela Systems", "country", "Germany", "The cameras come from two companies, Kestrel Optics and Vela Systems, in Berlin's suburbs."),
                new Case("member-second-title-before-name", "NASA Administrator Bill Nelson and Deputy Administrator Pam Melroy toured the site.",
                        "Pam Melroy", "memberOf", "NASA", "NASA Administrator Bill Nelson and his guest Pam Melroy toured the site."),
                new Case("programme-apposition-led-by", "Chile applied to join the Andean Lunar Programme, the moon base programme led by Peru and Bolivia.",
                        "Bolivia", "participatesIn", "Andean Lunar Programme",
                        "Chile applied to join the Andean Lunar Programme, and the talks were led by Peru and Bolivia."),
                new Case("cooperation-on-programme", "The module is the centrepiece of ESA's cooperation with NASA on the Artemis programme.",
                        "European Space Agency", "participatesIn", "Artemis program",
                        "The module is the centrepiece of ESA's cooperation with NASA, which runs the Artemis programme."),
                new Case("astronauts-from-countries", "The Ax-9 mission, commanded by Peggy Whitson, carried astronauts from Chile, Peru and Kenya.",
                        "Peru", "participatesIn", "Ax-9", "The Ax-9 mission, commanded by Peggy Whitson, was watched by engineers in Chile, Peru and Kenya."),
                new Case("countries-sent-astronauts", "Chile, Peru and Kenya each sent an astronaut on Ax-9.",
                        "Kenya", "participatesIn", "Ax-9", "Chile, Peru and Kenya each sent a delegation to watch Ax-9."),
                new Case("programme-involves", "The Andean Lunar Programme includes Chile, Peru and Bolivia.",
                        "Peru", "participatesIn", "Andean Lunar Programme", "The Andean Lunar Programme was praised in Chile, Peru and Bolivia."),
                new Case("programme-involves", "The Andean Lunar Programme involves Chile, Peru and Bolivia.",
                        "Peru", "participatesIn", "Andean Lunar Programme", "The Andean Lunar Programme was presented in Chile, Peru and Bolivia."),
                new Case("meeting-between", "The talks between Li Wen and Ahmed Salem focused on space cooperation.",
                        "Li Wen", "metWith", "Ahmed Salem", "The book by Li Wen and the film by Ahmed Salem focused on space cooperation."),
                new Case("in-meeting-with", "In a meeting with Ahmed Salem, Li Wen said China would help.",
                        "Li Wen", "metWith", "Ahmed Salem", "In a letter about Ahmed Salem, Li Wen said China would help."),
                new Case("visit-or-welcome", "Ahmed Salem paid a visit to Li Wen in Beijing on Monday.",
                        "Ahmed Salem", "metWith", "Li Wen", "Ahmed Salem paid tribute to Li Wen in a speech on Monday."),
                new Case("pair-discussed", "Li Wen and Ahmed Salem discussed space cooperation in Beijing.",
                        "Li Wen", "metWith", "Ahmed Salem", "Li Wen and Ahmed Salem wrote about space cooperation in Beijing."),
                new Case("pair-discussed", "Prime Minister Ahmed Salem and Chinese President Li Wen discussed space cooperation.",
                        "Ahmed Salem", "metWith", "Li Wen", "Prime Minister Ahmed Salem and Chinese President Li Wen wrote about space cooperation."),
                new Case("in-meeting-with", "In a meeting with ISRO chairman Ravi Menon, Li Wen discussed satellite cooperation.",
                        "Li Wen", "metWith", "Ravi Menon", "In a letter about ISRO chairman Ravi Menon, Li Wen discussed satellite cooperation."),
                new Case("visit-or-welcome", "Ahmed Salem paid a courtesy call on Li Wen in Beijing on Monday.",
                        "Ahmed Salem", "metWith", "Li Wen", "Ahmed Salem paid a courtesy fee for Li Wen in Beijing on Monday."),
                new Case("pair-discussed", "The two leaders, Li Wen and Ahmed Salem, discussed space cooperation in Beijing.",
                        "Li Wen", "metWith", "Ahmed Salem", "The two leaders, Li Wen and Ahmed Salem, wrote about space cooperation in Beijing."),
                new Case("cooperation-between", "The cooperation between ISRO and JAXA began in 2017.",
                        "ISRO", "cooperatesWith", "JAXA", "ISRO launched a satellite while JAXA tested an engine."),
                new Case("joined-forces", "Rocket Lab has since joined forces with Airbus to offer the bus to ESA.",
                        "Rocket Lab", "cooperatesWith", "Airbus", "Rocket Lab has since joined the market with a bus, and Airbus followed."),
                new Case("pair-joined-forces", "Rocket Lab and Airbus have joined forces to build a lunar lander.",
                        "Rocket Lab", "cooperatesWith", "Airbus", "Rocket Lab and Airbus have built landers for years."),
                new Case("coordinated-cooperation", "India and Japan have deepened their space cooperation.",
                        "India", "cooperatesWith", "Japan", "India and Japan have different climates."),
                new Case("cooperation-with", "ISRO is expanding cooperation with CNES on climate satellites.",
                        "ISRO", "cooperatesWith", "CNES", "ISRO is expanding its budget while CNES builds satellites."),
                new Case("developed-by", "The satellite, named Orbix-1, was designed and built in Norway by the Kestrel Space Agency.",
                        "Orbix-1", "developedBy", "Kestrel Space Agency", "The satellite, named Orbix-1, was designed in Norway and praised by the Kestrel Space Agency."),
                new Case("developed-by", "The Rashid rover, developed by MBRSC, will land soon.",
                        "Rashid", "developedBy", "MBRSC", "The Rashid rover will land near a crater that MBRSC studied."),
                new Case("payload-aboard", "The Pragyan rover flew aboard the Chandrayaan-3 mission.",
                        "Pragyan", "payloadOf", "Chandrayaan-3", "The Pragyan rover and the Chandrayaan-3 mission were praised."),
                new Case("payload-included-in", "The Pragyan rover was integrated in the Chandrayaan-3 mission.",
                        "Pragyan", "payloadOf", "Chandrayaan-3", "The Pragyan rover was tested before the Chandrayaan-3 mission."),
                new Case("payload-part-of-mission", "India launched the Pragyan rover as part of its Chandrayaan-3 mission.",
                        "Pragyan", "payloadOf", "Chandrayaan-3", "India launched the Pragyan rover after the Chandrayaan-3 mission was approved."),
                new Case("payload-part-of-mission", "India launched the Pragyan rover as part of its Chandrayaan-3 mission.",
                        "Pragyan", "payloadOf", "Chandrayaan-3", "Sultan Al Neyadi spent six months on the International Space Station as part of the Crew-6 mission."),
                new Case("dated-payload-launch", "In July 2023, India launched the Pragyan rover aboard the Chandrayaan-3 mission.",
                        "Pragyan", "launchDate", "2023-07", "India launched the Pragyan rover aboard the Chandrayaan-3 mission."),
                new Case("payload-launch-dated-after", "The Pragyan rover flew aboard the Chandrayaan-3 mission in 2023.",
                        "Chandrayaan-3", "launchDate", "2023", "The Pragyan rover flew aboard the Chandrayaan-3 mission."),
                new Case("payload-aboard", "The Lumo cubesat flew aboard Soyuz MS-19.",
                        "Lumo", "payloadOf", "Soyuz MS-19", "Tariq Aziz flew to the International Space Station aboard Soyuz MS-19."),
                new Case("payload-launch-dated-after", "The Lumo cubesat flew aboard Soyuz MS-19 in October 2021.",
                        "Soyuz MS-19", "launchDate", "2021-10", "Tariq Aziz flew to the International Space Station aboard Soyuz MS-19 in 2021."),
                new Case("traveller-flew-on-dated", "Tariq Aziz flew to the station aboard Soyuz MS-19 in October 2021.",
                        "Soyuz MS-19", "launchDate", "2021-10", "Tariq Aziz flew to the station aboard Soyuz MS-19 and wrote a book in 2021."),
                new Case("traveller-flew-dated-on", "Tariq Aziz became a national hero, flying to the station in October 2021 on Soyuz MS-19.",
                        "Soyuz MS-19", "launchDate", "2021-10", "Tariq Aziz, flying to the station on Soyuz MS-19, wrote a book."),
                new Case("mission-launch-year", "The Ax-5 mission is scheduled for June 2026.",
                        "Ax-5", "launchDate", "2026-06", "The Ax-5 mission, originally scheduled for June 2026, was postponed."),
                new Case("mission-launch-year", "The Chang'e 7 mission is expected to launch in 2026.",
                        "Chang'e 7", "launchDate", "2026", "The Chang'e 7 mission was discussed by engineers."),
                new Case("mission-in-year", "China's Chang'e 7 mission in 2026 will search for water ice.",
                        "Chang'e 7", "launchDate", "2026", "The Chang'e 7 mission returned in June."),
                new Case("launched-on-vehicle", "The Chang'e 7 mission will launch aboard a Long March 5 rocket.",
                        "Chang'e 7", "launchVehicle", "Long March 5", "The Chang'e 7 mission and the Long March 5 rocket were displayed."),
                new Case("launched-from-site", "The Chang'e 7 mission will be launched from Wenchang.",
                        "Chang'e 7", "launchSite", "Wenchang", "The Chang'e 7 team met engineers in Wenchang."),
                new Case("destination-verb", "The Chang'e 7 mission will explore the lunar south pole.",
                        "Chang'e 7", "destination", "lunar south pole", "The Chang'e 7 mission was presented to scientists who study the lunar south pole."),
                new Case("possessive-craft-operator", "Students cheered as IST's ICUBE-9 satellite reached orbit.",
                        "ICUBE-9", "operatedBy", "IST", "Students from IST cheered as the ICUBE-9 satellite reached orbit."),
                new Case("institution-in-city", "Engineers visited the Korea Planetary Science Institute (KPSI) in Daejeon.",
                        "Korea Planetary Science Institute", "headquarteredIn", "Daejeon", "The Korea Planetary Science Institute sent engineers to Daejeon."),
                new Case("agreement-signed", "ISRO and JAXA signed an agreement on lunar exploration.",
                        "*", "party", "ISRO", "ISRO and JAXA discussed lunar exploration."),
                new Case("agreement-between", "An agreement between NASA and ESA covers the Lunar Gateway.",
                        "*", "party", "NASA", "NASA and ESA covered the Lunar Gateway in a report."),
                new Case("agreement-between", "The text is a Framework Arrangement between CNES and the Kenya Space Agency.",
                        "*", "party", "Kenya Space Agency", "The text is a Framework Arrangement for CNES and the Kenya Space Agency."),
                new Case("agreement-signed", "Ghana signed a launch contract for Tamu-4 with SpaceX on Monday.",
                        "*", "party", "SpaceX", "Ghana signed a launch contract for Tamu-4 after talks with SpaceX on Monday."),
                new Case("parties-under-fronted-agreement", "Under the deal, signed on Wednesday, Roketsan and the Philippine Space Agency will study small launchers.",
                        "*", "party", "Philippine Space Agency", "Under the sea, Roketsan and the Philippine Space Agency will study small launchers."),
                new Case("parties-under-fronted-agreement", "In a second agreement signed the same day, NASA and the Brazilian Space Agency agreed to work on a research project.",
                        "*", "party", "NASA", "In a second statement issued the same day, NASA and the Brazilian Space Agency agreed to work on a research project."),
                new Case("agreement-between-group", "Canada and Chile share a telescope. Canada won the seat through an agreement between the two countries.",
                        "*", "party", "Chile", "Canada and Chile share a telescope. Canada won the seat through an agreement with the two observatories."),
                new Case("signing-ceremony-on-date", "ISRO and JAXA signed an MoU on lunar science. The signing ceremony took place on Monday, 3 March 2025, in Tokyo.",
                        "*", "signedOn", "2025-03-03", "ISRO and JAXA signed an MoU on lunar science. The launch ceremony took place on Monday, 3 March 2025, in Tokyo."),
                new Case("agreed-to", "India and Pakistan agreed to a ceasefire.",
                        "*", "party", "India", "India and Pakistan discussed a ceasefire."),
                // Rules of the extractor's code rather than of the rule file.
                new Case("possessive-owner", "Turkey's first lunar rover will be ready in 2027.",
                        "first lunar rover", "country", "Turkey", "A lunar rover will be ready in 2027."),
                new Case("gazetteer-background", "SUPARCO and Pakistan announced a plan.",
                        "SUPARCO", "country", "Pakistan", "SUPARCO announced a plan."),
                new Case("name-country", "The Institute of Optics of the Russian Academy of Sciences built the camera for Russia.",
                        "Institute of Optics of the Russian Academy of Sciences", "country", "Russia",
                        "The Institute of Optics of the Academy of Sciences built the camera for Russia."),
                new Case("name-country", "The Nigeria Space Research Center trains engineers for Nigeria.",
                        "Nigeria Space Research Center", "country", "Nigeria", "The Space Research Center trains engineers for Nigeria."),
                new Case("payload-country-participates", "Turkey's first lunar satellite flew aboard the Chang'e 7 mission.",
                        "Turkey", "participatesIn", "Chang'e 7", "A satellite flew aboard the Chang'e 7 mission."),
                new Case("agreement-parties-cooperate", "ISRO and JAXA signed an agreement.",
                        "ISRO", "cooperatesWith", "JAXA", "India and Pakistan agreed to a ceasefire."),
                new Case("agreement-period", "Brazil and Argentina signed the Joint Space Cooperation Plan (2026–2030).",
                        "Joint Space Cooperation Plan", "validFrom", "2026", "Brazil and Argentina signed the Joint Space Cooperation Plan."),
                new Case("their-named-agreement", "Japan and India met in Tokyo. The talks were part of their Space Cooperation Roadmap.",
                        "Space Cooperation Roadmap", "party", "Japan", "The talks were part of the Space Cooperation Roadmap."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleFiresOnItsRelationAndNotWithoutIt(Case c) {
        ExtractionResult positive = extract(c.positive());
        assertThat(facts(positive, c.subject(), c.property(), c.object()))
                .as("%s on \"%s\"%n%s", c.rule(), c.positive(), describe(positive))
                .anyMatch(f -> f.evidence().extractor().equals("rule:" + c.rule()));

        ExtractionResult negative = extract(c.negative());
        assertThat(negative.facts())
                .as("%s on \"%s\"%n%s", c.rule(), c.negative(), describe(negative))
                .noneMatch(f -> f.evidence().extractor().equals("rule:" + c.rule()));
    }

    @Test
    void everyRuleOfTheRuleFileHasACase() {
        Set<String> tested = cases().map(Case::rule).collect(Collectors.toSet());
        List<String> rules = CoreNlpExtractor.shared().relationRuleNames();
        assertThat(tested).containsAll(rules);
    }

    @Test
    void aPlacePutInARegionTakesItsCountryFromTheTextNotTheGazetteer() {
        ExtractionResult inRegion = extract("A rocket lifted off from the Kennedy Space Center in Florida. The United States said so.");
        assertThat(facts(inRegion, "Kennedy Space Center", "country", "United States")).as(describe(inRegion)).isEmpty();
        assertThat(facts(inRegion, "Kennedy Space Center", "locatedIn", "Florida")).as(describe(inRegion)).isNotEmpty();

        ExtractionResult alone = extract("A rocket lifted off from the Kennedy Space Center. The United States said so.");
        assertThat(facts(alone, "Kennedy Space Center", "country", "United States")).as(describe(alone)).isNotEmpty();
    }

    @Test
    void aTownOrRegionTakesItsCountryFromTheGazetteerOnlyWhenTheSentenceNamesTheCountry() {
        ExtractionResult elsewhere = extract("The satellite was tested in Texas. The United States paid for it.");
        assertThat(facts(elsewhere, "Texas", "country", "United States")).as(describe(elsewhere)).isEmpty();

        ExtractionResult together = extract("The satellite was tested in Texas, with money from the United States.");
        assertThat(facts(together, "Texas", "country", "United States")).as(describe(together)).isNotEmpty();
    }
}
