package org.astrolabe.ontology;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms Astrolabe uses. */
public final class SchemaOrg {
    public static final String NS = "https://schema.org/";

    private SchemaOrg() {}

    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
}
