package org.astrolabe.reliability.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The promises every answer keeps, however hostile the request: no server error, no stack trace or
 * internal class name in the body, and errors as JSON {@code {"error": ..., "detail": ...}}.
 */
public final class ReplyChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A stack frame, or a Java class name of an exception/error, leaks internals to the client. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat (org|java|javax|jakarta|io|com|sun|jdk)\\.[\\w$.]+\\(|\\b(java|javax|jakarta|org|io|com)\\.[\\w$.]*(Exception|Error)\\b"
                    + "|\\b[A-Z]\\w*Exception\\b");

    private ReplyChecks() {}

    /** Everything wrong with one reply; empty when it keeps every promise. */
    public static List<String> problems(Reply reply) {
        List<String> problems = new ArrayList<>();
        if (reply.status() >= 500) {
            problems.add("server error " + reply.status());
        }
        String text = reply.text();
        var leak = LEAK.matcher(text);
        if (leak.find()) {
            problems.add("leaks internals ('" + leak.group() + "')");
        }
        if (reply.status() >= 400) {
            problems.addAll(errorBodyProblems(reply));
        }
        return problems;
    }

    /** An error answer must be a JSON object with string fields "error" and "detail". */
    public static List<String> errorBodyProblems(Reply reply) {
        List<String> problems = new ArrayList<>();
        if (!reply.contentType().toLowerCase().contains("json")) {
            problems.add("error without a JSON content type ('" + reply.contentType() + "')");
        }
        try {
            JsonNode body = JSON.readTree(reply.body());
            if (body == null || !body.isObject() || !body.path("error").isTextual() || !body.path("detail").isTextual()) {
                problems.add("error body is not {\"error\",\"detail\"}");
            }
        } catch (java.io.IOException e) {
            problems.add("error body is not JSON");
        }
        return problems;
    }

    public static JsonNode json(Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + reply.describe(), e);
        }
    }
}
