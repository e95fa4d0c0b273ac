package org.astrolabe.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;

import io.javalin.http.Context;

/**
 * Chooses a response language from the {@code Accept} header (with Jena's {@link AcceptList} matching, as
 * Fuseki does) or from a {@code format}/{@code output} parameter, which wins when present.
 */
final class ContentNegotiation {

    /** Offers in order of preference: the first is the default for a missing or wildcard Accept. */
    static final Offers RESULTS = new Offers(ordered(
            WebContent.contentTypeResultsJSON, ResultSetLang.RS_JSON,
            WebContent.contentTypeResultsXML, ResultSetLang.RS_XML,
            WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV,
            WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV,
            WebContent.contentTypeJSON, ResultSetLang.RS_JSON,
            WebContent.contentTypeXML, ResultSetLang.RS_XML),
            Map.of("json", ResultSetLang.RS_JSON, "xml", ResultSetLang.RS_XML, "csv", ResultSetLang.RS_CSV,
                    "tsv", ResultSetLang.RS_TSV));

    static final Offers GRAPHS = new Offers(ordered(
            WebContent.contentTypeTurtle, Lang.TURTLE,
            WebContent.contentTypeNTriples, Lang.NTRIPLES,
            WebContent.contentTypeJSONLD, Lang.JSONLD,
            WebContent.contentTypeRDFXML, Lang.RDFXML,
            WebContent.contentTypeTurtleAlt1, Lang.TURTLE,
            WebContent.contentTypeTextPlain, Lang.NTRIPLES,
            WebContent.contentTypeJSON, Lang.JSONLD,
            WebContent.contentTypeN3, Lang.TURTLE,
            WebContent.contentTypeN3Alt2, Lang.TURTLE,
            "application/x-turtle", Lang.TURTLE),
            Map.of("turtle", Lang.TURTLE, "n3", Lang.TURTLE, "ttl", Lang.TURTLE, "ntriples", Lang.NTRIPLES, "nt", Lang.NTRIPLES,
                    "jsonld", Lang.JSONLD, "json-ld", Lang.JSONLD, "json", Lang.JSONLD, "rdfxml", Lang.RDFXML,
                    "xml", Lang.RDFXML));

    /**
     * Media types older clients still ask for, answered in the format that replaced them and labelled as such:
     * Turtle is the subset of N3 that RDF needs, and N3 readers read it.
     */
    private static final Map<String, String> MODERN_EQUIVALENT = Map.of(
            WebContent.contentTypeN3, WebContent.contentTypeTurtle,
            WebContent.contentTypeN3Alt2, WebContent.contentTypeTurtle,
            "application/x-turtle", WebContent.contentTypeTurtle);

    private ContentNegotiation() {}

    private static Map<String, Lang> ordered(Object... pairs) {
        Map<String, Lang> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Lang) pairs[i + 1]);
        }
        return map;
    }

    /** What one endpoint can answer: media types to languages, and short names for the format parameter. */
    record Offers(Map<String, Lang> byMediaType, Map<String, Lang> byName) {

        /** The chosen language and the media type to send; 406 when nothing acceptable is on offer. */
        Choice choose(Context ctx) {
            String named = ctx.queryParam("format");
            if (named == null) {
                named = ctx.queryParam("output");
            }
            if (named != null && !named.isBlank()) {
                String key = named.strip().toLowerCase(Locale.ROOT);
                Lang lang = byName.get(key);
                if (lang == null && byMediaType.containsKey(key)) {
                    return new Choice(byMediaType.get(key), MODERN_EQUIVALENT.getOrDefault(key, key));
                }
                if (lang != null) {
                    return new Choice(lang, lang.getContentType().getContentTypeStr());
                }
                // An unknown name (a client's own, such as another server's) falls back to the Accept header,
                // which such clients send as well, rather than failing a request that can be answered.
            }
            String accept = ctx.header("Accept");
            String first = byMediaType.keySet().iterator().next();
            if (accept == null || accept.isBlank()) {
                return new Choice(byMediaType.get(first), first);
            }
            MediaType match;
            try {
                match = AcceptList.match(new AcceptList(accept), AcceptList.create(byMediaType.keySet().toArray(String[]::new)));
            } catch (RuntimeException malformed) {
                throw ApiException.badRequest("Malformed Accept header");
            }
            if (match == null) {
                throw new ApiException(406, "not acceptable", "None of the accepted media types can be produced here; available: "
                        + String.join(", ", byMediaType.keySet()));
            }
            String type = match.getContentTypeStr();
            return new Choice(byMediaType.get(type), MODERN_EQUIVALENT.getOrDefault(type, type));
        }
    }

    /** A language and the media type to label it with. */
    record Choice(Lang lang, String mediaType) {
        String contentTypeHeader() {
            return mediaType + (isText(mediaType) ? "; charset=utf-8" : "");
        }

        private static boolean isText(String type) {
            return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                    || type.equals(WebContent.contentTypeNTriples);
        }
    }

    /** The RDF language of a request body's media type, or null. */
    static Lang rdfLang(String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        return lang == null || !RDFLanguages.isTriples(lang) ? null : lang;
    }
}
