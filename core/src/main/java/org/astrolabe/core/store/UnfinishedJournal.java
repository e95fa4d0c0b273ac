package org.astrolabe.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;

/**
 * Repairs the one crash TDB2 does not recover from by itself. A process killed while writing a transaction's
 * journal entries leaves an entry cut short at the end of the journal; TDB2's recovery reads every entry and
 * fails on that one ("Failed to read the journal entry data"), so the store no longer opens. Everything after
 * the last complete commit entry belongs to a transaction that never committed (TDB1's recovery treated it
 * so): cutting it off loses nothing that was acknowledged, and TDB2 then replays the committed part as usual.
 */
final class UnfinishedJournal {
    /** Entry header: length, checksum, type (4 bytes each) and the component id. */
    private static final int HEADER_BYTES = 12 + 16;

    private UnfinishedJournal() {
    }

    /** True if opening failed on an entry cut short at the end of the journal. */
    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransactionException && t.getMessage() != null
                    && t.getMessage().matches("(?s).*(journal entry data|[Pp]artial read of journal|off the end of a journal|Checksum error reading from the Journal).*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cuts the journal of the store's newest generation after its last complete commit entry.
     *
     * @return the number of bytes cut off (0 if there was nothing to cut)
     */
    static long cutAfterLastCommit(Path storeDir) throws IOException {
        Optional<Path> generation = newestGeneration(storeDir);
        if (generation.isEmpty() || !Journal.exists(Location.create(generation.get()))) {
            return 0;
        }
        Journal journal = Journal.create(Location.create(generation.get()));
        try {
            long keep = 0;
            Iterator<JournalEntry> entries = journal.entries(0);
            try {
                while (entries.hasNext()) {
                    JournalEntry entry = entries.next();
                    if (entry.getType() == JournalEntryType.COMMIT) {
                        keep = entry.getPosition() + HEADER_BYTES + (entry.getByteBuffer() == null ? 0 : entry.getByteBuffer().capacity());
                    }
                }
            } catch (TransactionException cutShort) {
                // The entry being written when the process died: where the valid journal ends.
            }
            long size = journal.size();
            if (keep >= size) {
                return 0;
            }
            journal.truncate(keep);
            journal.sync();
            return size - keep;
        } finally {
            journal.close();
        }
    }

    private static Optional<Path> newestGeneration(Path storeDir) throws IOException {
        try (Stream<Path> files = Files.list(storeDir)) {
            return files.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        }
    }
}
