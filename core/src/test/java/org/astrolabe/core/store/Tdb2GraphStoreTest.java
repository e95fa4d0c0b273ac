package org.astrolabe.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.astrolabe.core.model.Iris;
import org.junit.jupiter.api.Test;

class Tdb2GraphStoreTest extends GraphStoreContractTest {
    private int stores;

    @Override
    protected GraphStore createStore(Iris iris, Clock clock) {
        return Tdb2GraphStore.open(tempDir.resolve("store-" + stores++), iris, clock);
    }

    @Override
    protected GraphStore reopen(GraphStore current) {
        Path folder = ((Tdb2GraphStore) current).folder();
        current.close();
        return Tdb2GraphStore.open(folder, IRIS);
    }

    @Test
    void theCommittedStateChangesWithEveryWriteAndNotWithReadsOrReopening() throws Exception {
        Path folder = tempDir.resolve("state");
        String empty;
        String one;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder, IRIS)) {
            empty = store.committedState();
            store.put(articles.article(1, 1));
            one = store.committedState();
            assertThat(one).isNotEqualTo(empty);
            store.documents(0, 10);
            store.read(ds -> ds.asDatasetGraph().find().hasNext());
            assertThat(store.committedState()).as("reads").isEqualTo(one);
            Files.createDirectories(store.derivedDataFolder()).resolve("derived.txt").toFile().createNewFile();
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder, IRIS)) {
            assertThat(store.committedState()).as("reopened, with derived data in the folder").isEqualTo(one);
            store.delete(store.documents(0, 1).get(0).iri());
            String deleted = store.committedState();
            assertThat(deleted).isNotEqualTo(one).isNotEqualTo(empty);
            store.compact();
            assertThat(store.committedState()).as("a new generation").isNotEqualTo(deleted);
        }
    }

    @Test
    void aJournalEntryCutShortByACrashIsDiscardedAndTheCommittedDataOpens() throws Exception {
        Path folder = tempDir.resolve("cut-journal");
        try (GraphStore store = Tdb2GraphStore.open(folder, IRIS)) {
            store.put(articles.article(1, 1));
        }
        // What a process killed in the middle of writing a transaction's journal leaves: an entry's header
        // without its data.
        Path generation = folder.resolve("Data-0001");
        org.apache.jena.dboe.transaction.txn.journal.Journal journal =
                org.apache.jena.dboe.transaction.txn.journal.Journal.create(org.apache.jena.dboe.base.file.Location.create(generation));
        journal.write(org.apache.jena.dboe.transaction.txn.journal.JournalEntryType.REDO,
                org.apache.jena.dboe.transaction.txn.ComponentId.allocLocal(), java.nio.ByteBuffer.allocate(24));
        journal.sync();
        journal.truncate(journal.size() - 24);
        journal.close();

        try (GraphStore reopened = Tdb2GraphStore.open(folder, IRIS)) {
            assertThat(reopened.documents(0, 10)).hasSize(1);
        }
        assertThat(Files.size(generation.resolve("journal.jrnl"))).isZero();
    }

    @Test
    void aBatchThatFailsMidwayLeavesNoneOfItsArticlesAndKeepsTheCommittedBatch() {
        Path folder = tempDir.resolve("batches");
        // The fourth read is the second batch's second article: its first one is already written in the transaction.
        Clock failsOnFourthRead = new FailingClock(Set.of(4));
        try (GraphStore batches = Tdb2GraphStore.open(folder, IRIS, failsOnFourthRead)) {
            batches.putAll(List.of(articles.article(1, 1), articles.article(2, 1)), GraphStore.Rewrite.IF_CHANGED);
            assertThatThrownBy(() -> batches.putAll(List.of(articles.article(3, 1), articles.article(4, 1)), GraphStore.Rewrite.IF_CHANGED))
                    .hasMessage("clock failed");
        }
        try (GraphStore reopened = Tdb2GraphStore.open(folder, IRIS)) {
            assertThat(reopened.documents(0, 10)).extracting(DocumentSummary::source)
                    .containsExactlyInAnyOrder("generated-1.html", "generated-2.html");
            assertEntitiesGraphConsistent(reopened);
        }
    }

    @Test
    void aFileIsNotAStore() throws Exception {
        Path file = Files.writeString(tempDir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> Tdb2GraphStore.open(file))
                .isInstanceOf(StoreException.class).hasMessage("store " + file + " is a file, not a folder");
    }

    @Test
    void aFolderThatCannotBeCreatedIsReported() throws Exception {
        Path file = Files.writeString(tempDir.resolve("plain"), "x");
        assertThatThrownBy(() -> Tdb2GraphStore.open(file.resolve("store")))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("cannot create store folder " + file.resolve("store"));
    }

    @Test
    void aFolderHoldingOtherFilesIsNotTurnedIntoAStore() throws Exception {
        Path folder = Files.createDirectories(tempDir.resolve("documents"));
        Files.writeString(folder.resolve("letter.txt"), "dear");
        assertThatThrownBy(() -> Tdb2GraphStore.open(folder))
                .isInstanceOf(StoreException.class).hasMessage("folder " + folder + " is not a store: it holds other files");
        assertThat(Tdb2GraphStore.exists(folder)).isFalse();
        assertThat(Tdb2GraphStore.exists(((Tdb2GraphStore) store).folder())).isTrue();
    }

    @Test
    void aStoreOpenInThisProcessCannotBeOpenedTwice() {
        Path folder = ((Tdb2GraphStore) store).folder();
        assertThatThrownBy(() -> Tdb2GraphStore.open(folder))
                .isInstanceOf(StoreException.class).hasMessage("store " + folder + " is already open in this process");
        store.close();
        track(Tdb2GraphStore.open(folder)).put(articles.article(1, 1));
    }

    @Test
    void aStoreOpenInAnotherProcessIsReportedWithItsPid() throws Exception {
        Path folder = tempDir.resolve("shared");
        Process holder = StoreHolderProcess.start(folder);
        try {
            assertThatThrownBy(() -> Tdb2GraphStore.open(folder))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("store " + folder + " is in use by another astrolabe process (pid " + holder.pid() + ")");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        track(Tdb2GraphStore.open(folder)).put(articles.article(1, 1));
    }

    @Test
    void aStoreOpenedForStreamingExportsTheSameQuads() {
        fill(store, 3);
        var quads = allQuads(store);
        Path folder = ((Tdb2GraphStore) store).folder();
        store.close();
        GraphStore streaming = track(Tdb2GraphStore.openForStreaming(folder));
        assertThat(parseQuads(export(streaming, org.apache.jena.riot.RDFFormat.NQUADS, null), org.apache.jena.riot.Lang.NQUADS))
                .isEqualTo(quads);
    }

    @Test
    void compactionReclaimsSpaceAndKeepsData() throws Exception {
        fill(store, 20);
        for (int n = 0; n < 20; n++) {
            store.put(articles.article(n, 2));
        }
        Path folder = ((Tdb2GraphStore) store).folder();
        var before = allQuads(store);
        long sizeBefore = folderSize(folder);

        store.compact();

        assertThat(allQuads(store)).isEqualTo(before);
        assertThat(folderSize(folder)).isLessThan(sizeBefore);
        store = reopen(store);
        track(store);
        assertThat(allQuads(store)).isEqualTo(before);
    }

    private static long folderSize(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
