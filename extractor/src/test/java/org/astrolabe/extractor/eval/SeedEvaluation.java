package org.astrolabe.extractor.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.extractor.CoreNlpExtractor;

/**
 * Scores the extractor on a gold set: {@code SeedEvaluation <gold.tsv> <corpus dir> [-v]}. Page boilerplate
 * lines are dropped with a simple line filter (the input module does this properly).
 */
public final class SeedEvaluation {
    private SeedEvaluation() {}

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        boolean verbose = args.length > 2;
        CoreNlpExtractor extractor = CoreNlpExtractor.shared();
        GoldScorer.Counts total = new GoldScorer.Counts();
        for (GoldScorer.GoldDocument doc : GoldScorer.parse(gold)) {
            String text = withoutBoilerplate(Files.readString(corpus.resolve(doc.file()), StandardCharsets.UTF_8));
            ExtractionResult result = extractor.extract(new Article(doc.file(), null, null, doc.date(), text));
            GoldScorer.Counts counts = new GoldScorer.Counts();
            String log = GoldScorer.score(doc, result, counts);
            GoldScorer.score(doc, result, total);
            System.out.printf("%s  entities F1=%.3f  facts F1=%.3f%n", doc.file(), counts.f1("entities"), counts.f1("facts"));
            if (verbose) {
                System.out.print(log);
            }
        }
        System.out.println(total.report());
    }

    /** Drops page furniture lines and the reader-comment tail of a scraped page. */
    public static String withoutBoilerplate(String page) {
        List<String> kept = new ArrayList<>();
        for (String line : page.split("\n", -1)) {
            String t = line.strip();
            if (t.equals("LEAVE A REPLY")) {
                break;
            }
            if (t.equals("Short Url") || t.equals("Follow") || t.matches("Updated \\d+ (sec|min|hour)s? ago")) {
                kept.add("");
                continue;
            }
            kept.add(line);
        }
        return String.join("\n", kept);
    }
}
