package org.astrolabe.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.dboe.base.file.ChannelManager;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.astrolabe.core.model.Iris;

/**
 * The default {@link GraphStore}: a Jena TDB2 database in a folder, with the union of the named graphs as the
 * query default graph. Commits are durable (TDB2 journals them), so a crash loses at most the transaction in
 * progress.
 *
 * <p>A folder can be open by one process at a time (TDB2 locks it) and by one store object per process: a
 * second {@link #open} of the same folder fails until the first store is closed. Share the store object
 * instead.
 */
public final class Tdb2GraphStore extends DatasetGraphStore {
    private static final Set<Path> OPEN_HERE = ConcurrentHashMap.newKeySet();
    private static final String LOCK_FILE = "tdb.lock";
    /** The folder inside the store folder where a server keeps derived data (its search index); not part of the database. */
    private static final String DERIVED_FOLDER = "lookup-index";
    private static final int STREAMING_NODE_CACHE = 20_000;

    static {
        CuratedQueryEngine.install();
    }

    private final Path folder;
    private final CuratedDatasetView queryView;

    private Tdb2GraphStore(Path folder, CuratedDatasetView queryView, Iris iris, Clock clock) {
        super(queryView.getWrapped(), DatasetFactory.wrap(queryView), iris, clock);
        this.folder = folder;
        this.queryView = queryView;
    }

    /** Opens (creating it if needed) the store in {@code folder}, with the default IRIs. */
    public static Tdb2GraphStore open(Path folder) {
        return open(folder, Iris.defaults(), Clock.systemUTC());
    }

    public static Tdb2GraphStore open(Path folder, Iris iris) {
        return open(folder, iris, Clock.systemUTC());
    }

    /**
     * Opens (creating it if needed) the store in {@code folder}.
     *
     * @throws StoreException with a one-line reason when the folder is a file, cannot be created, read or
     *                        written, or is in use by another process or another store object of this one
     */
    public static Tdb2GraphStore open(Path folder, Iris iris, Clock clock) {
        return open(folder, iris, clock, null);
    }

    /**
     * Opens the store with small node caches, for a process that reads it once from end to end (export,
     * backup) in a small heap. TDB2's default caches hold up to 750,000 decoded nodes, which on a store of
     * millions of quads takes more than a 256 MB heap and does not help a single pass.
     */
    public static Tdb2GraphStore openForStreaming(Path folder) {
        StoreParams small = StoreParams.builder(StoreParams.getDftStoreParams())
                .nodeId2NodeCacheSize(STREAMING_NODE_CACHE).node2NodeIdCacheSize(STREAMING_NODE_CACHE).build();
        return open(folder, Iris.defaults(), Clock.systemUTC(), small);
    }

    private static Tdb2GraphStore open(Path folder, Iris iris, Clock clock, StoreParams params) {
        Path dir = folder.toAbsolutePath().normalize();
        checkFolder(folder, dir);
        if (!OPEN_HERE.add(dir)) {
            throw new StoreException("store " + folder + " is already open in this process");
        }
        try {
            DatasetGraph storage;
            try {
                storage = connect(dir, params);
            } catch (RuntimeException e) {
                if (!UnfinishedJournal.isCause(e)) {
                    throw e;
                }
                // The failed attempt leaves the store's files open and its lock held: release both before the
                // journal is cut and the store opened again.
                ChannelManager.releaseAll(dir.toString());
                releaseLocks(dir);
                if (UnfinishedJournal.cutAfterLastCommit(dir) == 0) {
                    throw e;
                }
                System.getLogger(Tdb2GraphStore.class.getName()).log(System.Logger.Level.WARNING,
                        "store " + folder + ": discarded a transaction that was being written when a process stopped (it never committed)");
                storage = connect(dir, params);
            }
            storage.getContext().set(TDB2.symUnionDefaultGraph, true);
            Tdb2GraphStore store = new Tdb2GraphStore(dir, new CuratedDatasetView(storage), iris, clock);
            store.startCuration();
            return store;
        } catch (RuntimeException e) {
            OPEN_HERE.remove(dir);
            throw translate(folder, dir, e);
        } catch (IOException e) {
            OPEN_HERE.remove(dir);
            throw new StoreException("cannot open store " + folder + ": " + reason(e), e);
        }
    }

    /** Releases this process's TDB2 locks on the store folder and its generations. */
    private static void releaseLocks(Path dir) throws IOException {
        List<Path> locks;
        try (var files = Files.walk(dir, 2)) {
            locks = files.filter(p -> p.getFileName().toString().equals(LOCK_FILE)).toList();
        }
        for (Path file : locks) {
            ProcessFileLock lock = ProcessFileLock.create(file.toString());
            if (lock.isLockedHere()) {
                lock.unlock();
            }
            ProcessFileLock.release(lock);
        }
    }

    private static DatasetGraph connect(Path dir, StoreParams params) {
        return params == null ? DatabaseMgr.connectDatasetGraph(Location.create(dir)) : DatabaseMgr.connectDatasetGraph(Location.create(dir), params);
    }

    /** The folder holding the database. */
    public Path folder() {
        return folder;
    }

    /** Where a server may keep data derived from the store (its entity search index), inside the store folder. */
    public Path derivedDataFolder() {
        return folder.resolve(DERIVED_FOLDER);
    }

    /**
     * A digest of the database's committed state: the state files TDB2 rewrites at every commit that changes
     * data (each B+tree's root and allocation limits, each object file's length), for every generation. TDB2
     * never rewrites committed blocks in place, so any change of the data changes it; reading does not. Cheap
     * (a few dozen 24-byte files): data derived from the store records it to tell later whether it is stale.
     */
    public String committedState() {
        ensureOpen();
        try (var generations = Files.list(folder)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Path generation : generations.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().toList()) {
                try (var files = Files.list(generation)) {
                    for (Path file : files.filter(Tdb2GraphStore::isStateFile).sorted().toList()) {
                        digest.update((generation.getFileName() + "/" + file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException("cannot read the state of store " + folder + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** B+tree state ({@code .bpt}) and object-file state ({@code .bdf}) files. */
    private static boolean isStateFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".bpt") || name.endsWith(".bdf");
    }

    /**
     * Compacts the database into a new generation and deletes the old one. Waits for running transactions;
     * transactions that start meanwhile wait for the compaction (see {@link #exclusively}); the store is usable
     * again as soon as it returns.
     */
    @Override
    public void compact() {
        ensureOpen();
        exclusively(() -> DatabaseMgr.compact(storage(), true));
        // Node ids change with the generation: the query filter is built anew for it.
        curatedViewChanged(curatedView());
    }

    /**
     * Queries and reads hide what the view hides: TDB2's pattern matcher through its quad filter (see
     * {@link CuratedQueryFilter}), everything that reads with {@code Graph.find} through the query view (see
     * {@link CuratedDatasetView} and {@link CuratedQueryEngine}).
     */
    @Override
    protected void curatedViewChanged(org.astrolabe.core.curation.CuratedView view) {
        CuratedQueryFilter.install(storage(), view);
        queryView.curate(view);
    }

    /** The size of every file in the store folder: the live generation, old ones not yet deleted, the lock. */
    @Override
    public OptionalLong bytesOnDisk() {
        try (var files = Files.walk(folder)) {
            return OptionalLong.of(files.filter(Files::isRegularFile).mapToLong(Tdb2GraphStore::sizeOf).sum());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException("cannot measure store " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A file's size, 0 if it vanished meanwhile (compaction deletes the old generation's files). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    protected void release() {
        try {
            TDBInternal.expel(storage());
        } finally {
            OPEN_HERE.remove(folder);
        }
    }

    private static void checkFolder(Path given, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("store " + given + " is a file, not a folder");
        }
        if (!Files.exists(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException("cannot create store folder " + given + ": " + reason(e), e);
            }
        }
        if (!Files.isReadable(dir) || !Files.isWritable(dir) || !Files.isExecutable(dir)) {
            throw new StoreException("store " + given + " is not readable and writable by this user");
        }
        if (!isEmptyOrDatabase(dir)) {
            throw new StoreException("folder " + given + " is not a store: it holds other files");
        }
    }

    /** Guards against creating a database inside a folder that holds something else. */
    private static boolean isEmptyOrDatabase(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString())
                    .allMatch(name -> name.equals(LOCK_FILE) || name.startsWith("Data-") || name.equals("Backups")
                            || name.equals(DERIVED_FOLDER));
        } catch (IOException e) {
            throw new StoreException("cannot read store folder " + dir + ": " + reason(e), e);
        }
    }

    /** True if {@code folder} holds a TDB2 database (as opposed to nothing, or something else). */
    public static boolean exists(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static StoreException translate(Path given, Path dir, RuntimeException e) {
        Optional<String> pid = lockHolder(dir);
        if (pid.isPresent() && !pid.get().equals(Long.toString(ProcessHandle.current().pid()))
                && ProcessHandle.of(Long.parseLong(pid.get())).map(ProcessHandle::isAlive).orElse(false)) {
            return new StoreInUseException("store " + given + " is in use by another astrolabe process (pid " + pid.get() + ")",
                    Long.parseLong(pid.get()), e);
        }
        return new StoreException("cannot open store " + given + ": " + firstLine(e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }

    /** The process id TDB2 wrote into the folder's lock file, if there is one. */
    private static Optional<String> lockHolder(Path dir) {
        try {
            Path lock = dir.resolve(LOCK_FILE);
            if (!Files.isRegularFile(lock)) {
                return Optional.empty();
            }
            String content = Files.readString(lock, StandardCharsets.UTF_8).strip();
            return content.matches("\\d+") ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
