package fi.koto.access.control;

import fi.koto.identity.entity.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The account and access scope of the caller of this request, looked up once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    private UserAccount account;
    private AccessScope scope;

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", principal.getName())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
        }
        return Optional.ofNullable(account);
    }

    public String username() {
        return account().map(UserAccount::getUsername).orElse("anonymous");
    }

    public AccessScope scope() {
        if (scope == null) {
            scope = account().map(CurrentUser::scopeOf).orElse(AccessScope.none());
        }
        return scope;
    }

    public static AccessScope scopeOf(UserAccount account) {
        if (!account.isEnabled()) {
            return AccessScope.none();
        }
        return switch (account.getRole().scopeKind()) {
            case ALL -> AccessScope.all();
            case AUTHORITY ->
                account.getAuthority() == null
                        ? AccessScope.none()
                        : AccessScope.authority(account.getAuthority().getId());
            case MUNICIPALITIES -> AccessScope.municipalities(account.municipalityCodes());
        };
    }
}
