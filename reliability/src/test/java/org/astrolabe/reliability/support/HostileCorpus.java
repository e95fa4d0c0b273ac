package org.astrolabe.reliability.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The hostile requests of {@code hostile-requests.tsv} plus every payload of {@code injection-payloads.txt}
 * through every slot of {@code injection-slots.tsv}; bodies too big to keep in a file are generated here
 * (deterministically: the same corpus every run).
 */
public final class HostileCorpus {
    /** Bodies just over the server's default request limit. */
    public static final int OVER_LIMIT = 1024 * 1024 + 1;

    /** One request and the status classes it may answer with. */
    public record HostileRequest(String method, String path, String contentType, String auth, byte[] body, String expected,
                                 String origin) {
        public boolean allows(int status) {
            for (String option : expected.split("\\|")) {
                if (option.endsWith("xx") ? status / 100 == option.charAt(0) - '0' : Integer.toString(status).equals(option)) {
                    return true;
                }
            }
            return false;
        }
    }

    private HostileCorpus() {}

    public static List<HostileRequest> load() {
        List<HostileRequest> requests = new ArrayList<>();
        for (String[] f : rows("hostile-requests.tsv")) {
            requests.add(new HostileRequest(f[0], f[1], "-".equals(f[2]) ? null : f[2], f[3], body(f[4]), f[5],
                    "hostile-requests.tsv: " + String.join(" ", Arrays.copyOf(f, 2))));
        }
        List<String> payloads = new ArrayList<>();
        for (String line : lines("injection-payloads.txt")) {
            payloads.add(unescape(line));
        }
        for (String[] slot : rows("injection-slots.tsv")) {
            for (String payload : payloads) {
                String path = slot[1].replace("{}", HttpProbe.encode(payload));
                requests.add(new HostileRequest(slot[0], path, null, slot[2], null, slot[3],
                        "injection " + slot[1] + " <- " + payload.replaceAll("\\p{Cntrl}", "?")));
            }
        }
        return requests;
    }

    static byte[] body(String spec) {
        if ("-".equals(spec)) {
            return null;
        }
        if (spec.startsWith("text:")) {
            return unescape(spec.substring(5)).getBytes(StandardCharsets.UTF_8);
        }
        if (spec.startsWith("hex:")) {
            return HexFormat.of().parseHex(spec.substring(4));
        }
        if (spec.startsWith("gen:")) {
            return generate(spec.substring(4));
        }
        throw new IllegalArgumentException("Unknown body spec: " + spec);
    }

    /** The generated bodies: big, deep or binary ones that a data file cannot hold. */
    static byte[] generate(String name) {
        int dash = name.lastIndexOf('-');
        String kind = name;
        int size = 0;
        if (dash > 0 && name.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            kind = name.substring(0, dash);
            size = Integer.parseInt(name.substring(dash + 1));
        }
        return switch (kind) {
            case "binary" -> binary(size);
            case "latin1-query" -> "SELECT * { ?s ?p \"Café Zürich\" }".getBytes(StandardCharsets.ISO_8859_1);
            case "latin1-update" -> "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"Café\" } }".getBytes(StandardCharsets.ISO_8859_1);
            case "latin1-article" -> "Le CNES et l'agence spatiale française coopèrent à Toulouse.".getBytes(StandardCharsets.ISO_8859_1);
            case "utf16-query" -> "SELECT * { ?s ?p ?o }".getBytes(StandardCharsets.UTF_16);
            case "utf16-article" -> "NASA and ISRO signed an agreement.".getBytes(StandardCharsets.UTF_16);
            case "sparql-1mb-literal" -> utf8("SELECT * { ?s ?p ?o FILTER(?o = \"" + "x".repeat(1024 * 1024 - 64) + "\") } LIMIT 1");
            case "sparql-over-limit" -> utf8("SELECT * { ?s ?p ?o } # " + "x".repeat(OVER_LIMIT));
            case "form-over-limit" -> utf8("query=" + "x".repeat(OVER_LIMIT));
            case "update-over-limit" -> utf8("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"" + "x".repeat(OVER_LIMIT) + "\" } }");
            case "turtle-over-limit" -> utf8("<urn:a> <urn:b> \"" + "x".repeat(OVER_LIMIT) + "\" .");
            case "article-over-limit" -> utf8(article(OVER_LIMIT));
            case "json-article-over-limit" -> utf8("{\"text\": \"" + article(OVER_LIMIT) + "\"}");
            case "html-over-limit" -> utf8("<html><body><p>" + article(OVER_LIMIT) + "</p></body></html>");
            case "nested-braces" -> utf8("SELECT * WHERE " + "{".repeat(size) + " ?s ?p ?o " + "}".repeat(size));
            case "nested-update-braces" -> utf8("DELETE WHERE " + "{".repeat(size) + " ?s ?p ?o " + "}".repeat(size));
            case "nested-parens" -> utf8("SELECT * { ?s ?p ?o FILTER(" + "(".repeat(size) + "1" + ")".repeat(size) + ") }");
            case "nested-optional" -> utf8("SELECT * { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(size) + "}".repeat(size) + " }");
            case "nested-update-union" -> utf8("INSERT { GRAPH <urn:x> { ?s ?p ?o } } WHERE { { ?s ?p ?o }" + " UNION { ?s ?p ?o }".repeat(size) + " }");
            case "union-chain" -> utf8("SELECT * { { ?s ?p ?o }" + " UNION { ?s ?p ?o }".repeat(size) + " }");
            case "long-iri" -> utf8("SELECT * { <urn:" + "a".repeat(size) + "> ?p ?o }");
            case "json-deep-nesting" -> utf8("{\"text\":" + "[".repeat(size) + "]".repeat(size) + "}");
            case "json-long-number" -> utf8("{\"text\": \"NASA\", \"date\": " + "9".repeat(500_000) + "}");
            case "xml-billion-laughs" -> utf8(billionLaughs());
            case "xml-external-entity" -> utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"urn:a\">"
                    + "<rdf:value>&x;</rdf:value></rdf:Description></rdf:RDF>");
            default -> throw new IllegalArgumentException("Unknown generator: " + name);
        };
    }

    /** Plain article text of exactly {@code length} characters (ASCII, so as many bytes). */
    public static String article(int length) {
        String sentence = "SUPARCO and CNSA agreed to fly a Pakistani payload on Chang'e 6 to the Moon. ";
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(sentence);
        }
        text.setLength(length);
        return text.toString();
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description ")
                .append("rdf:about=\"urn:a\"><rdf:value>&l10;</rdf:value></rdf:Description></rdf:RDF>").toString();
    }

    private static byte[] binary(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Resolves \n, \r, \t, \\ and backslash-u escapes. */
    public static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] fields = line.split("\t", -1);
            int width = "hostile-requests.tsv".equals(resource) ? 6 : 4;
            if (fields.length != width) {
                throw new IllegalStateException(resource + ": malformed line: " + line);
            }
            rows.add(fields);
        }
        return rows;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/org/astrolabe/reliability/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        lines.add(line);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
