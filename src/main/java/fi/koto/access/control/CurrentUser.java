package fi.koto.access.control;

import fi.koto.platform.i18n.SupportedLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The caller of this request and their access scope, built from the authenticated principal once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Callers callers;

    private Caller caller;

    public Optional<Caller> caller() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            caller = callers.byUsername(principal.getName()).orElse(null);
        }
        return Optional.ofNullable(caller);
    }

    public String username() {
        return caller().map(Caller::username).orElse("anonymous");
    }

    public AccessScope scope() {
        return caller().map(Caller::scope).orElse(AccessScope.none());
    }

    /** The caller's role, empty when nobody is logged in. */
    public Optional<Role> role() {
        return caller().map(Caller::role);
    }

    /** The language the caller chose (Finnish when nobody is logged in). */
    public SupportedLanguage language() {
        return caller().map(Caller::language).map(SupportedLanguage::parse).orElse(SupportedLanguage.FI);
    }

    /** Forgets what was looked up, after the caller's own account changed in this request. */
    public void forget() {
        caller = null;
    }
}
