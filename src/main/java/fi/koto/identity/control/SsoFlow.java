package fi.koto.identity.control;

import fi.koto.audit.control.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The browser side of single sign-on, the OpenID Connect authorization code flow with PKCE (RFC 7636):
 * {@code /oidc/login} sends the browser to the provider with a fresh state, nonce and code challenge kept in the
 * session; {@code /oidc/callback} checks the state, exchanges the code, validates the ID token and its nonce, and
 * matches the person to a Koto account ({@link SsoAccounts}), or shows the refusal page
 * ({@code /sso-refused.xhtml}). Both run inside {@link KotoAuthenticationMechanism}, before any servlet.
 */
@ApplicationScoped
public class SsoFlow {

    public static final String LOGIN_PATH = "/oidc/login";
    public static final String CALLBACK_PATH = "/oidc/callback";
    public static final String REFUSED_PAGE = "/sso-refused.xhtml";
    /** The session attribute with the raw ID token of a single sign-on, for the logout's id_token_hint. */
    public static final String SESSION_ID_TOKEN = SsoFlow.class.getName() + ".idToken";
    /** The session attribute saying whom the provider named when Koto refused (shown on the refusal page). */
    public static final String SESSION_REFUSED = SsoFlow.class.getName() + ".refused";

    /** Set by a single sign-on until the pages have applied the account's language (LanguageSelection). */
    public static final String SESSION_JUST_SIGNED_IN = SsoFlow.class.getName() + ".justSignedIn";

    private static final String SESSION_PENDING = SsoFlow.class.getName() + ".pending";
    private static final Logger LOG = Logger.getLogger(SsoFlow.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OidcProvider provider;

    @Inject
    SsoAccounts accounts;

    @Inject
    AuditTrail audit;

    /** What the session remembers between the redirect to the provider and the callback. */
    record Pending(String state, String nonce, String codeVerifier) implements Serializable {}

    /** Why a refusal, as the refusal page's message key suffix. */
    public enum Refusal {
        UNKNOWN,
        FAILED
    }

    public void start(HttpServletRequest request, HttpServletResponse response) {
        var pending = new Pending(random(), random(), random());
        request.getSession(true).setAttribute(SESSION_PENDING, pending);
        redirect(
                response,
                provider.authorizationUrl(
                        redirectUri(request), pending.state(), pending.nonce(), challenge(pending.codeVerifier())));
    }

    public AuthenticationStatus callback(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(SESSION_PENDING);
        if (session != null) {
            session.removeAttribute(SESSION_PENDING); // a state is good for one callback only
        }
        String code = request.getParameter("code");
        if (pending == null || code == null || !pending.state().equals(request.getParameter("state"))) {
            LOG.info(() -> "Single sign-on callback refused: "
                    + (pending == null
                            ? "no sign-in was started"
                            : code == null
                                    ? "the provider sent error " + sanitized(request.getParameter("error"))
                                    : "the state is not the one Koto sent"));
            return refuse(request, response, Refusal.FAILED, null);
        }
        OidcProvider.SignIn signIn;
        try {
            signIn = provider.exchange(code, redirectUri(request), pending.codeVerifier(), pending.nonce());
        } catch (TokenValidator.InvalidToken | TokenValidator.ProviderUnavailable e) {
            LOG.log(Level.WARNING, "Single sign-on failed: {0}", e.getMessage());
            return refuse(request, response, Refusal.FAILED, null);
        }
        var outcome = accounts.match(signIn.claims(), provider.settings().match(), "single sign-on");
        if (outcome.user().isEmpty()) {
            return refuse(request, response, Refusal.UNKNOWN, outcome.identity());
        }
        AuthenticatedUser login = outcome.user().get();
        request.changeSessionId(); // no session fixation: the id known before sign-in is worthless after it
        HttpSession signedIn = request.getSession();
        signedIn.setAttribute(KotoAuthenticationMechanism.SESSION_LOGIN, login);
        signedIn.setAttribute(SESSION_ID_TOKEN, signIn.idToken());
        signedIn.removeAttribute(SESSION_REFUSED);
        signedIn.setAttribute(SESSION_JUST_SIGNED_IN, Boolean.TRUE);
        audit.record(login.username(), "LOGIN", "UserAccount", null, "single sign-on");
        redirect(response, request.getContextPath() + "/index.xhtml");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, Refusal refusal, String identity) {
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_REFUSED, new RefusedSignIn(refusal, identity));
        redirect(response, request.getContextPath() + REFUSED_PAGE);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Shown on the refusal page: why, and whom the provider named (null when it named nobody). */
    public record RefusedSignIn(Refusal refusal, String identity) implements Serializable {}

    /** Where the provider sends the browser back: {@code KOTO_OIDC_REDIRECT_URI}, or this server's callback. */
    String redirectUri(HttpServletRequest request) {
        String configured = provider.settings().redirectUri();
        return configured != null ? configured : baseUrl(request) + CALLBACK_PATH;
    }

    /** Koto's address as the browser sees it (behind a proxy, set KOTO_OIDC_REDIRECT_URI instead). */
    public static String baseUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sanitized(String value) {
        return value == null ? "none" : value.replaceAll("[^A-Za-z0-9_.-]", "?");
    }

    private static void redirect(HttpServletResponse response, String target) {
        try {
            response.sendRedirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
