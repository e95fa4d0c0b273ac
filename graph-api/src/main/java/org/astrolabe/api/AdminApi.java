package org.astrolabe.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import org.astrolabe.core.store.GraphStore;

import io.javalin.http.Context;

/**
 * The administration endpoints under {@code /$/} (the prefix Fuseki uses): backup and compaction of the live
 * store as tasks ({@code POST /$/backup}, {@code POST /$/compact}, answered 202 with the task to poll), and
 * the tasks' states ({@code GET /$/tasks}, {@code GET /$/tasks/{id}}). Starting a task needs the write token.
 *
 * <p>Neither operation stops reads: a backup streams the store from one read transaction, and compaction
 * copies the live generation while writes wait, then switches to the copy once the transactions in progress
 * have finished.
 */
final class AdminApi {
    static final String BACKUP = "backup";
    static final String COMPACT = "compact";

    private final GraphStore store;
    private final WriteAccess access;
    private final AdminTasks tasks;
    private final Path backupFolder;

    AdminApi(GraphStore store, WriteAccess access, AdminTasks tasks, Path backupFolder) {
        this.store = store;
        this.access = access;
        this.tasks = tasks;
        this.backupFolder = backupFolder;
    }

    void backup(Context ctx) {
        access.require(ctx);
        start(ctx, BACKUP, this::writeBackup);
    }

    void compact(Context ctx) {
        access.require(ctx);
        start(ctx, COMPACT, this::compactStore);
    }

    void list(Context ctx) {
        ctx.json(Map.of("tasks", tasks.all().stream().map(AdminTasks.Task::describe).toList()));
    }

    void task(Context ctx) {
        String id = ctx.pathParam("id");
        AdminTasks.Task task = tasks.get(id).orElseThrow(() -> ApiException.notFound("No task " + id + " (finished tasks are kept for a while only)"));
        ctx.json(task.describe());
    }

    private void start(Context ctx, String kind, Supplier<Map<String, Object>> work) {
        try {
            AdminTasks.Task task = tasks.start(kind, work);
            ctx.status(202).header("Location", task.href()).json(Map.of("taskId", task.id(), "href", task.href()));
        } catch (AdminTasks.AlreadyRunning e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "conflict");
            body.put("detail", e.getMessage());
            body.put("taskId", e.running().id());
            body.put("href", e.running().href());
            ctx.status(409).header("Location", e.running().href()).json(body);
        }
    }

    /** The backup file, its size and the quads it holds (counted from the file, one N-Quads line each). */
    private Map<String, Object> writeBackup() {
        try {
            Path file = store.backup(Files.createDirectories(backupFolder)).toAbsolutePath();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file.toString());
            result.put("quads", lines(file));
            result.put("bytes", Files.size(file));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a backup into " + backupFolder + ": " + e.getMessage(), e);
        }
    }

    private static long lines(Path gzipped) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gzipped), 1 << 16), StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.isBlank()).count();
        }
    }

    /** The store's size on disk before and after (left out for a store without files of its own). */
    private Map<String, Object> compactStore() {
        OptionalLong before = store.bytesOnDisk();
        store.compact();
        OptionalLong after = store.bytesOnDisk();
        Map<String, Object> result = new LinkedHashMap<>();
        before.ifPresent(bytes -> result.put("bytesBefore", bytes));
        after.ifPresent(bytes -> result.put("bytesAfter", bytes));
        return result;
    }
}
