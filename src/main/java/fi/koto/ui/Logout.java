package fi.koto.ui;

import fi.koto.identity.control.OidcProvider;
import fi.koto.identity.control.SsoFlow;
import fi.koto.identity.control.TokenValidator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Logs out: ends the login and the session, then shows the login page. After a single sign-on it also ends the
 * provider's session where the provider offers that (its end_session_endpoint), which then sends the browser back
 * to the login page.
 */
@Named
@RequestScoped
public class Logout {

    @Inject
    OidcProvider oidc;

    public String logout() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Object idToken = external.getSessionMap().get(SsoFlow.SESSION_ID_TOKEN);
        request.logout();
        external.invalidateSession();
        if (idToken instanceof String hint && oidc.settings().enabled()) {
            String endSession;
            try {
                endSession = oidc.endSessionUrl(hint, SsoFlow.baseUrl(request) + "/login.xhtml");
            } catch (TokenValidator.ProviderUnavailable e) {
                endSession = null; // Koto's session has ended; the provider's ends when it expires
            }
            if (endSession != null) {
                external.redirect(endSession);
                faces.responseComplete();
                return null;
            }
        }
        return "/login.xhtml?faces-redirect=true";
    }
}
