package org.astrolabe.core.store;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.astrolabe.core.model.Iris;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.NIF;
import org.astrolabe.ontology.SchemaOrg;

/** The prefixes used when the store writes Turtle-like syntaxes and query results. */
public final class StorePrefixes {
    private StorePrefixes() {}

    public static PrefixMap of(Iris iris) {
        PrefixMap prefixes = PrefixMapFactory.create();
        prefixes.add("kg", KG.NS);
        prefixes.add("res", iris.base());
        prefixes.add("rdf", RDF.getURI());
        prefixes.add("rdfs", RDFS.getURI());
        prefixes.add("owl", OWL.getURI());
        prefixes.add("xsd", XSD.getURI());
        prefixes.add("skos", SKOS.getURI());
        prefixes.add("dcterms", DCTerms.getURI());
        prefixes.add("schema", SchemaOrg.NS);
        prefixes.add("nif", NIF.NS);
        return prefixes;
    }
}
