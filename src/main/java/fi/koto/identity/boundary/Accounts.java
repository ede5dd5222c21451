package fi.koto.identity.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.identity.entity.UserAccount;
import fi.koto.platform.i18n.SupportedLanguage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The caller's own account: who they are and their language choice. */
@Stateless
@PermitAll
public class Accounts {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    public Optional<Me> me() {
        return currentUser
                .caller()
                .map(c -> em.find(UserAccount.class, c.accountId()))
                .map(this::describe);
    }

    /** Remembers the caller's language; it is used at their next login too. */
    public void changeLanguage(SupportedLanguage language) {
        UserAccount account = currentUser
                .caller()
                .map(c -> em.find(UserAccount.class, c.accountId()))
                .orElseThrow(() -> new IllegalStateException("not logged in"));
        if (!account.getLanguage().equals(language.code())) {
            account.changeLanguage(language.code());
            currentUser.forget();
            audit.record(
                    account.getUsername(),
                    "LANGUAGE_CHANGED",
                    "UserAccount",
                    String.valueOf(account.getId()),
                    language.code());
        }
    }

    private Me describe(UserAccount account) {
        var scope = currentUser.scope();
        Me.Scope described =
                switch (scope.kind()) {
                    case ALL -> new Me.Scope("ALL", null, List.of());
                    case NONE -> new Me.Scope("NONE", null, List.of());
                    case MUNICIPALITIES ->
                        new Me.Scope(
                                "MUNICIPALITIES",
                                null,
                                List.copyOf(scope.municipalityCodes().stream()
                                        .sorted()
                                        .toList()));
                    case AUTHORITY -> {
                        var a = account.getAuthority();
                        yield new Me.Scope(
                                "AUTHORITY",
                                new Me.Authority(a.getCode(), a.getNameFi(), a.getNameSv(), a.getNameEn()),
                                List.of());
                    }
                };
        List<String> permissions = account.getRole().permissions().stream()
                .map(Permission::name)
                .sorted()
                .toList();
        return new Me(
                account.getUsername(),
                account.getDisplayName(),
                account.getLanguage(),
                List.of(account.getRole().name()),
                permissions,
                described);
    }
}
