package fi.koto.ui;

import fi.koto.identity.boundary.Accounts;
import fi.koto.identity.boundary.SingleSignOn;
import fi.koto.platform.i18n.SupportedLanguage;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages for this session. Before login it follows the browser (or the visitor's pick);
 * after login it is the account's remembered language, and a change is saved to the account.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    SingleSignOn singleSignOn;

    private SupportedLanguage language;
    private boolean chosenBeforeLogin;

    public Locale getLocale() {
        return current().locale();
    }

    public String getCode() {
        return current().code();
    }

    public SupportedLanguage current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null
                && singleSignOn.takeJustSignedIn(faces.getExternalContext().getSessionMap())) {
            afterLogin(); // a single sign-on lands here without the login page's afterLogin
        }
        if (language == null) {
            language = fromBrowser(FacesContext.getCurrentInstance());
        }
        return language;
    }

    /** The browser's first supported language; Finnish when it names none or sends no preference at all. */
    private static SupportedLanguage fromBrowser(FacesContext faces) {
        if (faces == null || faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") == null) {
            return SupportedLanguage.FI;
        }
        var locales = faces.getExternalContext().getRequestLocales();
        while (locales.hasNext()) {
            Locale locale = locales.next();
            for (SupportedLanguage candidate : SupportedLanguage.values()) {
                if (candidate.code().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return SupportedLanguage.FI;
    }

    /** Switches the language and reloads the page; saved to the account when logged in. */
    public String change(String code) {
        language = SupportedLanguage.parse(code);
        if (accounts.me().isPresent()) {
            accounts.changeLanguage(language);
        } else {
            chosenBeforeLogin = true;
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }

    /** After login: a pick made on the login page is kept and remembered; otherwise the account's is used. */
    public void afterLogin() {
        if (chosenBeforeLogin) {
            accounts.changeLanguage(current());
            chosenBeforeLogin = false;
        } else {
            accounts.me().ifPresent(me -> language = SupportedLanguage.parse(me.language()));
        }
    }

    public SupportedLanguage[] getLanguages() {
        return SupportedLanguage.values();
    }
}
