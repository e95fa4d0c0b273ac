package org.astrolabe.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's long-running operations (backup, compaction), each on a thread of its own so that the request
 * that starts one is answered at once and the caller polls for the outcome. At most one task of a kind runs
 * at a time; the most recent finished tasks are kept for their callers to read.
 */
final class AdminTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdminTasks.class);
    private static final int FINISHED_KEPT = 100;

    enum State {
        running, succeeded, failed
    }

    /** One operation: what it is, how far it got and, once finished, its result or why it failed. */
    static final class Task {
        private final String id;
        private final String kind;
        private final Instant started;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile State state = State.running;
        private volatile Instant finished;
        private volatile Map<String, Object> result;
        private volatile String failure;

        private Task(String id, String kind, Instant started) {
            this.id = id;
            this.kind = kind;
            this.started = started;
        }

        String id() {
            return id;
        }

        String kind() {
            return kind;
        }

        State state() {
            return state;
        }

        /** The path at which the task's state is read. */
        String href() {
            return "/$/tasks/" + id;
        }

        /** The task as the API shows it; fields without a value yet are left out. */
        Map<String, Object> describe() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("taskId", id);
            view.put("href", href());
            view.put("kind", kind);
            view.put("state", state.name());
            view.put("startedAt", started.toString());
            Instant end = finished;
            if (end != null) {
                view.put("finishedAt", end.toString());
                view.put("seconds", Duration.between(started, end).toMillis() / 1000.0);
            }
            if (result != null) {
                view.put("result", result);
            }
            if (failure != null) {
                view.put("error", failure);
            }
            return view;
        }

        /** Waits until the task has finished; true if it has within {@code timeout}. */
        boolean await(Duration timeout) throws InterruptedException {
            return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A task of the same kind is running; it is the one the caller should follow. */
    static final class AlreadyRunning extends RuntimeException {
        private final transient Task running;

        AlreadyRunning(Task running) {
            super("A " + running.kind() + " is already running (task " + running.id() + ")", null, false, false);
            this.running = running;
        }

        Task running() {
            return running;
        }
    }

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Task> tasks = new LinkedHashMap<>();

    AdminTasks(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts {@code work} as a task of {@code kind} on a new thread; its returned map is the task's result.
     *
     * @throws AlreadyRunning if a task of this kind has not finished
     */
    synchronized Task start(String kind, Supplier<Map<String, Object>> work) {
        Optional<Task> running = tasks.values().stream()
                .filter(t -> t.kind.equals(kind) && t.state == State.running).findFirst();
        if (running.isPresent()) {
            throw new AlreadyRunning(running.get());
        }
        Task task = new Task(Long.toString(ids.incrementAndGet()), kind, clock.instant());
        tasks.put(task.id, task);
        forgetOldest();
        Thread thread = new Thread(() -> run(task, work), "astrolabe-" + kind + "-" + task.id);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /**
     * Runs the work and records its outcome. The state is written last: a reader that sees a task finished
     * (state is volatile) also sees its end time and result or failure.
     */
    private void run(Task task, Supplier<Map<String, Object>> work) {
        LOG.info("Task {} ({}) started", task.id, task.kind);
        try {
            task.result = work.get();
            task.finished = clock.instant();
            task.state = State.succeeded;
            LOG.info("Task {} ({}) succeeded: {}", task.id, task.kind, task.result);
        } catch (RuntimeException | Error e) {
            task.failure = e.getMessage() == null ? e.getClass().getSimpleName() : ApiException.withoutInternals(e.getMessage());
            task.finished = clock.instant();
            task.state = State.failed;
            LOG.error("Task {} ({}) failed: {}", task.id, task.kind, e.toString(), e);
        } finally {
            task.done.countDown();
        }
    }

    /** Keeps the most recent finished tasks only; running ones are always kept. */
    private void forgetOldest() {
        long finished = tasks.values().stream().filter(t -> t.state != State.running).count();
        var it = tasks.values().iterator();
        while (finished > FINISHED_KEPT && it.hasNext()) {
            if (it.next().state != State.running) {
                it.remove();
                finished--;
            }
        }
    }

    synchronized Optional<Task> get(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /** Every task kept, newest first. */
    synchronized List<Task> all() {
        List<Task> list = new ArrayList<>(tasks.values());
        Collections.reverse(list);
        return list;
    }

    /**
     * Waits for running tasks to finish (up to {@code timeout} in all): the store is closed after the server,
     * and a compaction cut short by that would leave a half-written generation behind.
     */
    void awaitRunning(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Task task : all()) {
            try {
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (task.state == State.running && (left.isNegative() || !task.await(left))) {
                    LOG.warn("Task {} ({}) is still running as the server stops", task.id, task.kind);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        awaitRunning(Duration.ofMinutes(5));
    }
}
