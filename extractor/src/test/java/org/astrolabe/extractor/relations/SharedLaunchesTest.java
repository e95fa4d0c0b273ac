package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.astrolabe.extractor.rules.RawFact;
import org.junit.jupiter.api.Test;

class SharedLaunchesTest {
    private static final int ROCKET = 10;
    private static final int SITE = 20;
    private static final int PAD = 21;

    private static RawFact fact(int subject, String property, int object) {
        return RawFact.relation(subject, property, object, 0, "rule:test", 0.7);
    }

    private static RawFact date(int subject, String value) {
        return RawFact.literal(subject, "launchDate", NodeFactory.createLiteralString(value), 0, "rule:test", 0.7);
    }

    @Test
    void everyPassengerOfAFlightGetsItsSiteAndDate() {
        List<RawFact> derived = SharedLaunches.derive(List.of(fact(1, "launchVehicle", ROCKET), fact(2, "launchVehicle", ROCKET),
                fact(ROCKET, "launchSite", SITE), date(ROCKET, "2022-11-26")));
        assertThat(derived).extracting(RawFact::subject, RawFact::property, RawFact::object)
                .contains(tuple(1, "launchSite", SITE), tuple(2, "launchSite", SITE));
        assertThat(derived).filteredOn(f -> f.property().equals("launchDate")).extracting(RawFact::subject).containsExactlyInAnyOrder(1, 2);
        assertThat(derived).allSatisfy(f -> assertThat(f.extractor()).isEqualTo("rule:shared-launch"));
    }

    @Test
    void aPassengerSharesWhatTheMainPayloadWasGiven() {
        List<RawFact> derived = SharedLaunches.derive(List.of(fact(1, "launchVehicle", ROCKET), fact(2, "launchVehicle", ROCKET),
                fact(1, "launchSite", PAD), date(1, "2022-11")));
        assertThat(derived).extracting(RawFact::subject, RawFact::property, RawFact::object)
                .containsExactlyInAnyOrder(tuple(2, "launchSite", PAD), tuple(2, "launchDate", -1));
    }

    @Test
    void aCraftWithItsOwnSiteAndDateKeepsThem() {
        List<RawFact> derived = SharedLaunches.derive(List.of(fact(1, "launchVehicle", ROCKET), fact(1, "launchSite", PAD),
                date(1, "2022-11-26"), fact(ROCKET, "launchSite", SITE), date(ROCKET, "2021-01-01")));
        assertThat(derived).isEmpty();
    }

    @Test
    void aVehicleLaunchedOnTwoDatesSharesNoDate() {
        List<RawFact> derived = SharedLaunches.derive(List.of(fact(1, "launchVehicle", ROCKET), date(ROCKET, "2021-05-01"),
                date(ROCKET, "2022-11-26")));
        assertThat(derived).isEmpty();
    }

    @Test
    void nothingIsSharedWithoutAVehicle() {
        assertThat(SharedLaunches.derive(List.of(fact(1, "launchSite", SITE), date(1, "2022-11-26"), fact(2, "destination", 30)))).isEmpty();
    }
}
