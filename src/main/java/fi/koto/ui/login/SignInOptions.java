package fi.koto.ui.login;

import fi.koto.identity.boundary.SingleSignOn;
import fi.koto.identity.control.SsoFlow;
import fi.koto.platform.i18n.Messages;
import fi.koto.ui.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the login page's choice of single sign-on and password, and the single sign-on refusal page. */
@Named
@RequestScoped
public class SignInOptions {

    @Inject
    SingleSignOn singleSignOn;

    @Inject
    LanguageSelection languages;

    public boolean isSingleSignOn() {
        return singleSignOn.enabled();
    }

    public boolean isPasswordLogin() {
        return singleSignOn.passwordLogin();
    }

    public String getSingleSignOnPath() {
        return singleSignOn.loginPath();
    }

    /** The refusal page's explanation: why, and whom the provider named. */
    public String getRefusal() {
        var refused = singleSignOn.refusal(
                FacesContext.getCurrentInstance().getExternalContext().getSessionMap());
        if (refused.isEmpty()) {
            return Messages.text(languages.current(), "sso.refused.FAILED");
        }
        SsoFlow.RefusedSignIn signIn = refused.get();
        if (signIn.refusal() == SsoFlow.Refusal.UNKNOWN) {
            return signIn.identity() == null
                    ? Messages.text(languages.current(), "sso.refused.UNKNOWN.nobody")
                    : Messages.text(languages.current(), "sso.refused.UNKNOWN", signIn.identity());
        }
        return Messages.text(
                languages.current(), "sso.refused." + signIn.refusal().name());
    }
}
