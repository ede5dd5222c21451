package fi.koto.notification.control;

import fi.koto.identity.entity.UserAccount;
import fi.koto.notification.entity.DigestClaim;
import fi.koto.notification.entity.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One official's digest for one day, in its own transaction: the claim on (official, day) and the outbox row are
 * written together. A claim that already exists means the digest went out (or is going out) already; when two
 * runs race, the unique constraint fails the second one's insert and its transaction, mail included.
 */
@ApplicationScoped
public class DigestForOfficial {

    @PersistenceContext
    EntityManager em;

    @Inject
    OverdueReviews overdueReviews;

    @Inject
    Outbox outbox;

    @Inject
    Links links;

    @Inject
    Clock clock;

    /** True when a digest was queued now; false when already claimed or nothing is overdue. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean queue(long accountId, LocalDate day) {
        UserAccount official = em.find(UserAccount.class, accountId);
        if (official == null || claimed(official, day)) {
            return false;
        }
        List<OverdueReview> overdue = overdueReviews.visibleTo(official.accessScope(), day);
        if (overdue.isEmpty()) {
            return false;
        }
        var claim = new DigestClaim(official, day, OffsetDateTime.now(clock));
        em.persist(claim);
        em.flush(); // a racing run on another node fails here, before anything is queued
        List<OutboxMessage> queued = outbox.queue(
                List.of(official), DigestMessages.notice(overdue, day, links::programme, links.programmeQueue()));
        if (queued.isEmpty()) {
            throw new IllegalStateException("The digest for " + official.getUsername() + " could not be written");
        }
        claim.attach(queued.get(0));
        return true;
    }

    private boolean claimed(UserAccount official, LocalDate day) {
        return !em.createQuery("select c.id from DigestClaim c where c.account = :account and c.day = :day", Long.class)
                .setParameter("account", official)
                .setParameter("day", day)
                .getResultList()
                .isEmpty();
    }
}
