package fi.koto.notification.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every five minutes, tries again the mail that could not be sent (at most {@link DeliveryAttempt#MAX_ATTEMPTS}
 * times per mail, within a day of queueing). Not persistent: each node runs its own, and the row lock in
 * {@link DeliveryAttempt} keeps two nodes from sending the same mail.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRetry {

    private static final Logger LOG = Logger.getLogger(OutboxRetry.class.getName());

    @Inject
    MailDelivery delivery;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "koto-mail-retry")
    void retry() {
        int sent = delivery.retryDue();
        if (sent > 0) {
            LOG.info(() -> "Mail retry: " + sent + " delayed notifications sent");
        }
    }
}
