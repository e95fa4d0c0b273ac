package org.astrolabe.api;


import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.WebContent;
import org.apache.jena.vocabulary.RDF;

import io.javalin.http.Context;

/**
 * The SPARQL 1.1 Service Description a GET on the query endpoint without a query returns, describing the
 * endpoint, its languages, result formats and the union default graph.
 */
final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    void handle(Context ctx) {
        ContentNegotiation.Choice choice = ContentNegotiation.GRAPHS.choose(ctx);
        Model model = describe(ctx.scheme() + "://" + ctx.host() + ctx.path());
        byte[] body = GraphSerialiser.write(model.getGraph(), choice.lang());
        ctx.contentType(choice.contentTypeHeader());
        ctx.result(body);
    }

    static Model describe(String endpointUrl) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource();
        service.addProperty(RDF.type, m.createResource(SD + "Service"));
        service.addProperty(p(m, "endpoint"), m.createResource(endpointUrl));
        service.addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(p(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"}) {
            service.addProperty(p(m, "resultFormat"), m.createResource(FORMATS + format));
        }
        Resource dataset = m.createResource();
        dataset.addProperty(RDF.type, m.createResource(SD + "Dataset"));
        Resource defaultGraph = m.createResource();
        defaultGraph.addProperty(RDF.type, m.createResource(SD + "Graph"));
        dataset.addProperty(p(m, "defaultGraph"), defaultGraph);
        service.addProperty(p(m, "defaultDataset"), dataset);
        service.addProperty(m.createProperty("http://purl.org/dc/terms/", "description"),
                "Astrolabe knowledge graph: one named graph per news article; the default graph is their union. Media types: "
                        + WebContent.contentTypeResultsJSON + ", " + WebContent.contentTypeTurtle + " and others by Accept.");
        return m;
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
