package org.astrolabe.extractor.relations;

import java.time.LocalDate;
import java.util.List;

import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.gazetteer.Names;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.extractor.rules.PropertySignatures;
import org.astrolabe.extractor.rules.RawFact;

/**
 * What one relation stage states about a text on its own, read with the shared pipeline. A fact two stages
 * state is kept once in the extraction result, under the more confident (or earlier) extractor, so a stage is
 * judged on its own statements; ill-typed ones are dropped as the extractor drops them.
 */
final class StageFacts {
    static final LocalDate ARTICLE_DATE = LocalDate.of(2025, 3, 14);

    private final ResolvedArticle resolved;
    private final List<RawFact> facts;

    private StageFacts(ResolvedArticle resolved, List<RawFact> facts) {
        this.resolved = resolved;
        this.facts = facts;
    }

    static StageFacts of(RelationStage stage, String text) {
        AnnotatedArticle analysed = CoreNlpExtractor.shared().analyse(new Article("test", null, null, ARTICLE_DATE, text));
        List<RawFact> typed = stage.extract(analysed).stream().filter(f -> wellTyped(analysed.resolved(), f)).toList();
        return new StageFacts(analysed.resolved(), typed);
    }

    /** The statements made under this extractor name. */
    List<RawFact> by(String extractor) {
        return facts.stream().filter(f -> f.extractor().equals(extractor)).toList();
    }

    /** Whether the extractor states {@code subject property object} (an entity name, or a literal's value). */
    boolean states(String extractor, String subject, String property, String object) {
        return by(extractor).stream().anyMatch(f -> f.property().equals(property) && named(f.subject(), subject)
                && (f.isLiteral() ? Names.normalize(f.literal().getLiteralLexicalForm()).equals(Names.normalize(object))
                : named(f.object(), object) || PropertySignatures.symmetric(property) && named(f.subject(), object) && named(f.object(), subject)));
    }

    private boolean named(int id, String name) {
        ArticleEntity e = resolved.entity(id);
        String wanted = Names.normalize(name);
        return e != null && (Names.normalize(e.label()).equals(wanted) || e.names().stream().anyMatch(n -> Names.normalize(n).equals(wanted)));
    }

    /** A readable list of the statements, for failure messages. */
    String describe() {
        StringBuilder out = new StringBuilder("stage facts:");
        for (RawFact f : facts) {
            out.append("\n  ").append(label(f.subject())).append(' ').append(f.property()).append(' ')
                    .append(f.isLiteral() ? f.literal().getLiteralLexicalForm() : label(f.object())).append(" [").append(f.extractor()).append(']');
        }
        out.append("\nentities:");
        for (ArticleEntity e : resolved.entities()) {
            out.append(' ').append(e.label()).append('/').append(e.classLocalName()).append(';');
        }
        return out.toString();
    }

    private String label(int id) {
        ArticleEntity e = resolved.entity(id);
        return e == null ? "#" + id : e.label();
    }

    private static boolean wellTyped(ResolvedArticle resolved, RawFact f) {
        ArticleEntity subject = resolved.entity(f.subject());
        if (subject == null || !PropertySignatures.allowsSubject(f.property(), subject.classIri())) {
            return false;
        }
        if (f.isLiteral()) {
            return true;
        }
        ArticleEntity object = resolved.entity(f.object());
        return object != null && f.subject() != f.object() && PropertySignatures.allowsObject(f.property(), object.classIri());
    }
}
