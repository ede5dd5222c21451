package fi.koto.identity.boundary;

import fi.koto.access.control.Permission;
import fi.koto.access.control.Role;
import fi.koto.audit.control.AuditTrail;
import fi.koto.identity.control.PasswordHasher;
import fi.koto.identity.control.PasswordRules;
import fi.koto.identity.entity.UserAccount;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.platform.validation.RequestValidation;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Account administration: administrators create accounts and bind them to municipalities or an authority. */
@Stateless
@RolesAllowed(Permission.Names.MANAGE_USERS)
public class Users {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RequestValidation validation;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    public List<UserSummary> list() {
        return em
                .createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList()
                .stream()
                .map(UserSummary::of)
                .toList();
    }

    /** Creates an account after checking every field; all problems are reported at once. */
    public UserSummary create(NewUser user) {
        List<Reason> problems = validation.reasons(user);
        String username = user.username() == null ? "" : user.username().trim().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._-]{3,64}")) {
            problems.add(Reason.of("user.username.invalid"));
        }
        problems.addAll(PasswordRules.check(user.password()));
        Role role = parseRole(user.role(), problems);
        if (user.ssoSubject() != null && user.ssoSubject().trim().length() > 255) {
            problems.add(Reason.of("user.ssoSubject.invalid"));
        }
        String language = user.language() == null ? "fi" : user.language();
        try {
            language = SupportedLanguage.parse(language).code();
        } catch (InvalidInputException e) {
            problems.addAll(e.reasons());
        }
        List<Municipality> municipalities = new ArrayList<>();
        RegionalAuthority authority = null;
        if (role == Role.COORDINATOR) {
            List<String> codes = user.municipalityCodes() == null ? List.of() : user.municipalityCodes();
            if (codes.isEmpty()) {
                problems.add(Reason.of("user.municipalities.required"));
            }
            for (String code : codes) {
                Municipality m = code == null ? null : em.find(Municipality.class, code);
                if (m == null) {
                    problems.add(Reason.of("user.municipality.unknown", String.valueOf(code)));
                } else {
                    municipalities.add(m);
                }
            }
        } else if (role == Role.OFFICIAL) {
            authority = currentAuthority(user.authorityCode());
            if (authority == null) {
                problems.add(Reason.of("user.authority.unknown", String.valueOf(user.authorityCode())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean taken = !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new ConflictException("user.username.taken", username);
        }
        String ssoSubject = user.ssoSubject() == null || user.ssoSubject().isBlank()
                ? null
                : user.ssoSubject().trim();
        if (ssoSubject != null
                && !em.createNamedQuery(UserAccount.BY_SSO_SUBJECT, UserAccount.class)
                        .setParameter("subject", ssoSubject)
                        .getResultList()
                        .isEmpty()) {
            throw new ConflictException("user.ssoSubject.taken", ssoSubject);
        }
        var account = new UserAccount(
                username,
                PasswordHasher.hash(user.password().toCharArray()),
                role,
                user.displayName().trim(),
                language,
                OffsetDateTime.now(clock));
        account.changeEmail(user.email());
        account.linkSsoSubject(ssoSubject);
        municipalities.forEach(account::addMunicipality);
        if (authority != null) {
            account.assignAuthority(authority);
        }
        em.persist(account);
        em.flush();
        audit.record(
                security.getCallerPrincipal().getName(),
                "USER_CREATED",
                "UserAccount",
                String.valueOf(account.getId()),
                username + ", role " + role);
        return UserSummary.of(account);
    }

    /** Enables or disables an account; {@code version} is the one the administrator saw (stale: 409). */
    public UserSummary setEnabled(long id, boolean enabled, long version) {
        UserAccount account = find(id);
        if (account.getVersion() != version) {
            throw new ConflictException("user.stale", account.getUsername());
        }
        if (!enabled
                && account.getUsername().equals(security.getCallerPrincipal().getName())) {
            throw new InvalidInputException("user.disable.self");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(
                security.getCallerPrincipal().getName(),
                enabled ? "USER_ENABLED" : "USER_DISABLED",
                "UserAccount",
                String.valueOf(id),
                account.getUsername());
        em.flush();
        return UserSummary.of(account);
    }

    /** Lifts a lock left by wrong passwords before it runs out. */
    public UserSummary unlock(long id) {
        UserAccount account = find(id);
        em.createQuery("update UserAccount u set u.failedLogins = 0, u.lockedUntil = null where u.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        audit.record(
                security.getCallerPrincipal().getName(),
                "USER_UNLOCKED",
                "UserAccount",
                String.valueOf(id),
                account.getUsername());
        em.refresh(account);
        return UserSummary.of(account);
    }

    private UserAccount find(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new fi.koto.platform.failure.NotFoundException("user.notFound", id);
        }
        return account;
    }

    private static Role parseRole(String role, List<Reason> problems) {
        try {
            return Role.valueOf(String.valueOf(role).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of("user.role.invalid", String.valueOf(role)));
            return null;
        }
    }

    private RegionalAuthority currentAuthority(String code) {
        if (code == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select a from RegionalAuthority a where a.code = :code", RegionalAuthority.class)
                .setParameter("code", code.trim().toUpperCase(Locale.ROOT))
                .getResultStream()
                .filter(a -> a.existsOn(today))
                .findFirst()
                .orElse(null);
    }
}
