package uk.chatbatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InParallelTest {

    @Test
    void resultsComeInTaskOrderWhenTheFirstTaskFinishesLast() throws IOException {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<String> results = InParallel.inOrder(List.<InParallel.Task<String>>of(
                () -> {
                    // finishes only after the second task has finished (or after 5 s on a one-core machine)
                    awaitQuietly(secondDone);
                    return "first";
                },
                () -> {
                    secondDone.countDown();
                    return "second";
                },
                () -> "third"));

        assertThat(results).containsExactly("first", "second", "third");
    }

    @Test
    void aFailureIsRethrownOnlyAfterEveryOtherTaskHasFinished() {
        AtomicBoolean slowTaskFinished = new AtomicBoolean();

        assertThatThrownBy(() -> InParallel.inOrder(List.<InParallel.Task<String>>of(
                () -> {
                    throw new IOException("dataset A could not be written");
                },
                () -> {
                    pause(200);
                    slowTaskFinished.set(true);
                    return "B";
                })))
                .isInstanceOf(IOException.class).hasMessage("dataset A could not be written");
        assertThat(slowTaskFinished).isTrue();
    }

    @Test
    void theFirstFailureInTaskOrderWinsOverALaterOne() {
        assertThatThrownBy(() -> InParallel.inOrder(List.<InParallel.Task<String>>of(
                () -> "A",
                () -> {
                    pause(100);
                    throw new IllegalStateException("B failed");
                },
                () -> {
                    throw new IllegalArgumentException("C failed");
                })))
                .isInstanceOf(IllegalStateException.class).hasMessage("B failed")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                        .satisfies(later -> assertThat(later).hasMessage("C failed")));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void eachTaskLogsWithTheCallersLoggingContextAndLeavesItsThreadWithout() throws Exception {
        org.slf4j.MDC.put("la", "LA 391: ");
        try {
            List<String> seen = InParallel.inOrder(List.<InParallel.Task<String>>of(
                    () -> org.slf4j.MDC.get("la"),
                    () -> org.slf4j.MDC.get("la")));

            assertThat(seen).containsExactly("LA 391: ", "LA 391: ");
        } finally {
            org.slf4j.MDC.remove("la");
        }
    }
}
