package fi.koto.notification.control;

import fi.koto.notification.entity.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * One attempt to send one outbox row, in its own transaction. The row is locked while it is sent, so the delivery
 * after commit and the retry timer (on this node or another) never send it twice: whoever comes second finds it
 * sent. A failure is counted on the row with the server's answer, and the transaction still commits.
 */
@ApplicationScoped
public class DeliveryAttempt {

    private static final Logger LOG = Logger.getLogger(DeliveryAttempt.class.getName());

    /** After this many failed attempts a row is left alone; its last error stays for operations. */
    public static final int MAX_ATTEMPTS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTransport transport;

    @Inject
    Clock clock;

    /** True when the row was sent now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long outboxId) {
        OutboxMessage message = em.find(OutboxMessage.class, outboxId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isDeliverable(MAX_ATTEMPTS) || !transport.isEnabled()) {
            return false;
        }
        try {
            transport.send(message.getAddress(), message.getSubject(), message.getBody());
            message.markSent(OffsetDateTime.now(clock));
            return true;
        } catch (MessagingException | RuntimeException e) {
            message.markFailed(OffsetDateTime.now(clock), describe(e));
            LOG.warning(() -> "Mail " + outboxId + " (" + message.getKind() + ") not sent, attempt "
                    + message.getAttempts() + " of " + MAX_ATTEMPTS + ": " + describe(e));
            return false;
        }
    }

    /** The exception and its causes in one line, without the stack: what the mail server or network said. */
    static String describe(Throwable e) {
        var text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 900; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return text.toString();
    }
}
