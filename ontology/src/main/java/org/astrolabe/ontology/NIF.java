package org.astrolabe.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of NIF 2.0 core that Astrolabe uses for text offsets. */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private NIF() {}

    public static String getURI() {
        return NS;
    }

    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
    public static final Property isString = ResourceFactory.createProperty(NS, "isString");
}
