package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * A task seen finished tells when it finished: a client polling {@code GET /$/tasks/ID} got
 * {@code "state":"succeeded"} without {@code finishedAt} and {@code seconds} when it read the task between
 * the two writes (seen once in {@code LiveBackupAndCompactionTest}). The clock below looks at the task at the
 * very moment its end time is taken, which is where that reader stood.
 */
class AdminTasksTest {

    @Test
    void aSucceededTaskIsNeverSeenWithoutItsEndTime() throws Exception {
        List<Map<String, Object>> seen = watchFinishing(() -> Map.of("quads", 1L));
        assertThat(seen).isNotEmpty().allSatisfy(view -> {
            if (!"running".equals(view.get("state"))) {
                assertThat(view).containsKeys("finishedAt", "seconds", "result");
            }
        });
        assertThat(seen.get(seen.size() - 1)).containsEntry("state", "succeeded").containsKey("finishedAt");
    }

    @Test
    void aFailedTaskIsNeverSeenWithoutItsEndTime() throws Exception {
        List<Map<String, Object>> seen = watchFinishing(() -> {
            throw new IllegalStateException("disk full");
        });
        assertThat(seen).isNotEmpty().allSatisfy(view -> {
            if (!"running".equals(view.get("state"))) {
                assertThat(view).containsKeys("finishedAt", "seconds");
            }
        });
        assertThat(seen.get(seen.size() - 1)).containsEntry("state", "failed").containsKey("finishedAt");
    }

    /** Runs one task; returns how it looked each time the clock was read while it ran, and once it was done. */
    private static List<Map<String, Object>> watchFinishing(Supplier<Map<String, Object>> work) throws InterruptedException {
        AtomicReference<AdminTasks.Task> task = new AtomicReference<>();
        List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();
        Clock watching = new Clock() {
            private final Instant start = Instant.parse("2026-01-01T00:00:00Z");
            private int reads;

            @Override
            public synchronized Instant instant() {
                AdminTasks.Task current = task.get();
                if (current != null) {
                    seen.add(current.describe());
                }
                return start.plusSeconds(reads++);
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        CountDownLatch known = new CountDownLatch(1);
        try (AdminTasks tasks = new AdminTasks(watching)) {
            task.set(tasks.start("backup", () -> {
                await(known);
                return work.get();
            }));
            known.countDown();
            assertThat(task.get().await(java.time.Duration.ofSeconds(10))).isTrue();
            seen.add(task.get().describe());
        }
        return seen;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
