package org.astrolabe.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.ReadResult;
import org.astrolabe.seeds.eval.GoldStandard;

/**
 * The bundled demo corpus: five scraped news pages about space cooperation, shipped as resources, and their
 * gold annotation. Pages are read like any other input, so boilerplate is dropped and glued-on articles are
 * split off.
 */
public final class SeedCorpus {
    private static final String BASE = "org/astrolabe/seeds/";
    private static final String CORPUS = BASE + "corpus/";
    /** The gold annotation of the corpus, as a class-path resource. */
    public static final String GOLD_RESOURCE = BASE + "gold/seeds.gold.tsv";

    private SeedCorpus() {}

    /** The page file names, in order. */
    public static List<String> pageNames() {
        return resource(CORPUS + "INDEX").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** One page's raw text. */
    public static String page(String name) {
        return resource(CORPUS + name);
    }

    /** The articles of every page (seven: two pages carry a second article). */
    public static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (String name : pageNames()) {
            ReadResult read = ArticleSources.parse(page(name), "text/plain", name);
            if (read.hasProblems()) {
                throw new IllegalStateException("Bundled seed page unreadable: " + read.problems().get(0));
            }
            articles.addAll(read.articles());
        }
        return articles;
    }

    /** The gold annotation of the seed pages. */
    public static GoldStandard gold() {
        return GoldStandard.parse(resource(GOLD_RESOURCE), "seeds.gold.tsv");
    }

    private static String resource(String path) {
        try (InputStream in = SeedCorpus.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
