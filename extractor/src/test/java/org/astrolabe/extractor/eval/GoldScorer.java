package org.astrolabe.extractor.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.extractor.gazetteer.Names;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;

/**
 * A test-side scorer of extraction results against a gold file in the project's gold format
 * (D/E/F/L lines): entity and fact precision, recall and F1, and per-property counts.
 */
public final class GoldScorer {
    public record GoldEntity(String id, String type, Set<String> names) {}

    public record GoldDocument(String file, LocalDate date, Map<String, GoldEntity> entities, Set<List<String>> facts) {}

    /** Counts per category (entities, facts, and per property). */
    public static final class Counts {
        public final Map<String, int[]> byKey = new TreeMap<>();

        void add(String key, int tp, int fp, int fn) {
            int[] c = byKey.computeIfAbsent(key, k -> new int[3]);
            c[0] += tp;
            c[1] += fp;
            c[2] += fn;
        }

        public double f1(String key) {
            int[] c = byKey.getOrDefault(key, new int[3]);
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String report() {
            StringBuilder out = new StringBuilder();
            byKey.forEach((k, c) -> out.append(String.format("%-22s tp=%3d fp=%3d fn=%3d  F1=%.3f%n", k, c[0], c[1], c[2], f1(k))));
            return out.toString();
        }
    }

    public static List<GoldDocument> parse(Path gold) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        GoldDocument current = null;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            switch (f[0]) {
                case "D" -> {
                    current = new GoldDocument(f[1], LocalDate.parse(f[2]), new LinkedHashMap<>(), new HashSet<>());
                    docs.add(current);
                }
                case "E" -> {
                    Set<String> names = new HashSet<>();
                    names.add(Names.normalize(f[3]));
                    if (f.length > 4) {
                        for (String a : f[4].split("\\|")) {
                            names.add(Names.normalize(a));
                        }
                    }
                    current.entities().put(f[1], new GoldEntity(f[1], expand(f[2]), names));
                }
                case "F", "L" -> current.facts().add(List.of(f[0], f[1], expand(f[2]), f[0].equals("F") ? f[3] : f[3].strip()));
                default -> throw new IllegalArgumentException("Bad gold line: " + line);
            }
        }
        return docs;
    }

    private static String expand(String curie) {
        return curie.startsWith("kg:") ? KG.NS + curie.substring(3) : curie;
    }

    /** Scores one document's result into the counts; returns a readable list of misses and false alarms. */
    public static String score(GoldDocument gold, ExtractionResult result, Counts counts) {
        StringBuilder log = new StringBuilder();
        Map<String, String> systemToGold = new HashMap<>();
        Set<String> matchedGold = new HashSet<>();
        // Agreements match by parties: collect the system's party facts first.
        Map<String, Set<String>> systemParties = new HashMap<>();
        for (Fact f : result.facts()) {
            if (f.propertyIri().equals(KG.party.getURI())) {
                systemParties.computeIfAbsent(f.subjectIri(), k -> new HashSet<>()).add(f.object().getURI());
            }
        }
        List<ExtractedEntity> agreements = new ArrayList<>();
        for (ExtractedEntity e : result.entities()) {
            if (e.type().equals(KG.Agreement.getURI())) {
                agreements.add(e);
                continue;
            }
            Set<String> names = new HashSet<>();
            names.add(Names.normalize(e.label()));
            e.altLabels().forEach(a -> names.add(Names.normalize(a)));
            for (GoldEntity g : gold.entities().values()) {
                if (matchedGold.contains(g.id()) || g.type().equals(KG.Agreement.getURI())) {
                    continue;
                }
                boolean typeOk = ClassHierarchy.isA(e.type(), g.type()) || ClassHierarchy.isA(g.type(), e.type());
                if (typeOk && g.names().stream().anyMatch(names::contains)) {
                    systemToGold.put(e.iri(), g.id());
                    matchedGold.add(g.id());
                    break;
                }
            }
        }
        for (ExtractedEntity a : agreements) {
            Set<String> parties = new HashSet<>();
            for (String p : systemParties.getOrDefault(a.iri(), Set.of())) {
                if (systemToGold.containsKey(p)) {
                    parties.add(systemToGold.get(p));
                }
            }
            String best = null;
            int bestOverlap = 0;
            for (GoldEntity g : gold.entities().values()) {
                if (!g.type().equals(KG.Agreement.getURI()) || matchedGold.contains(g.id())) {
                    continue;
                }
                Set<String> goldParties = new HashSet<>();
                for (List<String> f : gold.facts()) {
                    if (f.get(1).equals(g.id()) && f.get(2).equals(KG.party.getURI())) {
                        goldParties.add(f.get(3));
                    }
                }
                Set<String> common = new HashSet<>(goldParties);
                common.retainAll(parties);
                if (common.size() >= Math.min(2, goldParties.size()) && common.size() > bestOverlap) {
                    best = g.id();
                    bestOverlap = common.size();
                }
            }
            if (best != null) {
                systemToGold.put(a.iri(), best);
                matchedGold.add(best);
            }
        }
        for (ExtractedEntity e : result.entities()) {
            if (systemToGold.containsKey(e.iri())) {
                counts.add("entities", 1, 0, 0);
            } else {
                counts.add("entities", 0, 1, 0);
                log.append("  FP entity ").append(e.label()).append(" (").append(local(e.type())).append(") ").append(e.altLabels()).append('\n');
            }
        }
        for (GoldEntity g : gold.entities().values()) {
            if (!matchedGold.contains(g.id())) {
                counts.add("entities", 0, 0, 1);
                log.append("  FN entity ").append(g.id()).append(" (").append(local(g.type())).append(")\n");
            }
        }
        Set<List<String>> found = new HashSet<>();
        for (Fact f : result.facts()) {
            String s = systemToGold.getOrDefault(f.subjectIri(), "?" + f.subjectIri().replaceAll(".*/", ""));
            String p = f.propertyIri();
            List<String> match = null;
            if (f.object().isURI()) {
                String o = systemToGold.getOrDefault(f.object().getURI(), "?" + f.object().getURI().replaceAll(".*/", ""));
                for (List<String> g : gold.facts()) {
                    if (g.get(0).equals("F") && g.get(2).equals(p) && ((g.get(1).equals(s) && g.get(3).equals(o))
                            || (symmetric(p) && g.get(1).equals(o) && g.get(3).equals(s)))) {
                        match = g;
                    }
                }
                record(counts, log, match, found, local(p), s + " " + local(p) + " " + o, f.evidence().extractor());
            } else {
                String value = f.object().getLiteralLexicalForm();
                for (List<String> g : gold.facts()) {
                    if (g.get(0).equals("L") && g.get(2).equals(p) && g.get(1).equals(s) && literalMatches(g.get(3), value)) {
                        match = g;
                    }
                }
                record(counts, log, match, found, local(p), s + " " + local(p) + " \"" + value + "\"", f.evidence().extractor());
            }
        }
        for (List<String> g : gold.facts()) {
            if (!found.contains(g)) {
                counts.add("facts", 0, 0, 1);
                counts.add(" " + local(g.get(2)), 0, 0, 1);
                log.append("  FN fact ").append(g.get(1)).append(' ').append(local(g.get(2))).append(' ').append(g.get(3)).append('\n');
            }
        }
        return log.toString();
    }

    private static void record(Counts counts, StringBuilder log, List<String> match, Set<List<String>> found, String property,
                               String shown, String extractor) {
        if (match != null && found.add(match)) {
            counts.add("facts", 1, 0, 0);
            counts.add(" " + property, 1, 0, 0);
        } else if (match == null) {
            counts.add("facts", 0, 1, 0);
            counts.add(" " + property, 0, 1, 0);
            log.append("  FP fact ").append(shown).append("   [").append(extractor).append("]\n");
        }
    }

    private static boolean literalMatches(String gold, String system) {
        if (gold.matches("\\d{4}(-\\d{2}){0,2}")) {
            return system.startsWith(gold);
        }
        return Names.normalize(gold).equals(Names.normalize(system));
    }

    private static boolean symmetric(String p) {
        return p.equals(KG.cooperatesWith.getURI()) || p.equals(KG.metWith.getURI());
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('#') + 1);
    }
}
