package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Heavy start-up work waits for the first answer, or for the grace period when no request comes. */
class AfterFirstAnswerTest {

    @Test
    void workWaitsForTheFirstAnswer() throws Exception {
        try (AfterFirstAnswer work = new AfterFirstAnswer(Duration.ofMinutes(1))) {
            CompletableFuture<Integer> ran = new CompletableFuture<>();
            work.run("test-work", () -> ran.complete(Thread.currentThread().getPriority()));

            Thread.sleep(300);
            assertThat(ran).isNotDone();

            work.release();
            assertThat(ran.get(5, TimeUnit.SECONDS)).isEqualTo(Thread.MIN_PRIORITY);
            assertThat(work.released()).isTrue();
        }
    }

    @Test
    void workStartsAfterTheGracePeriodWhenNoRequestComes() throws Exception {
        try (AfterFirstAnswer work = new AfterFirstAnswer(Duration.ofMillis(200))) {
            CountDownLatch ran = new CountDownLatch(1);
            work.run("test-work", ran::countDown);

            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(work.released()).isFalse();
        }
    }

    @Test
    void workNotStartedWhenClosedNeverRuns() throws Exception {
        AfterFirstAnswer work = new AfterFirstAnswer(Duration.ofMinutes(1));
        CountDownLatch ran = new CountDownLatch(1);
        work.run("test-work", ran::countDown);

        work.close();

        assertThat(ran.await(500, TimeUnit.MILLISECONDS)).isFalse();
    }
}
