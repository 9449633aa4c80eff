package uk.chatbatch.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.chatbatch.annexa.AnnexAList;

/** A view several indicators share is worked out once per data, however many ask and from however many threads. */
class InputDataDerivedTest {

    @Test
    void theSameKeyIsWorkedOutOnceAndLaterCallersGetTheSameView() {
        InputData data = InputData.empty();
        AtomicInteger made = new AtomicInteger();
        Object first = data.derived("view", d -> new Object[] {made.incrementAndGet()});
        Object second = data.derived("view", d -> new Object[] {made.incrementAndGet()});
        Object other = data.derived("another view", d -> new Object[] {made.incrementAndGet()});
        assertThat(second).isSameAs(first);
        assertThat(other).isNotSameAs(first);
        assertThat(made).hasValue(2);
    }

    @Test
    void aCallerOnAnotherThreadWaitsForTheViewBeingMadeRatherThanMakingItAgain() throws Exception {
        InputData data = InputData.empty();
        AtomicInteger made = new AtomicInteger();
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Object> slow = threads.submit(() -> data.derived("view", d -> {
                made.incrementAndGet();
                making.countDown();
                await(release);
                return "made once";
            }));
            assertThat(making.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Object> waiting = threads.submit(() -> data.derived("view", d -> "made twice"));
            release.countDown();
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("made once");
            assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("made once");
            assertThat(made).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void changingTheDataForgetsTheViewsMadeFromIt() {
        InputData data = InputData.empty();
        int rows = data.derived("rows", d -> d.rows(AnnexAList.CONTACTS).size());
        assertThat(rows).isEqualTo(0);
        data.with(AnnexAList.CONTACTS, List.of());
        boolean availableAfterWith = data.derived("available", d -> d.isAvailable(AnnexAList.CONTACTS));
        assertThat(availableAfterWith).isTrue();
        data.without(AnnexAList.CONTACTS, "skipped: a required column is missing");
        boolean availableAfterWithout = data.derived("available", d -> d.isAvailable(AnnexAList.CONTACTS));
        assertThat(availableAfterWithout).isFalse();
    }

    @Test
    void aViewThatCannotBeMadeFailsEveryCallerWithItsOwnError() {
        InputData data = InputData.empty();
        IllegalArgumentException broken = new IllegalArgumentException("no episodes to join");
        assertThatThrownBy(() -> data.derived("view", d -> {
            throw broken;
        })).isSameAs(broken);
        assertThatThrownBy(() -> data.derived("view", d -> "not asked again")).isSameAs(broken);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
