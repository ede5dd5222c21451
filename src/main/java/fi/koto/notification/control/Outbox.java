package fi.koto.notification.control;

import fi.koto.identity.entity.UserAccount;
import fi.koto.notification.entity.OutboxMessage;
import fi.koto.platform.i18n.SupportedLanguage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way to send people e-mail: {@link #queue} writes one outbox row per recipient in the caller's
 * transaction, with subject and body written in that recipient's language ({@link UserAccount#getLanguage()}).
 * Nothing is sent before the caller's transaction commits, and nothing at all when it rolls back; after the
 * commit the rows are delivered asynchronously and retried by a timer ({@link MailDelivery}).
 *
 * <p>Mail must never break the work it reports on: a recipient without an e-mail address or with a disabled
 * account is skipped, and a recipient whose message cannot be written is logged and skipped. Only a failure of the
 * database itself reaches the caller, as any failed write would.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxQueued> queued;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Queues the notice for each recipient (each person once) inside the current transaction and returns the rows
     * written. Must be called inside a transaction (any boundary method or observer of one is).
     */
    public List<OutboxMessage> queue(Collection<UserAccount> recipients, Notice notice) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Outbox.queue writes in the caller's transaction; there is none");
        }
        Map<Long, UserAccount> unique = new LinkedHashMap<>();
        recipients.forEach(account -> unique.putIfAbsent(account.getId(), account));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OutboxMessage> written = new ArrayList<>();
        for (UserAccount account : unique.values()) {
            if (!reachable(account)) {
                continue;
            }
            SupportedLanguage language = languageOf(account);
            ComposedMail mail;
            try {
                mail = MailComposer.compose(notice, language);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        e,
                        () -> "Could not write the " + notice.kind() + " mail for " + account.getUsername()
                                + "; it is not queued");
                continue;
            }
            var message = new OutboxMessage(
                    account,
                    account.getEmail().trim(),
                    language.code(),
                    notice.kind(),
                    notice.reference(),
                    mail.subject(),
                    mail.body(),
                    now);
            em.persist(message);
            written.add(message);
        }
        if (!written.isEmpty()) {
            queued.fire(
                    new OutboxQueued(written.stream().map(OutboxMessage::getId).toList()));
        }
        return written;
    }

    /** {@link #queue} for accounts given by id; unknown ids are ignored. */
    public List<OutboxMessage> queueForAccounts(Collection<Long> accountIds, Notice notice) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        List<UserAccount> accounts = em.createQuery(
                        "select u from UserAccount u where u.id in :ids order by u.id", UserAccount.class)
                .setParameter("ids", accountIds)
                .getResultList();
        return queue(accounts, notice);
    }

    static boolean reachable(UserAccount account) {
        return account.isEnabled()
                && account.getEmail() != null
                && account.getEmail().contains("@");
    }

    static SupportedLanguage languageOf(UserAccount account) {
        return SupportedLanguage.of(Locale.forLanguageTag(String.valueOf(account.getLanguage())));
    }
}
