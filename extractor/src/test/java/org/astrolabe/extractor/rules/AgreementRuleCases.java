package org.astrolabe.extractor.rules;

import java.util.stream.Stream;

import org.astrolabe.extractor.rules.RelationRulesTest.Case;

/** Sentences for the agreement rules of the rule file, written for the test. */
final class AgreementRuleCases {
    private AgreementRuleCases() {}

    static Stream<Case> cases() {
        return Stream.of(
                new Case("agreement-signed", "China and Thailand issued a joint statement on space cooperation on Friday.",
                        "*", "party", "Thailand", "China and Thailand discussed space cooperation on Friday."),
                new Case("agreement-signed", "Roscosmos and CNSA signed a programme of space cooperation for 2026-2030.",
                        "*", "party", "CNSA", "Roscosmos and CNSA presented a programme of space research for 2026-2030."),
                new Case("agreement-signed-by", "The agreement, which runs for five years, was signed by Uzbekcosmos and the Kenya Space Agency.",
                        "*", "party", "Uzbekcosmos", "The agreement, which runs for five years, was praised by Uzbekcosmos and the Kenya Space Agency."),
                new Case("agreement-signed-by", "The memorandum was signed on Tuesday by Amir Haddad, Director-General of the Kestrel Space Agency, "
                        + "and Lena Berg, President of the Italian Space Agency.",
                        "*", "party", "Italian Space Agency", "The memorandum was praised on Tuesday by Amir Haddad, Director-General of the "
                        + "Kestrel Space Agency, and Lena Berg, President of the Italian Space Agency."),
                new Case("agreement-signed-by", "The launch contract was signed on May 5, 2020, by Antrix Corporation and Arianespace.",
                        "*", "party", "Arianespace", "The launch contract was praised by Antrix Corporation and Arianespace."),
                new Case("agreement-signed-by", "The launch contract, worth $8 million, was signed with Russia in 1998 by the government of Chile.",
                        "*", "party", "Chile", "The launch contract, worth $8 million, was signed with Russia in 1998 after a visit to Chile."),
                new Case("signed-on-date-the-agreement", "Kestrel Dynamics said the course was run under its contract with the Italian Space Agency. "
                        + "Signed on June 27, 2019, the contract covers two satellites.",
                        "*", "signedOn", "2019-06-27", "Kestrel Dynamics said the course was run under its contract with the Italian Space Agency. "
                        + "Praised on June 27, 2019, the contract covers two satellites."),
                new Case("under-agreement-they-signed", "Brazil and China have worked together since 1988 under an agreement they signed in 1991.",
                        "*", "party", "Brazil", "Brazil and China have worked together since 1988 under an agreement with clear rules."),
                new Case("agreed-signing-participle", "Mexico's AEM and ESA agreed on Tuesday to cooperate on Earth observation, signing a letter of intent in Paris.",
                        "*", "party", "European Space Agency", "Mexico's AEM and ESA agreed on Tuesday to cooperate on Earth observation, praising a letter of intent in Paris."),
                new Case("signatory-of-named-agreement", "Thailand became the latest signatory of the Artemis Accords on Wednesday.",
                        "Artemis Accords", "party", "Thailand", "Thailand became the latest critic of the Artemis Accords on Wednesday."),
                new Case("latest-to-sign-named-agreement", "New Zealand has become the latest country to sign NASA's Artemis Accords.",
                        "Artemis Accords", "party", "New Zealand", "New Zealand has become the latest country to study NASA's Artemis Accords."),
                new Case("contract-awarded-passive", "A contract for the Nilesat 301 satellite was awarded to Thales Alenia Space by Nilesat in 2019.",
                        "*", "party", "Thales Alenia Space", "A contract for the Nilesat 301 satellite was praised by Thales Alenia Space and Nilesat in 2019."),
                new Case("agreement-signed", "Roscosmos and the Kenya Space Agency extended their seat-swap agreement until 2027.",
                        "*", "party", "Kenya Space Agency",
                        "Roscosmos and the Kenya Space Agency extended their seat-swap talks until 2027."),
                new Case("agreement-signed", "The Philippines and Japan signed an exchange of notes on the satellite project.",
                        "*", "party", "Japan", "The Philippines and Japan signed a visitors' book after an exchange of notes."),
                new Case("agreement-signed-at-meeting-on-date",
                        "ISRO and JAXA signed an MoU on lunar science. The MoU was signed on the sidelines of the G20 summit in Lakeford on 9 September 2023.",
                        "*", "signedOn", "2023-09-09",
                        "ISRO and JAXA signed an MoU on lunar science. The MoU was discussed on the sidelines of the G20 summit in Lakeford on 9 September 2023."),
                new Case("pair-under-an-agreement", "The Lakeford Space Agency and CNES will deepen their cooperation under a new agreement.",
                        "*", "party", "CNES", "The Lakeford Space Agency and CNES will deepen their cooperation under the Outer Space Treaty."),
                new Case("agreement-signed", "JAXA and ISRO signed an MoC on lunar exploration in Tokyo.",
                        "*", "party", "ISRO", "JAXA and ISRO discussed an MoC on lunar exploration in Tokyo."),
                new Case("agreement-signed-by", "The memorandum was signed in the presence of Prime Minister Ali Raza by SUPARCO chairman Omar Khan and CMSA deputy director Lin Wen.",
                        "*", "party", "CMSA", "The memorandum was praised in the presence of Prime Minister Ali Raza by SUPARCO chairman Omar Khan and CMSA deputy director Lin Wen."),
                new Case("agreement-signed-by", "The memorandum was signed by KSA acting director general Amos Kiprono and Italian ambassador Carlo Rossi.",
                        "*", "party", "Italy", "The memorandum was praised by KSA acting director general Amos Kiprono and Italian ambassador Carlo Rossi."),
                new Case("agreement-between", "A framework agreement was signed between the governments of Chile and Norway in January 2023.",
                        "*", "party", "Norway", "A framework agreement was praised by the governments of Chile and Norway in January 2023."),
                new Case("teamed-up-under-agreement", "Kenya's space agency has teamed up with Italy's ASI under a deal signed last week.",
                        "*", "party", "Italian Space Agency", "Kenya's space agency has teamed up with Italy's ASI under pressure from donors."),
                new Case("said-it-signed", "The Kenya Space Agency said on Monday that it had signed a cooperation agreement with its Italian counterpart.",
                        "*", "party", "Italian Space Agency", "The Kenya Space Agency said on Monday that it had praised a cooperation agreement with its Italian counterpart."),
                new Case("among-those-who-signed", "Nigeria, Rwanda and Angola are among the 50 countries that have signed the Artemis Accords.",
                        "Artemis Accords", "party", "Angola", "Nigeria, Rwanda and Angola are among the 50 countries that have criticised the Artemis Accords."),
                new Case("among-those-who-signed", "Peru is now one of the signatories of the Artemis Accords.",
                        "Artemis Accords", "party", "Peru", "Peru is now one of the critics of the Artemis Accords."),
                new Case("agreement-signed", "The Kestrel Space Agency has signed a deal with French company Thales Alenia Space for a satellite.",
                        "*", "party", "Thales Alenia Space", "The Kestrel Space Agency has praised a deal with French company Thales Alenia Space for a satellite."),
                new Case("parties-under-fronted-agreement", "Under the memorandum, signed in Beijing on Wednesday, the Kestrel Space Agency will share samples with the China National Space Administration.",
                        "*", "party", "China National Space Administration",
                        "Under the memorandum, signed in Beijing on Wednesday, samples will be shared by the Kestrel Space Agency and the China National Space Administration."),
                new Case("joined-named-agreement", "Rwanda joined the Artemis Accords on Friday, becoming the 36th signatory.",
                        "Artemis Accords", "party", "Rwanda", "Rwanda praised the Artemis Accords on Friday in a speech."),
                new Case("agreement-signed", "The Kenya Space Agency and the Italian Space Agency have renewed their agreement on the Malindi base.",
                        "*", "party", "Italian Space Agency", "The Kenya Space Agency and the Italian Space Agency have discussed their agreement on the Malindi base."),
                new Case("agreement-signed-by", "The agreement on the Malindi base was renewed by Italy and Kenya in 2020.",
                        "*", "signedOn", "2020", "The agreement on the Malindi base was praised by Italy and Kenya in 2020."),
                new Case("possessive-agreement-with", "ISRO's contract with Arianespace covers two launches.",
                        "*", "party", "Arianespace", "ISRO's engineers met Arianespace in Kourou."),
                new Case("under-agreement-with", "Under a new agreement with NASA, ISRO will provide a radar.",
                        "*", "party", "ISRO", "Under a new budget, ISRO will provide a radar to NASA."),
                new Case("under-agreement-with", "Under a 2019 agreement with Russia, Belarus will send a cosmonaut to the station.",
                        "*", "signedOn", "2019", "Under a 2019 budget, Belarus will send a cosmonaut to Russia."),
                new Case("the-agreement-with", "ISRO signed a memorandum of understanding in May. The memorandum with JAXA covers lunar rovers.",
                        "*", "party", "JAXA", "ISRO signed a memorandum of understanding in May. A report by JAXA covers lunar rovers."),
                new Case("dated-signing-of-agreement", "Officials on May 5, 2020 signed in Geneva a convention on space debris. "
                        + "Brazil, Chile and Peru put their names to the convention.",
                        "*", "signedOn", "2020-05-05", "Officials signed in Geneva a convention on space debris. "
                        + "Brazil, Chile and Peru put their names to the convention."),
                new Case("agreement-that-parties-signed", "The cooperation agreement that India and Japan signed in 2021 covers lunar rovers.",
                        "*", "party", "Japan", "The cooperation agreement that India praised in 2021 covers lunar rovers built in Japan."),
                new Case("signed-the-agreement", "NASA and ESA negotiated an agreement on the Lunar Gateway. On Monday, officials signed the agreement in Paris.",
                        "*", "signedOn", "2025-03-10", "NASA and ESA negotiated an agreement on the Lunar Gateway. On Monday, officials praised the agreement in Paris."),
                new Case("pair-named-agreement", "The US-Japan agreement covers the pressurized rover.",
                        "*", "party", "Japan", "The US rover and the Japan lander were shown together."),
                new Case("party-named-agreement", "NASA signed an agreement on Monday. Officials said the JAXA agreement covers lunar rovers.",
                        "*", "party", "JAXA", "NASA signed an agreement on Monday. Officials said JAXA would build lunar rovers."),
                new Case("signed-with-party-an-agreement", "Egypt signed with China an agreement on a remote sensing satellite.",
                        "*", "party", "China", "Egypt met with China to discuss a remote sensing satellite."),
                new Case("contract-awarded", "NASA awarded SpaceX a contract for the lunar lander.",
                        "*", "party", "SpaceX", "NASA praised SpaceX for the lunar lander."),
                new Case("contract-won-from", "Arianespace won a launch contract from Eutelsat last year.",
                        "*", "party", "Eutelsat", "Arianespace won praise from Eutelsat last year."),
                new Case("agreement-described-signed-on-date", "NASA and Roscosmos signed an agreement. "
                        + "The agreement, which lets mixed crews ride on both Russian and U.S. crewed spacecraft, was signed on Thursday, 14 July 2022.",
                        "*", "signedOn", "2022-07-14", "NASA and Roscosmos signed an agreement. "
                        + "The agreement, which lets mixed crews ride on both Russian and U.S. crewed spacecraft, was praised on Thursday, 14 July 2022."),
                new Case("agreement-signed-on-date", "The contract was signed on May 5, 2020. The contract between Antrix Corporation and Arianespace covers two launches.",
                        "*", "signedOn", "2020-05-05", "The contract between Antrix Corporation and Arianespace covers two launches."));
    }
}
