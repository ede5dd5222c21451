package fi.koto.identity.control;

import fi.koto.audit.control.AuditTrail;
import fi.koto.identity.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Checks a username and password against the account table and applies {@link LoginPolicy}. Unknown users and
 * locked accounts cost the same hashing work as a wrong password, so timing does not reveal which it was.
 */
@ApplicationScoped
public class Authenticator {

    private static final String NOBODY_HASH = PasswordHasher.hash("no such user".toCharArray());

    /** API clients send their password with every request; see {@link RecentCredentials} for why this is safe. */
    private final RecentCredentials recent = new RecentCredentials(Duration.ofMinutes(5), 10_000);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Optional<AuthenticatedUser> authenticate(String username, char[] password) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null) {
            PasswordHasher.verify(password, NOBODY_HASH);
            audit.record(truncate(username), "LOGIN_FAILED", "UserAccount", null, "unknown user");
            return Optional.empty();
        }
        if (!account.isEnabled() || account.isLockedAt(now)) {
            PasswordHasher.verify(password, NOBODY_HASH);
            audit.record(
                    username,
                    "LOGIN_REFUSED",
                    "UserAccount",
                    String.valueOf(account.getId()),
                    account.isEnabled() ? "locked until " + account.getLockedUntil() : "disabled");
            return Optional.empty();
        }
        if (!passwordMatches(account, password, now)) {
            recordFailure(account, now);
            return Optional.empty();
        }
        if (account.getFailedLogins() > 0 || account.getLockedUntil() != null) {
            // A bulk update leaves @Version alone: a login must not make an administrator's open form stale.
            em.createQuery("update UserAccount u set u.failedLogins = 0, u.lockedUntil = null where u.id = :id")
                    .setParameter("id", account.getId())
                    .executeUpdate();
        }
        return Optional.of(AuthenticatedUser.of(account.getUsername(), account.getRole()));
    }

    private boolean passwordMatches(UserAccount account, char[] password, OffsetDateTime now) {
        String stored = account.getPasswordHash();
        if (recent.confirms(account.getUsername(), password, stored, now.toInstant())) {
            return true;
        }
        if (!PasswordHasher.verify(password, stored)) {
            recent.forget(account.getUsername());
            return false;
        }
        recent.remember(account.getUsername(), password, stored, now.toInstant());
        return true;
    }

    private void recordFailure(UserAccount account, OffsetDateTime now) {
        int failures = account.getFailedLogins() + 1;
        boolean lock = LoginPolicy.locksAfter(failures);
        em.createQuery("update UserAccount u set u.failedLogins = :failures, u.lockedUntil = :lockedUntil"
                        + " where u.id = :id")
                .setParameter("failures", lock ? 0 : failures)
                .setParameter("lockedUntil", lock ? now.plus(LoginPolicy.LOCK_DURATION) : null)
                .setParameter("id", account.getId())
                .executeUpdate();
        audit.record(
                account.getUsername(),
                lock ? "ACCOUNT_LOCKED" : "LOGIN_FAILED",
                "UserAccount",
                String.valueOf(account.getId()),
                "wrong password, " + failures + " in a row");
    }

    private static String truncate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64);
    }
}
