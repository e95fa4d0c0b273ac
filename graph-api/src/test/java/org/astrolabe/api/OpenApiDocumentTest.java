package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The hand-written {@code openapi.json}: a valid OpenAPI 3 document, served as it is, naming exactly the routes
 * the server registers. (That real responses agree with it is checked by every test that goes through
 * {@link ServerFixture}, see {@link OpenApiContract}.)
 */
class OpenApiDocumentTest {

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(OpenApiContract.document(), null, options);
    }

    @Test
    void isAValidOpenApiDocument() {
        SwaggerParseResult result = parse();
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0");
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void theServerServesItAsItIs() {
        try (ServerFixture fx = new ServerFixture()) {
            assertThat(fx.get("/openapi.json").body()).isEqualTo(OpenApiContract.document());
        }
    }

    @Test
    void documentsExactlyTheRoutesTheServerRegisters() {
        Set<String> documented = documentedRoutes(parse().getOpenAPI());
        Set<String> registered = new TreeSet<>();
        try (ServerFixture fx = new ServerFixture()) {
            for (String route : fx.server.routes()) {
                // Javalin writes a path parameter that may hold slashes as <name>; OpenAPI has one syntax.
                registered.add(route.replaceAll("<([^>]+)>", "{$1}"));
            }
        }
        // HEAD is answered wherever GET is (the document says so once instead of on every path).
        Set<String> headAsGet = new TreeSet<>();
        for (String route : registered) {
            if (route.startsWith("HEAD ") && !documented.contains(route)) {
                headAsGet.add(route);
                assertThat(registered).as("GET beside " + route).contains("GET " + route.substring(5));
            }
        }
        registered.removeAll(headAsGet);

        assertThat(registered).as("registered routes missing from openapi.json")
                .isSubsetOf(documented);
        assertThat(documented).as("documented routes the server does not register")
                .isSubsetOf(registered);
    }

    private static Set<String> documentedRoutes(OpenAPI api) {
        Set<String> routes = new TreeSet<>();
        api.getPaths().forEach((path, item) -> {
            for (PathItem.HttpMethod method : item.readOperationsMap().keySet()) {
                routes.add(method.name() + " " + path);
            }
        });
        return routes;
    }
}
