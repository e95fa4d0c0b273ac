package org.astrolabe.core.store.remote;

import java.net.URI;
import java.util.Objects;

/**
 * Where a remote SPARQL 1.1 dataset answers: the query, update and Graph Store Protocol endpoints.
 *
 * @param query SPARQL 1.1 Query endpoint
 * @param update SPARQL 1.1 Update endpoint
 * @param graphStore SPARQL 1.1 Graph Store HTTP Protocol endpoint
 */
public record SparqlEndpoints(String query, String update, String graphStore) {
    public SparqlEndpoints {
        query = checked(query, "query");
        update = checked(update, "update");
        graphStore = checked(graphStore, "graph store");
    }

    /**
     * The endpoints of one Fuseki dataset, e.g. {@code http://host:3030/astrolabe}: Fuseki answers queries,
     * updates and the Graph Store Protocol on {@code /query}, {@code /update} and {@code /data} below it.
     */
    public static SparqlEndpoints fuseki(String datasetUrl) {
        String base = checked(datasetUrl, "dataset").replaceAll("/+$", "");
        return new SparqlEndpoints(base + "/query", base + "/update", base + "/data");
    }

    private static String checked(String url, String what) {
        Objects.requireNonNull(url, what + " endpoint");
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a URL for the SPARQL " + what + " endpoint: " + url);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("The SPARQL " + what + " endpoint must be an http(s) URL: " + url);
        }
        return uri.toString();
    }
}
