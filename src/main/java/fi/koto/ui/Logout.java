package fi.koto.ui;

import fi.koto.identity.boundary.SingleSignOn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Logs out: ends the login and the session, then shows the login page. After a single sign-on it also ends the
 * provider's session where the provider offers that (its end_session_endpoint), which then sends the browser back
 * to the login page.
 */
@Named
@RequestScoped
public class Logout {

    @Inject
    SingleSignOn singleSignOn;

    public String logout() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Optional<String> endSession = singleSignOn.logout((HttpServletRequest) external.getRequest());
        if (endSession.isPresent()) {
            external.redirect(endSession.get());
            faces.responseComplete();
            return null;
        }
        return "/login.xhtml?faces-redirect=true";
    }
}
