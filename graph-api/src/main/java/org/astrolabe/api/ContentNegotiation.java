package org.astrolabe.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;

import io.javalin.http.Context;

/**
 * Chooses a response language from the {@code Accept} header (with Jena's {@link AcceptList} matching, as
 * Fuseki does) or from an {@code output}/{@code format}/{@code results} parameter, which wins when it names a
 * format this endpoint offers. The parameter takes Fuseki's short names and more ({@code json}, {@code ttl},
 * {@code n-triples}, ...) or a media type; a value the endpoint does not know is passed over, so that a
 * client's own names (such as SPARQLWrapper's {@code rdf+xml}) fall back to its Accept header instead of
 * failing a request that can be answered.
 *
 * <p>The response is labelled with a media type the client accepts: legacy types ({@code text/n3},
 * {@code text/rdf+n3}, {@code application/x-turtle}, ...) are answered with Turtle, which N3 readers read,
 * labelled {@code text/turtle} when the client accepts that too and with the legacy type it asked for otherwise.
 */
final class ContentNegotiation {

    /** The parameters that name a response format, in Fuseki's order: the first that names a known one wins. */
    static final List<String> FORMAT_PARAMETERS = List.of("output", "format", "results");

    /** SELECT and ASK results. Offers in order of preference: the first is the default for a missing or wildcard Accept. */
    static final Offers RESULTS = new Offers(ordered(
            WebContent.contentTypeResultsJSON, ResultSetLang.RS_JSON,
            WebContent.contentTypeResultsXML, ResultSetLang.RS_XML,
            WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV,
            WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV,
            WebContent.contentTypeJSON, ResultSetLang.RS_JSON,
            WebContent.contentTypeXML, ResultSetLang.RS_XML,
            WebContent.contentTypeXMLAlt, ResultSetLang.RS_XML,
            // Jena's aligned text table, as Fuseki's output=text gives.
            WebContent.contentTypeTextPlain, ResultSetLang.RS_Text),
            names(ResultSetLang.RS_JSON, "json",
                    ResultSetLang.RS_XML, "xml", "sparql", "srx",
                    ResultSetLang.RS_CSV, "csv",
                    ResultSetLang.RS_TSV, "tsv",
                    ResultSetLang.RS_Text, "text", "txt"));

    /** CONSTRUCT and DESCRIBE results, graphs of the graph store, linked data and the service description. */
    static final Offers GRAPHS = new Offers(ordered(
            WebContent.contentTypeTurtle, Lang.TURTLE,
            WebContent.contentTypeNTriples, Lang.NTRIPLES,
            WebContent.contentTypeJSONLD, Lang.JSONLD,
            WebContent.contentTypeRDFXML, Lang.RDFXML,
            WebContent.contentTypeTurtleAlt1, Lang.TURTLE,
            WebContent.contentTypeTextPlain, Lang.NTRIPLES,
            WebContent.contentTypeJSON, Lang.JSONLD,
            WebContent.contentTypeTriG, Lang.TRIG,
            WebContent.contentTypeTriGAlt1, Lang.TRIG,
            WebContent.contentTypeNQuads, Lang.NQUADS,
            WebContent.contentTypeNQuadsAlt1, Lang.NQUADS,
            WebContent.contentTypeN3Alt2, Lang.TURTLE,
            WebContent.contentTypeN3, Lang.TURTLE,
            WebContent.contentTypeN3Alt1, Lang.TURTLE,
            "application/rdf+n3", Lang.TURTLE,
            "application/x-turtle", Lang.TURTLE),
            names(Lang.TURTLE, "turtle", "ttl", "text", "n3",
                    Lang.NTRIPLES, "ntriples", "n-triples", "nt",
                    Lang.JSONLD, "jsonld", "json-ld", "json",
                    Lang.RDFXML, "rdfxml", "rdf/xml", "rdf+xml", "rdf", "xml",
                    Lang.TRIG, "trig",
                    Lang.NQUADS, "nquads", "n-quads", "nq"));

    /** A whole dataset (graph store GET naming no graph): quad formats only. */
    static final Offers DATASETS = new Offers(ordered(
            WebContent.contentTypeNQuads, Lang.NQUADS,
            WebContent.contentTypeTriG, Lang.TRIG,
            WebContent.contentTypeJSONLD, Lang.JSONLD,
            WebContent.contentTypeNQuadsAlt1, Lang.NQUADS,
            WebContent.contentTypeTriGAlt1, Lang.TRIG,
            WebContent.contentTypeJSON, Lang.JSONLD),
            names(Lang.NQUADS, "nquads", "n-quads", "nq",
                    Lang.TRIG, "trig",
                    Lang.JSONLD, "jsonld", "json-ld", "json"));

    /**
     * Media types older clients still ask for. They are answered in the format that replaced them: Turtle is the
     * subset of N3 that RDF needs, and N3 readers read it.
     */
    private static final Set<String> LEGACY = Set.of(WebContent.contentTypeN3, WebContent.contentTypeN3Alt1,
            WebContent.contentTypeN3Alt2, "application/rdf+n3", "application/x-turtle");

    private ContentNegotiation() {}

    private static Map<String, Lang> ordered(Object... pairs) {
        Map<String, Lang> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Lang) pairs[i + 1]);
        }
        return map;
    }

    /** Short names: each language followed by the names that stand for it. */
    private static Map<String, Lang> names(Object... languagesAndNames) {
        Map<String, Lang> map = new LinkedHashMap<>();
        Lang current = null;
        for (Object item : languagesAndNames) {
            if (item instanceof Lang lang) {
                current = lang;
            } else {
                map.put((String) item, current);
            }
        }
        return map;
    }

    /** What one endpoint can answer: media types to languages, and short names for the format parameters. */
    record Offers(Map<String, Lang> byMediaType, Map<String, Lang> byName) {

        /** The choice for a request whose format parameters are all in its query string. */
        Choice choose(Context ctx) {
            return choose(ctx, Map.of());
        }

        /**
         * The chosen language and the media type to send; 406 when nothing acceptable is on offer.
         *
         * @param form the fields of a form-encoded body, where clients posting a query put the format parameters too
         */
        Choice choose(Context ctx, Map<String, List<String>> form) {
            String acceptHeader = ctx.header("Accept");
            AcceptList accept = parseAccept(acceptHeader);
            boolean malformedAccept = accept == null && acceptHeader != null && !acceptHeader.isBlank();
            for (String value : formatValues(ctx, form)) {
                String key = value.strip().toLowerCase(Locale.ROOT);
                Lang named = byName.get(key);
                if (named != null) {
                    return new Choice(named, label(named, accept, null));
                }
                String mediaType = mediaTypeOf(key);
                if (mediaType != null && byMediaType.containsKey(mediaType)) {
                    return new Choice(byMediaType.get(mediaType), label(byMediaType.get(mediaType), accept, mediaType));
                }
            }
            String first = byMediaType.keySet().iterator().next();
            if (malformedAccept) {
                throw ApiException.badRequest("Malformed Accept header");
            }
            if (accept == null) {
                return new Choice(byMediaType.get(first), first);
            }
            MediaType match = AcceptList.match(accept, AcceptList.create(byMediaType.keySet().toArray(String[]::new)));
            if (match == null) {
                throw new ApiException(406, "not acceptable", "None of the accepted media types can be produced here; available: "
                        + String.join(", ", byMediaType.keySet()));
            }
            String type = match.getContentTypeStr();
            Lang lang = byMediaType.get(type);
            return new Choice(lang, LEGACY.contains(type) ? label(lang, accept, type) : type);
        }

        /**
         * The media type to label {@code lang} with: the first of its types, modern before legacy, that the client
         * accepts; failing that (a format parameter overriding Accept), the type the parameter named or the
         * language's own.
         */
        private String label(Lang lang, AcceptList accept, String requested) {
            if (accept == null) {
                return requested == null || LEGACY.contains(requested) ? canonical(lang) : requested;
            }
            List<String> candidates = new ArrayList<>();
            byMediaType.forEach((type, l) -> {
                if (l.equals(lang)) {
                    candidates.add(type);
                }
            });
            for (String type : candidates) {
                if (AcceptList.match(accept, AcceptList.create(type)) != null) {
                    return type;
                }
            }
            return requested != null ? requested : canonical(lang);
        }

        private String canonical(Lang lang) {
            return byMediaType.entrySet().stream().filter(e -> e.getValue().equals(lang)).map(Map.Entry::getKey)
                    .findFirst().orElse(lang.getContentType().getContentTypeStr());
        }
    }

    /** Every value of the format parameters, query string first, in the order of {@link #FORMAT_PARAMETERS}. */
    private static List<String> formatValues(Context ctx, Map<String, List<String>> form) {
        List<String> values = new ArrayList<>();
        for (String parameter : FORMAT_PARAMETERS) {
            values.addAll(ctx.queryParams(parameter));
            values.addAll(form.getOrDefault(parameter, List.of()));
        }
        values.removeIf(String::isBlank);
        return values;
    }

    /** The bare media type of a parameter value such as {@code text/turtle; charset=utf-8}, or null. */
    private static String mediaTypeOf(String value) {
        if (!value.contains("/")) {
            return null;
        }
        try {
            return MediaType.create(value).getContentTypeStr();
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /**
     * The Accept header as Jena reads it; null when absent or blank (anything goes) or malformed, which only
     * fails a request that has no format parameter to go by.
     */
    private static AcceptList parseAccept(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return new AcceptList(header);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /** A language and the media type to label it with. */
    record Choice(Lang lang, String mediaType) {
        String contentTypeHeader() {
            return mediaType + (isText(mediaType) ? "; charset=utf-8" : "");
        }

        private static boolean isText(String type) {
            return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                    || type.equals(WebContent.contentTypeNTriples) || type.equals(WebContent.contentTypeNQuads)
                    || type.equals(WebContent.contentTypeTriG) || type.equals(WebContent.contentTypeN3Alt1)
                    || type.equals("application/rdf+n3") || type.equals("application/x-turtle");
        }
    }

    /** The RDF language of a request body's media type, or null. */
    static Lang rdfLang(String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        return lang == null || !RDFLanguages.isTriples(lang) ? null : lang;
    }
}
