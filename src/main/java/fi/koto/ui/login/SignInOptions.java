package fi.koto.ui.login;

import fi.koto.identity.control.OidcProvider;
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
    OidcProvider oidc;

    @Inject
    LanguageSelection languages;

    public boolean isSingleSignOn() {
        return oidc.settings().enabled();
    }

    public boolean isPasswordLogin() {
        return oidc.settings().passwordLogin();
    }

    public String getSingleSignOnPath() {
        return SsoFlow.LOGIN_PATH;
    }

    /** The refusal page's explanation: why, and whom the provider named. */
    public String getRefusal() {
        Object refused = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .get(SsoFlow.SESSION_REFUSED);
        if (!(refused instanceof SsoFlow.RefusedSignIn signIn)) {
            return Messages.text(languages.current(), "sso.refused.FAILED");
        }
        if (signIn.refusal() == SsoFlow.Refusal.UNKNOWN) {
            return signIn.identity() == null
                    ? Messages.text(languages.current(), "sso.refused.UNKNOWN.nobody")
                    : Messages.text(languages.current(), "sso.refused.UNKNOWN", signIn.identity());
        }
        return Messages.text(
                languages.current(), "sso.refused." + signIn.refusal().name());
    }
}
