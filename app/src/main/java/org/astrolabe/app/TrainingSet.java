package org.astrolabe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.InputProblem;
import org.astrolabe.extractor.input.ReadResult;
import org.astrolabe.extractor.learn.GoldAnnotation;
import org.astrolabe.extractor.learn.RelationTrainer.TrainingArticle;
import org.astrolabe.seeds.eval.GoldStandard;

/**
 * The training input of the relation classifier: articles paired with their gold documents, and the
 * comment lines that record them in the weights file (file names only, so the file does not depend on
 * where the corpus lies).
 */
public record TrainingSet(List<TrainingArticle> articles, List<String> comments) {
    public static final String GOLD_COMMENT = "gold:";
    public static final String ARTICLES_COMMENT = "articles:";

    /** Reads the gold files and the articles; an article without a gold document is reported and left out. */
    public static TrainingSet read(List<Path> goldFiles, List<Path> articlePaths, PrintWriter err) throws IOException {
        List<GoldStandard.Document> documents = new ArrayList<>();
        List<String> goldNames = new ArrayList<>();
        for (Path file : goldFiles) {
            try {
                documents.addAll(GoldStandard.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()).documents());
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no gold file " + file);
            }
            goldNames.add(file.getFileName().toString());
        }
        ReadResult input = ArticleSources.read(articlePaths);
        for (InputProblem problem : input.problems()) {
            err.println("skipped " + problem);
        }
        List<TrainingArticle> articles = new ArrayList<>();
        List<String> articleNames = new ArrayList<>();
        for (Article article : input.articles()) {
            Optional<GoldStandard.Document> gold = documents.stream().filter(d -> article.source() != null
                    && (article.source().equals(d.fileName()) || article.source().startsWith(d.fileName() + "#"))).findFirst();
            if (gold.isEmpty()) {
                err.println("skipped " + article.source() + ": no gold document for it");
                continue;
            }
            articles.add(new TrainingArticle(article, annotation(gold.get())));
            String file = article.source().split("#", 2)[0];
            if (!articleNames.contains(file)) {
                articleNames.add(file); // a page may hold several articles: record its file once
            }
        }
        List<String> comments = List.of(
                "Weights of the learned relation classifier (org.astrolabe.extractor.learn), written by `astrolabe train`: do not edit.",
                GOLD_COMMENT + " " + String.join(" ", goldNames),
                ARTICLES_COMMENT + " " + String.join(" ", articleNames));
        return new TrainingSet(articles, comments);
    }

    static GoldAnnotation annotation(GoldStandard.Document document) {
        List<GoldAnnotation.Entity> entities = document.entities().values().stream()
                .map(e -> new GoldAnnotation.Entity(e.id(), localName(e.classIri()), e.names())).toList();
        List<GoldAnnotation.Fact> facts = document.facts().stream().filter(f -> !f.isLiteral())
                .map(f -> new GoldAnnotation.Fact(f.subject(), localName(f.property()), f.object())).toList();
        List<GoldAnnotation.Literal> literals = document.facts().stream().filter(GoldStandard.Fact::isLiteral)
                .map(f -> new GoldAnnotation.Literal(f.subject(), localName(f.property()), f.literal())).toList();
        return new GoldAnnotation(entities, facts, literals);
    }

    private static String localName(String iri) {
        return iri.substring(iri.lastIndexOf('#') + 1);
    }
}
