package org.astrolabe.extractor.input;

import java.util.ArrayList;
import java.util.List;

import org.astrolabe.core.model.Article;

/**
 * The articles read from some input, and what could not be read. A bad file or line never hides the
 * articles that could be read.
 */
public record ReadResult(List<Article> articles, List<InputProblem> problems) {
    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public static ReadResult of(List<Article> articles) {
        return new ReadResult(articles, List.of());
    }

    public static ReadResult failed(InputProblem problem) {
        return new ReadResult(List.of(), List.of(problem));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** This result followed by {@code other}. */
    public ReadResult plus(ReadResult other) {
        List<Article> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<InputProblem> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new ReadResult(a, p);
    }
}
