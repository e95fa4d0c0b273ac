package org.astrolabe.api;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;

/**
 * A W3C test manifest read with Jena: its entries in order, each with the graphs to load first
 * ({@code ut:graphData}) and the HTTP exchanges of its {@code ht:Connection} (W3C's HTTP vocabulary).
 */
final class W3cManifest {
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String HT = "http://www.w3.org/2011/http#";
    static final String CNT = "http://www.w3.org/2011/content#";
    static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    static final String HTS = "http://www.w3.org/2011/http-statusCodes#";

    /** One test: its local name, its description, the data it needs and its requests in order. */
    record Entry(String id, String name, List<GraphData> data, List<Exchange> exchanges) {
        @Override
        public String toString() {
            return id + ": " + name;
        }
    }

    /** A file to load into the named graph {@code graph} before the requests. */
    record GraphData(String graph, Path file) {}

    /** A request and what its response must be. */
    record Exchange(String method, String path, List<Header> headers, byte[] body, Expected expected) {
        Optional<String> header(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
        }
    }

    record Header(String name, String value) {}

    /**
     * The expectation of one response: allowed status codes or classes ({@code hts} local names), an ASK
     * result, a result kind ({@code boolean}, {@code tabular}, {@code RDF}), response headers, a graph the
     * body must be isomorphic to, and a template variable to bind to the {@code Location} header.
     */
    record Expected(List<String> statuses, Boolean askResult, String format, List<Header> headers,
                    String graphBody, String locationVariable) {}

    private final Model model = ModelFactory.createDefaultModel();
    private final Path file;

    private W3cManifest(Path file) {
        this.file = file;
        RDFParser.source(file).base(file.toUri().toString()).parse(model);
    }

    static W3cManifest read(Path file) {
        return new W3cManifest(file);
    }

    /** The entries of {@code mf:entries}, or of the manifests named in {@code mf:include}, in order. */
    List<Entry> entries() {
        Resource manifest = model.createResource(file.toUri().toString());
        List<Entry> entries = new ArrayList<>();
        Resource included = manifest.getPropertyResourceValue(p(MF, "include"));
        if (included != null) {
            for (RDFNode other : included.as(RDFList.class).asJavaList()) {
                entries.addAll(read(Path.of(java.net.URI.create(other.asResource().getURI()))).entries());
            }
        }
        Resource list = manifest.getPropertyResourceValue(p(MF, "entries"));
        if (list != null) {
            for (RDFNode node : list.as(RDFList.class).asJavaList()) {
                entries.add(entry(node.asResource()));
            }
        }
        return entries;
    }

    private Entry entry(Resource test) {
        String id = test.getLocalName();
        String name = test.hasProperty(p(MF, "name")) ? test.getProperty(p(MF, "name")).getString() : id;
        List<GraphData> data = new ArrayList<>();
        for (Statement s : test.listProperties(p(UT, "graphData")).toList()) {
            Resource graphData = s.getResource();
            data.add(new GraphData(graphData.getProperty(RDFS.label).getString(),
                    Path.of(java.net.URI.create(graphData.getPropertyResourceValue(p(UT, "graph")).getURI()))));
        }
        List<Exchange> exchanges = new ArrayList<>();
        Resource action = test.getPropertyResourceValue(p(MF, "action"));
        Resource requests = action == null ? null : action.getPropertyResourceValue(p(HT, "requests"));
        if (requests != null) {
            for (RDFNode request : requests.as(RDFList.class).asJavaList()) {
                exchanges.add(exchange(request.asResource()));
            }
        }
        return new Entry(id, name, data, exchanges);
    }

    private Exchange exchange(Resource request) {
        Resource response = request.getPropertyResourceValue(p(HT, "resp"));
        List<String> statuses = response.listProperties(p(MF, "expectedStatus")).toList().stream()
                .map(s -> s.getResource().getURI().substring(HTS.length())).sorted().toList();
        Boolean ask = response.hasProperty(p(MF, "expectedBoolean")) ? response.getProperty(p(MF, "expectedBoolean")).getBoolean() : null;
        String format = string(response, p(MF, "expectedFormat"));
        String location = string(response, p(MF, "expectedLocation"));
        Resource responseBody = response.getPropertyResourceValue(p(HT, "body"));
        String graph = responseBody == null ? null : responseBody.getProperty(p(CNT, "chars")).getString();
        Expected expected = new Expected(statuses, ask, format, headers(response), graph, location);
        Resource body = request.getPropertyResourceValue(p(HT, "body"));
        byte[] bytes = null;
        if (body != null) {
            String encoding = string(body, p(CNT, "characterEncoding"));
            bytes = body.getProperty(p(CNT, "chars")).getString().getBytes(Charset.forName(encoding == null ? "UTF-8" : encoding));
        }
        return new Exchange(string(request, p(HT, "methodName")), string(request, p(HT, "absolutePath")),
                headers(request), bytes, expected);
    }

    private List<Header> headers(Resource message) {
        Resource list = message.getPropertyResourceValue(p(HT, "headers"));
        if (list == null) {
            return List.of();
        }
        return list.as(RDFList.class).asJavaList().stream().map(RDFNode::asResource)
                .map(h -> new Header(string(h, p(HT, "fieldName")), string(h, p(HT, "fieldValue")))).toList();
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getString();
    }

    private Property p(String ns, String local) {
        return model.createProperty(ns, local);
    }
}
