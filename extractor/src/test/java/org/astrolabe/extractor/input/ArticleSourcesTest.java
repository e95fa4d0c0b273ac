package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.astrolabe.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
    @TempDir
    Path dir;

    @Test
    void readsAFolderRecursivelyInPathOrderByExtension() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "Second story\n\nThe second story.");
        Files.writeString(dir.resolve("a.html"), "<html><head><link rel=\"canonical\" href=\"/first\"></head><body><h1>First story</h1><p>The first story.</p></body></html>");
        Files.writeString(dir.resolve("c.jsonl"), "{\"title\":\"Third story\",\"text\":\"The third story.\"}\n");
        Files.writeString(dir.resolve("notes.md"), "# not an article");
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});

        ReadResult result = ArticleSources.read(dir);

        assertThat(result.articles()).extracting(Article::title).containsExactly("First story", "Second story", "Third story");
        assertThat(result.articles()).extracting(Article::source).containsExactly("a.html", "2.txt", "c.jsonl:1");
        assertThat(result.articles().get(0).url()).as("a relative link in a local file is no web address").isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("bad.txt");
            assertThat(p.reason()).contains("UTF-8");
        });
    }

    @Test
    void reportsMissingAndUnsupportedFiles() throws IOException {
        assertThat(ArticleSources.read(dir.resolve("missing.txt")).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("no such file or folder"));
        Files.writeString(dir.resolve("x.pdf"), "%PDF");
        assertThat(ArticleSources.read(dir.resolve("x.pdf")).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("unsupported file type"));
        Files.writeString(dir.resolve("empty.txt"), "Follow\n-\n");
        assertThat(ArticleSources.read(dir.resolve("empty.txt")).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("no article text found"));
    }

    @Test
    void parsesUploadsByMediaType() {
        assertThat(ArticleSources.parse("Title here\n\nBody text.", "text/plain; charset=UTF-8", "up").articles())
                .singleElement().extracting(Article::title).isEqualTo("Title here");
        assertThat(ArticleSources.parse("<h1>Title here</h1><p>Body text.</p>", "text/html", "up").articles())
                .singleElement().extracting(Article::title).isEqualTo("Title here");
        assertThat(ArticleSources.parse("{\"title\":\"T\",\"text\":\"Body.\"}", "application/json", "up").articles()).hasSize(1);
        assertThat(ArticleSources.parse("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}", "application/x-ndjson", "up").articles())
                .extracting(Article::source).containsExactly("up:1", "up:2");
        assertThatThrownBy(() -> ArticleSources.parse("x", "application/pdf", "up"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("application/pdf");
    }
}
