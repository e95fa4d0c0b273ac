package org.astrolabe.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The ontology, the SHACL shapes and the gazetteer shipped as resources of this module.
 * Each call parses afresh: callers that need one repeatedly keep the result.
 */
public final class Ontology {
    public static final String ONTOLOGY_RESOURCE = "org/astrolabe/ontology/astrolabe.ttl";
    public static final String SHAPES_RESOURCE = "org/astrolabe/ontology/shapes.ttl";
    public static final String GAZETTEER_RESOURCE = "org/astrolabe/ontology/gazetteer.ttl";

    /** The prefixes used in every serialisation Astrolabe writes. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(Map.of(
                    "kg", KG.NS,
                    "res", KG.RESOURCE_BASE,
                    "rdf", RDF.getURI(),
                    "rdfs", RDFS.getURI(),
                    "owl", OWL.getURI(),
                    "xsd", XSD.getURI(),
                    "skos", SKOS.getURI(),
                    "dcterms", DCTerms.getURI(),
                    "prov", "http://www.w3.org/ns/prov#",
                    "nif", NIF.NS))
            .setNsPrefix("schema", SchemaOrg.NS)
            .lock();

    private Ontology() {}

    /** The OWL/RDFS vocabulary. */
    public static Model model() {
        return load(ONTOLOGY_RESOURCE);
    }

    /** The SHACL shapes a well-formed extracted graph conforms to. */
    public static Shapes shapes() {
        return Shapes.parse(load(SHAPES_RESOURCE).getGraph());
    }

    /** Known entities (agencies, missions, programs, countries, ...) with aliases and Wikidata links. */
    public static Model gazetteer() {
        return load(GAZETTEER_RESOURCE);
    }

    static Model load(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource on the classpath: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

}
