package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Mention;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;

class EntityIndexTest {

    /** 400 articles naming 10 of 2000 generated organisations each. */
    private static GraphStore generatedStore() {
        GraphStore store = InMemoryGraphStore.create();
        for (int a = 0; a < 400; a++) {
            StringBuilder text = new StringBuilder();
            List<ExtractedEntity> entities = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                int n = (a * 7 + k * 131) % 2000;
                String name = "Orbital Works " + n;
                String iri = SampleArticles.IRIS.entity(name);
                int begin = text.length();
                text.append(name).append(" reported progress. ");
                entities.add(new ExtractedEntity(iri, KG.Company.getURI(), name, Set.of(name, "OW" + n), Set.of()));
                mentions.add(new Mention(iri, begin, begin + name.length(), name));
            }
            store.put(new ExtractionResult(new Article("gen-" + a, "https://example.org/a/" + a, "Article " + a,
                    LocalDate.of(2025, 1, 1), text.toString()), dedupe(entities), mentions, List.of(), "gen"));
        }
        return store;
    }

    private static List<ExtractedEntity> dedupe(List<ExtractedEntity> entities) {
        return List.copyOf(entities.stream().collect(java.util.stream.Collectors.toMap(ExtractedEntity::iri, e -> e, (x, y) -> x,
                java.util.LinkedHashMap::new)).values());
    }

    @Test
    void fullRebuildAndIncrementalRefreshAgreeAndRebuildIsQuick() {
        try (GraphStore store = generatedStore(); EntityIndex index = new EntityIndex(store, SampleArticles.IRIS.entitiesGraph())) {
            index.rebuild(); // the first rebuild of a JVM also loads Lucene's codecs
            long start = System.nanoTime();
            index.rebuild();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            int entities = index.size();
            System.out.printf("Entity index rebuild: %d entities in %d ms%n", entities, took.toMillis());
            assertThat(entities).isGreaterThan(1000);
            assertThat(took).as("rebuild of %d entities", entities).isLessThan(Duration.ofSeconds(5));

            EntityIndex.Page byAlias = index.search("ow7", null, 0, 5);
            EntityIndex.Hit hit = byAlias.hits().get(0);
            assertThat(hit.entry().label()).isEqualTo("Orbital Works 7");
            assertThat(hit.exactness()).isEqualTo(1);
            long articlesFromRebuild = hit.entry().articles();
            assertThat(articlesFromRebuild).isGreaterThan(0);

            index.refresh(List.of(hit.entry().iri()));
            EntityIndex.Hit refreshed = index.search("ow7", null, 0, 5).hits().get(0);
            assertThat(refreshed.entry()).isEqualTo(hit.entry());
            assertThat(index.size()).isEqualTo(entities);
        }
    }

    @Test
    void exactLabelComesFirstThenArticleCountAndPagesAreSlicesOfOneRanking() {
        try (GraphStore store = generatedStore(); EntityIndex index = new EntityIndex(store, SampleArticles.IRIS.entitiesGraph())) {
            index.rebuild();

            EntityIndex.Page exact = index.search("ORBITAL works 17", null, 0, 10);
            assertThat(exact.hits().get(0).entry().label()).isEqualTo("Orbital Works 17");
            assertThat(exact.hits().get(0).exactness()).isZero();
            assertThat(exact.hits().subList(1, exact.hits().size())).allSatisfy(h -> assertThat(h.exactness()).isEqualTo(2));

            EntityIndex.Page all = index.search("orbital works", null, 0, 40);
            assertThat(all.total()).isEqualTo(index.size());
            List<Long> counts = all.hits().stream().map(h -> h.entry().articles()).toList();
            assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(index.search("orbital works", null, 15, 10).hits()).isEqualTo(all.hits().subList(15, 25));

            EntityIndex.Page fuzzy = index.search("orbitel", null, 0, 5);
            assertThat(fuzzy.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.entry().label()).startsWith("Orbital Works"));
        }
    }

    /** One article per name, naming that organisation only. */
    private static GraphStore storeNaming(List<String> names) {
        GraphStore store = InMemoryGraphStore.create();
        for (int a = 0; a < names.size(); a++) {
            String name = names.get(a);
            String iri = SampleArticles.IRIS.entity(name);
            String text = name + " reported progress.";
            store.put(new ExtractionResult(new Article("named-" + a, "https://example.org/n/" + a, "Article " + a, LocalDate.of(2025, 1, 1), text),
                    List.of(new ExtractedEntity(iri, KG.Company.getURI(), name, Set.of(name), Set.of())),
                    List.of(new Mention(iri, 0, name.length(), name)), List.of(), "gen"));
        }
        return store;
    }

    @Test
    void nearMissesComeAfterPrefixMatchesAndAreSearchedOnlyWhenThoseDoNotFillThePage() {
        List<String> names = new ArrayList<>(List.of("Orbitel Systems", "Orbitel Systems", "Orbitel Systems"));
        for (int i = 1; i <= 6; i++) {
            names.add("Orbital Works " + i);
        }
        try (GraphStore store = storeNaming(names); EntityIndex index = new EntityIndex(store, SampleArticles.IRIS.entitiesGraph())) {
            index.load();

            EntityIndex.Page filled = index.search("orbital", null, 0, 5);
            assertThat(filled.hits()).hasSize(5).allSatisfy(h -> assertThat(h.entry().label()).startsWith("Orbital Works"));
            assertThat(filled.total()).as("prefix and word matches only").isEqualTo(6);

            EntityIndex.Page wider = index.search("orbital", null, 0, 10);
            assertThat(wider.total()).isEqualTo(7);
            assertThat(wider.hits().subList(0, 5)).as("the same ranking, near misses after").isEqualTo(filled.hits());
            assertThat(wider.hits().get(6).entry().label()).as("a near miss, after every prefix match despite more articles")
                    .isEqualTo("Orbitel Systems");
            assertThat(wider.hits().get(6).entry().articles()).isEqualTo(3);
            assertThat(index.search("orbital", null, 5, 5).hits()).as("a later page is the same slice of one ranking")
                    .isEqualTo(wider.hits().subList(5, 7));

            // Near misses expanded for one state of the index are not reused after it changes.
            String newcomer = SampleArticles.IRIS.entity("Orbitam Labs");
            store.put(new ExtractionResult(new Article("named-new", "https://example.org/n/new", "New", LocalDate.of(2025, 1, 2),
                    "Orbitam Labs opened."), List.of(new ExtractedEntity(newcomer, KG.Company.getURI(), "Orbitam Labs", Set.of("Orbitam Labs"), Set.of())),
                    List.of(new Mention(newcomer, 0, 12, "Orbitam Labs")), List.of(), "gen"));
            index.refresh(List.of(newcomer));
            assertThat(index.search("orbital", null, 0, 10).hits()).extracting(h -> h.entry().label()).contains("Orbitam Labs");
        }
    }

    @Test
    void foldingIgnoresCaseAccentsAndSpacing() {
        assertThat(EntityIndex.fold("  São   PAULO ")).isEqualTo("sao paulo");
        assertThat(EntityIndex.fold("Ångström")).isEqualTo("angstrom");
    }
}
