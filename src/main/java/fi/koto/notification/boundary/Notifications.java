package fi.koto.notification.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.notification.control.OverdueDigest;
import fi.koto.notification.entity.OutboxMessage;
import fi.koto.notification.entity.OutboxStatus;
import fi.koto.platform.failure.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Operating the mail: the newest outbox rows (to see what failed and why), and running the overdue digest now.
 * Administrators only; the outbox holds addresses and texts about every municipality.
 */
@Stateless
@RolesAllowed(Permission.Names.MANAGE_NOTIFICATIONS)
public class Notifications {

    static final int MAX_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    OverdueDigest digest;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Newest first; {@code status} SENT, UNSENT or FAILED, or null for all. */
    public List<OutboxEntry> recent(String status, int offset, int limit) {
        TypedQuery<OutboxMessage> query = em.createQuery(
                "select m from OutboxMessage m" + where(parse(status)) + " order by m.createdAt desc, m.id desc",
                OutboxMessage.class);
        return query
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), MAX_LIMIT))
                .getResultList()
                .stream()
                .map(OutboxEntry::of)
                .toList();
    }

    public long count(String status) {
        return em.createQuery("select count(m) from OutboxMessage m" + where(parse(status)), Long.class)
                .getSingleResult();
    }

    /** Queues today's overdue digests that are not queued yet; a second run the same day queues none. */
    public DigestRun runOverdueDigest() {
        LocalDate today = LocalDate.now(clock);
        return new DigestRun(today, digest.run(today, currentUser.username()));
    }

    private static OutboxStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OutboxStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("notification.status.invalid", status);
        }
    }

    /** The JPQL restriction of a status; constant text only, never the caller's input. */
    private static String where(OutboxStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case SENT -> " where m.sentAt is not null";
            case UNSENT -> " where m.sentAt is null and m.attempts = 0";
            case FAILED -> " where m.sentAt is null and m.attempts > 0";
        };
    }
}
