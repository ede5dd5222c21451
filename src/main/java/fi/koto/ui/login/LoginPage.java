package fi.koto.ui.login;

import fi.koto.platform.i18n.Messages;
import fi.koto.ui.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Backs login.xhtml: hands the credential to Jakarta Security and reports failure without detail. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    LanguageSelection languages;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        var credential = new UsernamePasswordCredential(
                username == null ? "" : username.trim(), password == null ? "" : password);
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            languages.afterLogin();
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            ((HttpServletResponse) external.getResponse()).setStatus(HttpServletResponse.SC_OK);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR, Messages.text(languages.current(), "login.failed"), null));
        } else {
            faces.responseComplete();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
