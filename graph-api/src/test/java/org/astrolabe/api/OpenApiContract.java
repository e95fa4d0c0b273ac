package org.astrolabe.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * The server's OpenAPI document ({@code openapi.json}, as served) as a contract for real responses: status
 * code, content type and, for JSON, the body against the documented schema. Requests are not judged here
 * (tests send malformed ones on purpose); a response to a path the document does not have is not judged
 * either ({@code OpenApiDocumentTest} checks that the document and the routes agree).
 */
final class OpenApiContract {
    static final String RESOURCE = "/org/astrolabe/api/openapi.json";

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(document())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .withLevel("validation.response.path.missing", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private OpenApiContract() {}

    /** The document's text, from the classpath (the server serves this same resource). */
    static String document() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with the validator's messages if {@code response} breaks what the document says of its request. */
    static void check(HttpRequest request, HttpResponse<String> response) {
        SimpleResponse.Builder actual = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(actual::withHeader);
        if (!"HEAD".equals(request.method()) && response.body() != null && !response.body().isEmpty()) {
            actual.withBody(response.body());
        }
        ValidationReport report = VALIDATOR.validateResponse(request.uri().getPath(),
                Request.Method.valueOf(request.method()), actual.build());
        if (report.hasErrors()) {
            List<String> messages = report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.toList());
            String uri = request.uri().toString();
            throw new AssertionError("The response to " + request.method() + " " + (uri.length() > 200 ? uri.substring(0, 200) + "..." : uri) + " (" + response.statusCode()
                    + ", " + response.headers().firstValue("Content-Type").orElse("no content type")
                    + ") disagrees with openapi.json:\n  " + String.join("\n  ", messages));
        }
    }
}
