package fi.koto.notification.control;

import fi.koto.access.control.Role;
import fi.koto.guideline.control.GuidelineExpiring;
import fi.koto.identity.entity.UserAccount;
import fi.koto.notification.entity.NotificationKind;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails the officials of a guideline's authorities that it ends within the reminder period and no successor is
 * decided. Observes the reminder inside the lifecycle run's transaction and queues in the outbox there, so a run
 * that rolls back mails nobody; delivery happens after the commit.
 */
@ApplicationScoped
public class GuidelineReminderMails {

    private static final Logger LOG = Logger.getLogger(GuidelineReminderMails.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Links links;

    void onExpiring(@Observes GuidelineExpiring expiring) {
        try {
            List<RegionalAuthority> authorities = em.createQuery(
                            "select a from RegionalAuthority a where a.id in :ids order by a.code",
                            RegionalAuthority.class)
                    .setParameter("ids", expiring.authorityIds())
                    .getResultList();
            List<UserAccount> officials = em.createQuery(
                            "select u from UserAccount u where u.role = :role and u.enabled = true"
                                    + " and u.email is not null and u.authority.id in :ids order by u.username",
                            UserAccount.class)
                    .setParameter("role", Role.OFFICIAL)
                    .setParameter("ids", expiring.authorityIds())
                    .getResultList();
            Localized names = language -> String.join(
                    ", ", authorities.stream().map(a -> a.name(language.code())).toList());
            outbox.queue(
                    officials,
                    Notice.of(
                            NotificationKind.GUIDELINE_EXPIRING,
                            "WorkPermitGuideline:" + expiring.guidelineId(),
                            "notification.guideline.expiring.subject",
                            "notification.guideline.expiring.body",
                            Localized.date(expiring.lastDay()),
                            names,
                            expiring.daysLeft(),
                            links.guideline(expiring.guidelineId())));
        } catch (RuntimeException e) {
            // Mail never stops the run itself: the reminder is in the audit trail.
            LOG.log(Level.WARNING, e, () -> "No mail queued for guideline " + expiring.guidelineId());
        }
    }
}
