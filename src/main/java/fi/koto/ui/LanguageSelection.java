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

    /** Switches the language; saved to the account when logged in (the links of the switch, LanguageLinkFilter). */
    public void choose(String code) {
        language = SupportedLanguage.parse(code);
        if (accounts.me().isPresent()) {
            accounts.changeLanguage(language);
        } else {
            chosenBeforeLogin = true;
        }
    }

    /** The address of this page in another language: the same path and parameters, with {@code language=code}. */
    public String linkTo(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var request = (jakarta.servlet.http.HttpServletRequest)
                faces.getExternalContext().getRequest();
        String rest = queryWithout(request.getQueryString(), LanguageLinkFilter.PARAMETER);
        String uri = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        return (uri == null ? request.getRequestURI() : uri) + "?" + (rest.isEmpty() ? "" : rest + "&")
                + LanguageLinkFilter.PARAMETER + "=" + code;
    }

    /** A query string without one parameter; empty for none. */
    /**
     * The value of a parameter in a raw query string, read without {@code getParameter}: asking the request for a
     * parameter parses them all before Faces sets the request's character encoding, which Payara then refuses with a
     * WARNING on every page (docs/operations.md, "Logs"). Only the first occurrence counts; none, or one without a
     * value, is empty.
     */
    static java.util.Optional<String> queryValue(String query, String parameter) {
        if (query == null || query.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith(parameter + "="))
                .map(pair -> java.net.URLDecoder.decode(
                        pair.substring(parameter.length() + 1), java.nio.charset.StandardCharsets.UTF_8))
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    static String queryWithout(String query, String parameter) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return java.util.Arrays.stream(query.split("&"))
                .filter(pair -> !pair.equals(parameter) && !pair.startsWith(parameter + "="))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** Uses the language for this session from a link ({@code ?lang=sv} on the public pages), without saving it. */
    public void use(String code) {
        for (SupportedLanguage candidate : SupportedLanguage.values()) {
            if (candidate.code().equals(code)) {
                language = candidate;
            }
        }
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
