package fi.koto.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Lets a request wait for a report to end instead of asking again and again (long polling). A waiter is woken when
 * this instance records the report's end, and looks at the database again every second in any case, so an end
 * recorded by another instance of a cluster is seen too. Waiting holds a request thread, so only a few requests
 * wait at once; the others are answered at once, as without waiting.
 */
@ApplicationScoped
public class ReportEnds {

    /** Request threads that may wait at the same time (the server has 32). */
    static final int MAX_WAITERS = 8;

    static final Duration RECHECK = Duration.ofSeconds(1);

    private final Semaphore waiters = new Semaphore(MAX_WAITERS);
    private final Map<Long, Set<CountDownLatch>> waiting = new ConcurrentHashMap<>();
    private final long recheckNanos;

    public ReportEnds() {
        this(RECHECK);
    }

    ReportEnds(Duration recheck) {
        this.recheckNanos = recheck.toNanos();
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportFinished finished) {
        Set<CountDownLatch> latches = waiting.get(finished.id());
        if (latches != null) {
            latches.forEach(CountDownLatch::countDown);
        }
    }

    /**
     * Reads the report with {@code read} until {@code ended} holds or {@code max} has passed, and returns the last
     * reading. Without a free place to wait, or with no time to wait, it reads once.
     */
    public <T> T await(long id, Duration max, Supplier<T> read, Predicate<T> ended) {
        T current = read.get();
        if (ended.test(current) || max.isZero() || max.isNegative() || !waiters.tryAcquire()) {
            return current;
        }
        var latch = new CountDownLatch(1);
        waiting.compute(id, (key, latches) -> {
            Set<CountDownLatch> set = latches == null ? ConcurrentHashMap.newKeySet() : latches;
            set.add(latch);
            return set;
        });
        try {
            long deadline = System.nanoTime() + max.toNanos();
            current = read.get(); // it may have ended between the first reading and the registration above
            while (!ended.test(current)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                latch.await(Math.min(left, recheckNanos), TimeUnit.NANOSECONDS);
                current = read.get();
            }
            return current;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return current;
        } finally {
            waiting.computeIfPresent(id, (key, latches) -> {
                latches.remove(latch);
                return latches.isEmpty() ? null : latches;
            });
            waiters.release();
        }
    }

    /** Requests waiting now (for tests and diagnostics). */
    int waiting() {
        return MAX_WAITERS - waiters.availablePermits();
    }
}
