package fi.koto.notification.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends outbox rows, each in its own transaction ({@link DeliveryAttempt}): right after the transaction that
 * queued them commits (asynchronously, so the person who clicked does not wait for the mail server), and again
 * from the retry timer for rows that failed or whose delivery after commit never ran.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** Rows older than this are not tried any more: news of yesterday's step is no longer worth a mail. */
    static final Duration RETRY_WINDOW = Duration.ofHours(24);
    /** Rows younger than this are left to the delivery after commit, which may still be running. */
    static final Duration AFTER_COMMIT_GRACE = Duration.ofMinutes(1);

    static final int RETRY_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    DeliveryAttempt attempt;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    @Asynchronous
    public void deliverLater(List<Long> outboxIds) {
        outboxIds.forEach(this::deliver);
    }

    /** Tries every row that is due for another attempt; returns how many were sent. */
    public int retryDue() {
        if (!transport.isEnabled()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> due = em.createQuery(
                        "select m.id from OutboxMessage m where m.sentAt is null"
                                + " and m.attempts < :max and m.createdAt > :oldest"
                                + " and (m.attempts > 0 or m.createdAt < :settled) order by m.id",
                        Long.class)
                .setParameter("max", DeliveryAttempt.MAX_ATTEMPTS)
                .setParameter("oldest", now.minus(RETRY_WINDOW))
                .setParameter("settled", now.minus(AFTER_COMMIT_GRACE))
                .setMaxResults(RETRY_BATCH)
                .getResultList();
        return (int) due.stream().filter(this::deliver).count();
    }

    private boolean deliver(long outboxId) {
        try {
            return attempt.send(outboxId);
        } catch (RuntimeException e) {
            // Typically the row is locked by another node sending it right now; the timer looks again later.
            LOG.info(() -> "Mail " + outboxId + " skipped for now: " + DeliveryAttempt.describe(e));
            return false;
        }
    }
}
