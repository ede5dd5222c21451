package fi.koto.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReportEndsTest {

    private static final Duration LONG = Duration.ofMinutes(10);

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicReference<String> status = new AtomicReference<>("STARTED");
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<String> read = () -> {
        reads.incrementAndGet();
        return status.get();
    };

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void anEndedReportIsAnsweredAtOnce() {
        status.set("COMPLETED");
        assertThat(new ReportEnds(LONG).await(1, LONG, read, ended())).isEqualTo("COMPLETED");
        assertThat(reads).hasValue(1);
    }

    @Test
    void noWaitMeansOneReading() {
        assertThat(new ReportEnds(LONG).await(1, Duration.ZERO, read, ended())).isEqualTo("STARTED");
        assertThat(reads).hasValue(1);
    }

    @Test
    void theEndRecordedOnThisInstanceWakesTheWaiter() throws Exception {
        var ends = new ReportEnds(LONG); // no re-reading: only the end can wake it
        Future<String> answer = threads.submit(() -> ends.await(7, LONG, read, ended()));
        await().until(() -> ends.waiting() == 1);

        ends.ended(new ReportFinished(8, "PLACEMENTS", "COMPLETED", "manager", false));
        assertThat(answer).as("another report's end does not wake it").isNotDone();

        status.set("FAILED");
        ends.ended(new ReportFinished(7, "PLACEMENTS", "FAILED", "manager", false));
        assertThat(answer.get(1, TimeUnit.MINUTES)).isEqualTo("FAILED");
        assertThat(ends.waiting()).isZero();
    }

    @Test
    void anEndRecordedElsewhereIsSeenAtTheNextReading() throws Exception {
        var ends = new ReportEnds(Duration.ofMillis(20));
        Future<String> answer = threads.submit(() -> ends.await(7, LONG, read, ended()));
        await().until(() -> ends.waiting() == 1);
        status.set("COMPLETED"); // by another instance: no event here
        assertThat(answer.get(1, TimeUnit.MINUTES)).isEqualTo("COMPLETED");
    }

    @Test
    void whenTheTimeIsUpTheLastReadingIsTheAnswer() {
        var ends = new ReportEnds(Duration.ofMillis(20));
        assertThat(ends.await(7, Duration.ofMillis(100), read, ended())).isEqualTo("STARTED");
        assertThat(reads.get()).isGreaterThan(2);
        assertThat(ends.waiting()).isZero();
    }

    @Test
    void onlyAFewRequestsWaitAtOnceAndTheNextIsAnsweredAtOnce() throws Exception {
        var ends = new ReportEnds(LONG);
        List<Future<String>> waiting = new ArrayList<>();
        for (int i = 0; i < ReportEnds.MAX_WAITERS; i++) {
            waiting.add(threads.submit(() -> ends.await(7, LONG, read, ended())));
        }
        await().until(() -> ends.waiting() == ReportEnds.MAX_WAITERS);
        int before = reads.get();

        assertThat(ends.await(7, LONG, read, ended())).isEqualTo("STARTED");
        assertThat(reads.get() - before).isEqualTo(1);

        status.set("COMPLETED");
        ends.ended(new ReportFinished(7, "PLACEMENTS", "COMPLETED", "manager", false));
        for (Future<String> w : waiting) {
            assertThat(w.get(1, TimeUnit.MINUTES)).isEqualTo("COMPLETED");
        }
        assertThat(ends.waiting()).isZero();
    }

    private static java.util.function.Predicate<String> ended() {
        return s -> !s.equals("STARTED");
    }
}
