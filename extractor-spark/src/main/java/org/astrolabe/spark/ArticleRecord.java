package org.astrolabe.spark;

import java.io.Serializable;
import java.time.LocalDate;

import org.astrolabe.core.model.Article;

/** An {@link Article} with its input position, in a form Spark can ship between JVMs. */
public record ArticleRecord(Position position, String source, String url, String title, String date, String text) implements Serializable {

    public static ArticleRecord of(Position position, Article article) {
        return new ArticleRecord(position, article.source(), article.url(), article.title(),
                article.date() == null ? null : article.date().toString(), article.text());
    }

    public Article article() {
        return new Article(source, url, title, date == null ? null : LocalDate.parse(date), text);
    }
}
