package org.astrolabe.extractor.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.extractor.input.InputProblem;

/**
 * The result of an ingest run.
 *
 * @param outcomes one per article, in input order
 * @param problems inputs (files, JSON lines) that could not be read
 * @param elapsed  wall time of the run
 */
public record IngestSummary(List<ArticleOutcome> outcomes, List<InputProblem> problems, Duration elapsed) {
    public IngestSummary {
        outcomes = List.copyOf(outcomes);
        problems = List.copyOf(problems);
    }

    public long stored() {
        return outcomes.stream().filter(o -> !o.failed()).count();
    }

    public long failed() {
        return outcomes.stream().filter(ArticleOutcome::failed).count();
    }

    public long unchanged() {
        return outcomes.stream().filter(o -> o.change() == PutOutcome.Change.UNCHANGED).count();
    }

    /** Articles not extracted because the store already held their text from this extractor version. */
    public long foundStored() {
        return outcomes.stream().filter(ArticleOutcome::foundStored).count();
    }

    /** The articles that were not stored, each with its reason: one line each, in input order. */
    public List<String> notStored() {
        return outcomes.stream().filter(ArticleOutcome::failed).map(ArticleOutcome::failureLine).toList();
    }

    public long entities() {
        return outcomes.stream().filter(o -> !o.failed()).mapToLong(ArticleOutcome::entities).sum();
    }

    public long facts() {
        return outcomes.stream().filter(o -> !o.failed()).mapToLong(ArticleOutcome::facts).sum();
    }

    /** True when an article failed or an input could not be read. */
    public boolean hasFailures() {
        return failed() > 0 || !problems.isEmpty();
    }

    /** One line for people: counts, time, and what failed. */
    public String describe() {
        String unchanged = unchanged() + " unchanged" + (foundStored() > 0 ? ", " + foundStored() + " of them not extracted again" : "");
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Stored %d of %d articles (%s): %d entities, %d facts in %.1f s",
                stored(), outcomes.size(), unchanged, entities(), facts(), elapsed.toMillis() / 1000.0));
        if (failed() > 0) {
            s.append("; ").append(failed()).append(failed() == 1 ? " article failed" : " articles failed");
        }
        if (!problems.isEmpty()) {
            s.append("; ").append(problems.size()).append(problems.size() == 1 ? " input skipped" : " inputs skipped");
        }
        return s.append('.').toString();
    }
}
