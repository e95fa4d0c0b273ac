package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiExceptionTest {
    @Test
    void detailsDoNotNameJavaExceptionClasses() {
        ApiException e = new ApiException(400, "query syntax error",
                "Regex pattern exception: java.util.regex.PatternSyntaxException: Unmatched closing ')' near index 1");
        assertThat(e.getMessage()).isEqualTo("Regex pattern exception: Unmatched closing ')' near index 1");
        assertThat(ApiException.withoutInternals("QueryParseException: Lexical error at line 1")).isEqualTo("Lexical error at line 1");
    }

    @Test
    void ordinaryDetailsAreKept() {
        assertThat(ApiException.badRequest("The query is empty").getMessage()).isEqualTo("The query is empty");
        assertThat(ApiException.withoutInternals(null)).isNull();
    }
}
