package fi.koto.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts delivery of newly queued rows once their transaction has committed; a rollback sends nothing. */
@ApplicationScoped
public class DeliverAfterCommit {

    @Inject
    MailDelivery delivery;

    @Inject
    MailTransport transport;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxQueued queued) {
        if (transport.isEnabled()) {
            delivery.deliverLater(queued.outboxIds());
        }
    }
}
