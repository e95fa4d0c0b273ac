package org.astrolabe.extractor.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.Ontology;

/** The reference gazetteer ({@link Ontology#gazetteer()}) indexed by normalised name. Immutable, thread-safe. */
public final class Gazetteer {
    public static final String NS = "https://w3id.org/astrolabe/gazetteer#";
    public static final String MISSION_SERIES = NS + "MissionSeries";
    public static final String VEHICLE_SERIES = NS + "VehicleSeries";
    public static final String SATELLITE_SERIES = NS + "SatelliteSeries";

    private static final Property DEMONYM = ResourceFactory.createProperty(NS, "demonym");
    private static final Property IN_COUNTRY = ResourceFactory.createProperty(NS, "inCountry");
    private static final Property NATIONAL = ResourceFactory.createProperty(NS, "national");
    private static final Property LOWERCASE = ResourceFactory.createProperty(NS, "lowercaseUse");

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byKey = new HashMap<>();
    private final Map<String, GazetteerEntry> byName = new HashMap<>();
    private final Map<String, GazetteerEntry> byDemonym = new HashMap<>();

    public Gazetteer(Model model) {
        List<GazetteerEntry> list = new ArrayList<>();
        for (Resource r : model.listSubjectsWithProperty(RDFS.label).toList()) {
            if (!r.isURIResource() || !r.getURI().startsWith(NS)) {
                continue;
            }
            list.add(entry(r));
        }
        list.sort(Comparator.comparing(GazetteerEntry::key));
        this.entries = List.copyOf(list);
        for (GazetteerEntry e : entries) {
            byKey.put(e.key(), e);
        }
        // Labels win over aliases when two entries share a name.
        for (GazetteerEntry e : entries) {
            for (String alias : e.aliases()) {
                byName.putIfAbsent(Names.normalize(alias), e);
            }
            for (String demonym : e.demonyms()) {
                byDemonym.put(Names.normalize(demonym), e);
            }
        }
        for (GazetteerEntry e : entries) {
            byName.put(Names.normalize(e.label()), e);
        }
    }

    /** The gazetteer shipped with the ontology module. */
    public static Gazetteer load() {
        return new Gazetteer(Ontology.gazetteer());
    }

    /**
     * The shipped gazetteer merged with users' files in the same Turtle format. An entry whose local name
     * the shipped gazetteer (or an earlier file) already has is the same entity: its names become aliases
     * of it, and it keeps its class. Other entries are added as they are.
     *
     * @throws GazetteerFileException naming the file that cannot be read or is not valid Turtle
     */
    public static Gazetteer load(List<Path> userFiles) {
        Model merged = ModelFactory.createDefaultModel().add(Ontology.gazetteer());
        for (Path file : userFiles) {
            Model user = readTurtle(file);
            for (Resource r : user.listSubjects().toList()) {
                boolean known = merged.contains(r, RDFS.label);
                for (Statement st : r.listProperties().toList()) {
                    if (known && st.getPredicate().equals(RDFS.label)) {
                        merged.add(r, SKOS.altLabel, st.getObject());
                    } else if (!(known && st.getPredicate().equals(RDF.type))) {
                        merged.add(st);
                    }
                }
            }
        }
        return new Gazetteer(merged);
    }

    /** A user's gazetteer file that cannot be used; the message names the file and the problem. */
    public static final class GazetteerFileException extends IllegalArgumentException {
        public GazetteerFileException(Path file, String problem) {
            super("gazetteer " + file + ": " + problem);
        }
    }

    private static Model readTurtle(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GazetteerFileException(file, "no such file");
        }
        try {
            return RDFParser.source(file).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toModel();
        } catch (RiotException e) {
            throw new GazetteerFileException(file, "not valid Turtle: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip());
        }
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    public Optional<GazetteerEntry> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The entry one of whose names normalises like {@code name}. */
    public Optional<GazetteerEntry> lookup(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    /** The country whose adjective is {@code word} ("Chinese" gives China). */
    public Optional<GazetteerEntry> countryOfDemonym(String word) {
        return Optional.ofNullable(byDemonym.get(Names.normalize(word)));
    }

    /** The national space agency of a country, if the gazetteer names one. */
    public Optional<GazetteerEntry> nationalSpaceAgency(String countryKey) {
        return entries.stream()
                .filter(e -> e.national() && countryKey.equals(e.country()))
                .findFirst();
    }

    /** The mission, vehicle or satellite series a numbered name belongs to ("Chang'e 9" to the Chang'e series). */
    public Optional<GazetteerEntry> seriesOf(String name) {
        String norm = Names.normalize(name);
        return entries.stream()
                .filter(e -> e.type().equals(MISSION_SERIES) || e.type().equals(VEHICLE_SERIES) || e.type().equals(SATELLITE_SERIES))
                .filter(e -> e.names().stream().anyMatch(n -> norm.startsWith(Names.normalize(n) + " ")))
                .findFirst();
    }

    private static GazetteerEntry entry(Resource r) {
        String key = r.getURI().substring(NS.length());
        String type = Optional.ofNullable(r.getPropertyResourceValue(RDF.type)).map(Resource::getURI).orElse(KG.Entity.getURI());
        String label = r.getProperty(RDFS.label).getString();
        List<String> aliases = strings(r, SKOS.altLabel);
        Set<String> sameAs = new LinkedHashSet<>();
        for (Statement st : r.listProperties(OWL.sameAs).toList()) {
            sameAs.add(st.getResource().getURI());
        }
        return new GazetteerEntry(key, type, label, aliases, Set.copyOf(sameAs), strings(r, DEMONYM),
                keyOf(r, KG.country), keyOf(r, KG.locatedIn), keyOf(r, KG.operatedBy), keyOf(r, IN_COUNTRY),
                r.hasLiteral(NATIONAL, true), r.hasLiteral(LOWERCASE, true));
    }

    private static List<String> strings(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getString).sorted().toList();
    }

    private static String keyOf(Resource r, Property p) {
        Statement st = r.getProperty(p);
        if (st == null) {
            return null;
        }
        RDFNode o = st.getObject();
        return o.isURIResource() && o.asResource().getURI().startsWith(NS) ? o.asResource().getURI().substring(NS.length()) : null;
    }
}
