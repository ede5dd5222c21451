package fi.koto.identity.control;

import com.nimbusds.jwt.JWTClaimsSet;
import fi.koto.audit.control.AuditTrail;
import fi.koto.identity.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Finds the Koto account of a person (or service account) the provider vouched for. Koto never creates an account
 * here: an administrator creates it, with its role and scope, and Koto only matches. An account whose single
 * sign-on subject equals the token's {@code sub} always matches; with {@code KOTO_OIDC_MATCH=email} (the default)
 * an account whose e-mail equals the token's {@code email} claim matches too, unless the provider says the address
 * is not verified, and only when exactly one account has that address.
 */
@ApplicationScoped
public class SsoAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The outcome of a match; {@code identity} says whom the provider named, for the refusal page. */
    public record Outcome(Optional<AuthenticatedUser> user, String identity) {}

    @Transactional
    public Outcome match(JWTClaimsSet claims, SsoSettings.Match match, String how) {
        String subject = claims.getSubject();
        String email = verifiedEmail(claims);
        UserAccount account = only(em.createNamedQuery(UserAccount.BY_SSO_SUBJECT, UserAccount.class)
                .setParameter("subject", subject)
                .getResultList());
        if (account == null && match == SsoSettings.Match.EMAIL && email != null) {
            account = only(em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                    .setParameter("email", email)
                    .getResultList());
        }
        String identity = match == SsoSettings.Match.EMAIL && email != null ? email : subject;
        if (account == null) {
            audit.record(truncate("sso:" + identity), "LOGIN_REFUSED", "UserAccount", null, how + ": no account");
            return new Outcome(Optional.empty(), identity);
        }
        if (!account.isEnabled() || account.isLockedAt(OffsetDateTime.now(clock))) {
            audit.record(
                    account.getUsername(),
                    "LOGIN_REFUSED",
                    "UserAccount",
                    String.valueOf(account.getId()),
                    how + (account.isEnabled() ? ": locked" : ": disabled"));
            return new Outcome(Optional.empty(), identity);
        }
        return new Outcome(Optional.of(AuthenticatedUser.of(account.getUsername(), account.getRole())), identity);
    }

    private static String verifiedEmail(JWTClaimsSet claims) {
        try {
            Boolean verified = claims.getBooleanClaim("email_verified");
            String email = claims.getStringClaim("email");
            return Boolean.FALSE.equals(verified) || email == null || email.isBlank() ? null : email.trim();
        } catch (ParseException e) {
            return null;
        }
    }

    private static UserAccount only(List<UserAccount> accounts) {
        return accounts.size() == 1 ? accounts.get(0) : null;
    }

    private static String truncate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64);
    }
}
