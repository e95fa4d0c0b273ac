package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.astrolabe.extractor.rules.RawFact;

/**
 * One flight, many passengers: news names a launch's site and date once, with the rocket or with the main
 * payload ("ISRO's PSLV lifted off from Sriharikota on Saturday"), and the other payloads in later sentences
 * ("the rocket also carried X and Y"). Every craft an article puts on a vehicle gets that flight's site and
 * date when no sentence gives the craft its own. A vehicle the article launches on two dates is two
 * flights: its dates are not shared.
 */
public final class SharedLaunches {
    private static final String EXTRACTOR = "rule:shared-launch";
    private static final double CONFIDENCE = 0.55;

    private SharedLaunches() {
    }

    /** The launch sites and dates the craft of an article share through their vehicles, read from the facts found so far. */
    public static List<RawFact> derive(List<RawFact> facts) {
        Map<Integer, Set<Integer>> vehiclesOf = new LinkedHashMap<>();
        Map<Integer, List<RawFact>> sitesOf = new LinkedHashMap<>();
        Map<Integer, List<RawFact>> datesOf = new LinkedHashMap<>();
        for (RawFact f : facts) {
            switch (f.property()) {
                case "launchVehicle" -> vehiclesOf.computeIfAbsent(f.subject(), k -> new LinkedHashSet<>()).add(f.object());
                case "launchSite" -> sitesOf.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
                case "launchDate" -> datesOf.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
                default -> { }
            }
        }
        Map<Integer, List<RawFact>> flightSites = new LinkedHashMap<>();
        Map<Integer, List<RawFact>> flightDates = new LinkedHashMap<>();
        for (Map.Entry<Integer, Set<Integer>> craft : vehiclesOf.entrySet()) {
            for (int vehicle : craft.getValue()) {
                flightSites.computeIfAbsent(vehicle, k -> new ArrayList<>(sitesOf.getOrDefault(k, List.of())))
                        .addAll(sitesOf.getOrDefault(craft.getKey(), List.of()));
                flightDates.computeIfAbsent(vehicle, k -> new ArrayList<>(datesOf.getOrDefault(k, List.of())))
                        .addAll(datesOf.getOrDefault(craft.getKey(), List.of()));
            }
        }
        List<RawFact> derived = new ArrayList<>();
        for (Map.Entry<Integer, Set<Integer>> craft : vehiclesOf.entrySet()) {
            int c = craft.getKey();
            if (craft.getValue().size() != 1 || isVehicle(c, vehiclesOf)) {
                continue; // a craft on two vehicles in one article: which flight is unclear
            }
            int vehicle = craft.getValue().iterator().next();
            if (!sitesOf.containsKey(c)) {
                Set<Integer> seen = new HashSet<>();
                for (RawFact site : flightSites.getOrDefault(vehicle, List.of())) {
                    if (seen.add(site.object())) {
                        derived.add(RawFact.relation(c, "launchSite", site.object(), site.sentence(), EXTRACTOR, CONFIDENCE));
                    }
                }
            }
            RawFact date = onlyDate(flightDates.getOrDefault(vehicle, List.of()));
            if (!datesOf.containsKey(c) && date != null) {
                derived.add(RawFact.literal(c, "launchDate", date.literal(), date.sentence(), EXTRACTOR, CONFIDENCE));
            }
        }
        return derived;
    }

    /** The flight's date when its facts agree on one ("November 2022" and "26 November 2022" do), else null. */
    private static RawFact onlyDate(List<RawFact> dates) {
        RawFact mostPrecise = null;
        for (RawFact d : dates) {
            String value = d.literal().getLiteralLexicalForm();
            if (mostPrecise == null) {
                mostPrecise = d;
                continue;
            }
            String best = mostPrecise.literal().getLiteralLexicalForm();
            if (value.startsWith(best)) {
                mostPrecise = d;
            } else if (!best.startsWith(value)) {
                return null;
            }
        }
        return mostPrecise;
    }

    private static boolean isVehicle(int entity, Map<Integer, Set<Integer>> vehiclesOf) {
        return vehiclesOf.values().stream().anyMatch(v -> v.contains(entity));
    }
}
