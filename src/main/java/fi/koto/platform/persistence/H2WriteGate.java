package fi.koto.platform.persistence;

import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Lets one transaction at a time write to the embedded H2 database; reading never waits.
 *
 * <p>Why: H2's MVStore (every 2.x version up to 2.5.252, measured) can restore a stale row when a transaction that
 * locked or updated a row rolls back while another transaction's commit of the same row is still being applied.
 * The table's secondary indexes then no longer match the row, and every later update of that row fails with
 * "Timeout trying to lock table" caused by "Row not found when trying to delete from index": the row can never be
 * changed again, and the other transaction's committed change may be lost. Twenty clients saving and submitting the
 * same programme, with the stale-version refusals that roll back, corrupt a programme within a few minutes (see
 * {@code H2ConcurrencyCheck} in the tests for the command that shows it). With one writer at a time no transaction
 * ever meets another's uncommitted row, which is the only path to that state.
 *
 * <p>The holder is a thread: a transaction that starts another one on the same thread (REQUIRES_NEW) enters again
 * instead of waiting for itself. The gate is left by whichever thread ends the transaction. PostgreSQL needs
 * none of this and does not use it.
 */
final class H2WriteGate {

    private static final Logger LOG = Logger.getLogger(H2WriteGate.class.getName());

    private final long maxWaitNanos;
    private Thread owner;
    private int holds;
    private long heldSince;

    H2WriteGate(Duration maxWait) {
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** Waits until no other thread writes; refuses after the longest wait with what holds the gate. */
    synchronized void enter() throws SQLTransientException {
        Thread me = Thread.currentThread();
        long deadline = System.nanoTime() + maxWaitNanos;
        while (owner != null && owner != me) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                String message =
                        "The embedded H2 database lets one transaction write at a time, and the one on thread '"
                                + owner.getName() + "' has been writing for "
                                + (System.nanoTime() - heldSince) / 1_000_000
                                + " ms; nothing was written, try again (PostgreSQL has no such limit)";
                LOG.warning(message);
                throw new WriteGateRefusal(message);
            }
            try {
                wait(left / 1_000_000 + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLTransientException(
                        "Interrupted while waiting to write to the embedded H2 database", "HYT00", e);
            }
        }
        if (owner == null) {
            owner = me;
            heldSince = System.nanoTime();
        }
        holds++;
    }

    /** Gives back one hold, on whichever thread the transaction ends. */
    synchronized void leave() {
        if (holds == 0) {
            throw new IllegalStateException("H2 write gate left more often than entered");
        }
        if (--holds == 0) {
            owner = null;
            notifyAll();
        }
    }

    /** The thread that writes now, if any (for tests and diagnostics). */
    synchronized Thread owner() {
        return owner;
    }
}
