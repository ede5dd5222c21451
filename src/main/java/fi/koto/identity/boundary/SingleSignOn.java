package fi.koto.identity.boundary;

import fi.koto.identity.control.OidcProvider;
import fi.koto.identity.control.SsoFlow;
import fi.koto.identity.control.TokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;

/**
 * What the pages need of single sign-on (docs/security.md, "Single sign-on"): whether it and the password login
 * are on, why a sign-in was refused, and where a logout sends the browser. The sign-in itself runs in the
 * authentication mechanism, before any page.
 */
@ApplicationScoped
public class SingleSignOn {

    @Inject
    OidcProvider oidc;

    public boolean enabled() {
        return oidc.settings().enabled();
    }

    public boolean passwordLogin() {
        return oidc.settings().passwordLogin();
    }

    /** The address that starts a sign-in at the provider, below the context path. */
    public String loginPath() {
        return SsoFlow.LOGIN_PATH;
    }

    /** Why the last sign-in of this session was refused, if it was. */
    public Optional<SsoFlow.RefusedSignIn> refusal(Map<String, Object> session) {
        return session.get(SsoFlow.SESSION_REFUSED) instanceof SsoFlow.RefusedSignIn refused
                ? Optional.of(refused)
                : Optional.empty();
    }

    /** True once after a single sign-on, so the pages apply the account's language as after a password login. */
    public boolean takeJustSignedIn(Map<String, Object> session) {
        return session.remove(SsoFlow.SESSION_JUST_SIGNED_IN) != null;
    }

    /**
     * Ends the login and the session; answers where to send the browser to end the provider's session too, or
     * empty when the login was no single sign-on or the provider offers no end_session_endpoint.
     */
    public Optional<String> logout(HttpServletRequest request) throws jakarta.servlet.ServletException {
        HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(SsoFlow.SESSION_ID_TOKEN);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        if (!(idToken instanceof String hint) || !enabled()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(oidc.endSessionUrl(hint, SsoFlow.baseUrl(request) + "/login.xhtml"));
        } catch (TokenValidator.ProviderUnavailable e) {
            return Optional.empty(); // Koto's session has ended; the provider's ends when it expires
        }
    }
}
