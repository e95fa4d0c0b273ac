package org.astrolabe.seeds.eval;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * An {@link EvalReport} as JSON: {@code entities} and {@code facts} (tp, fp, fn, precision, recall, f1),
 * {@code byClass}, {@code byProperty} and, when verbose, the error lists ({@code group}, {@code description}).
 */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    public static String format(EvalReport report, boolean verbose) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entities", score(report.entities()));
        out.put("facts", score(report.facts()));
        out.put("byClass", scores(report.entitiesByClass()));
        out.put("byProperty", scores(report.factsByProperty()));
        if (verbose) {
            out.put("missedEntities", report.missedEntities());
            out.put("spuriousEntities", report.spuriousEntities());
            out.put("missedFacts", report.missedFacts());
            out.put("spuriousFacts", report.spuriousFacts());
        }
        try {
            return JSON.writeValueAsString(out) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> scores(Map<String, Score> scores) {
        Map<String, Object> out = new LinkedHashMap<>();
        scores.forEach((k, s) -> out.put("kg:" + k, score(s)));
        return out;
    }

    private static Map<String, Object> score(Score s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tp", s.tp());
        out.put("fp", s.fp());
        out.put("fn", s.fn());
        out.put("precision", round(s.precision()));
        out.put("recall", round(s.recall()));
        out.put("f1", round(s.f1()));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

}
