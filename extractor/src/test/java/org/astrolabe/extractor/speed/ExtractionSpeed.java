package org.astrolabe.extractor.speed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.eval.SeedEvaluation;

/**
 * Times the whole extraction ({@link CoreNlpExtractor#extract}) against CoreNLP's vanilla
 * {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp} on the same texts in the same JVM, after one
 * warm-up pass of each: {@code ExtractionSpeed <corpus dir> [passes]}. Prints tokens per second and the ratio.
 */
public final class ExtractionSpeed {
    public static final String VANILLA = "tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp";

    private ExtractionSpeed() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                String text = SeedEvaluation.withoutBoilerplate(Files.readString(file, StandardCharsets.UTF_8));
                articles.add(new Article(file.getFileName().toString(), null, null, LocalDate.of(2025, 4, 22), text));
            }
        }
        CoreNlpExtractor ours = CoreNlpExtractor.shared();
        int tokens = 0;
        for (Article a : articles) {
            tokens += ours.annotate(a).get(CoreAnnotations.TokensAnnotation.class).size();
        }
        Properties props = new Properties();
        props.setProperty("annotators", VANILLA);
        StanfordCoreNLP vanilla = new StanfordCoreNLP(props);

        // Warm-up, then timed passes.
        articles.forEach(ours::extract);
        articles.forEach(a -> vanillaAnnotate(vanilla, a));
        long t0 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            articles.forEach(ours::extract);
        }
        double oursSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            articles.forEach(a -> vanillaAnnotate(vanilla, a));
        }
        double vanillaSeconds = (System.nanoTime() - t1) / 1e9;

        double oursRate = tokens * passes / oursSeconds;
        double vanillaRate = tokens * passes / vanillaSeconds;
        System.out.printf("texts=%d tokens=%d passes=%d%n", articles.size(), tokens, passes);
        System.out.printf("astrolabe extraction (%s + rules): %.1f tokens/s (%.1f s)%n", CoreNlpExtractor.ANNOTATORS, oursRate, oursSeconds);
        System.out.printf("vanilla %s: %.1f tokens/s (%.1f s)%n", VANILLA, vanillaRate, vanillaSeconds);
        System.out.printf("speed ratio (astrolabe / vanilla): %.2f%n", oursRate / vanillaRate);
    }

    private static void vanillaAnnotate(StanfordCoreNLP pipeline, Article article) {
        Annotation document = new Annotation(article.text());
        document.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        pipeline.annotate(document);
    }
}
