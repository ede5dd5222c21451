package fi.koto.notification.control;

import fi.koto.audit.control.AuditTrail;
import fi.koto.identity.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The daily digest of overdue reviews: every enabled official with an e-mail address gets at most one mail a day
 * listing all overdue reviews in their scope. Each official is handled in a transaction of their own
 * ({@link DigestForOfficial}), so one failure does not hold back the others and a second run finds them claimed.
 */
@ApplicationScoped
public class OverdueDigest {

    private static final Logger LOG = Logger.getLogger(OverdueDigest.class.getName());

    @Inject
    Recipients recipients;

    @Inject
    DigestForOfficial digests;

    @Inject
    AuditTrail audit;

    /** Queues the day's digests not yet queued; returns how many were queued by this run. */
    public int run(LocalDate day, String actor) {
        List<Long> officials =
                recipients.officialsWithMail().stream().map(UserAccount::getId).toList();
        int queued = 0;
        for (long id : officials) {
            try {
                queued += digests.queue(id, day) ? 1 : 0;
            } catch (RuntimeException e) {
                // Usually another node claimed this official's digest at the same moment.
                LOG.info(() -> "Overdue digest for account " + id + " on " + day + " not queued here: "
                        + DeliveryAttempt.describe(e));
            }
        }
        audit.record(
                actor,
                "NOTIFICATION_DIGEST_RUN",
                "NotificationDigest",
                day.toString(),
                queued + " digests queued for " + officials.size() + " officials");
        int count = queued;
        LOG.info(() -> "Overdue digest for " + day + ": " + count + " queued");
        return queued;
    }
}
