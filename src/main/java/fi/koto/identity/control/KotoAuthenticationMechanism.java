package fi.koto.identity.control;

import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.logging.AccessLog;
import fi.koto.platform.logging.RequestIds;
import fi.koto.platform.persistence.DatabaseUnavailable;
import fi.koto.platform.rest.ProblemResponses;
import fi.koto.platform.web.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one authentication mechanism of the application (Jakarta Security 3 allows one per application), serving
 * two kinds of client:
 * <ul>
 * <li>the REST API under {@code /api/}: HTTP Basic on every request, answered with a JSON problem and 401 when
 * missing or wrong; the session is never consulted, so a session cookie alone never authenticates an API call;
 * <li>pages: the login page passes the credential through {@code SecurityContext.authenticate}; the login is kept
 * in the HTTP session (under a new session id); a protected page without it redirects to the login page.
 * <li>single sign-on (OpenID Connect, when {@code KOTO_OIDC_ISSUER} is set): {@code /oidc/login} and
 * {@code /oidc/callback} run the code flow ({@link SsoFlow}); the API also takes {@code Authorization: Bearer}
 * access tokens of the same provider, validated locally ({@link OidcProvider}); {@code KOTO_PASSWORD_LOGIN=false}
 * switches the password off for both kinds of client.
 * </ul>
 * Koto's own mechanism rather than Jakarta Security's {@code @OpenIdAuthenticationMechanismDefinition}: an
 * application has one mechanism, and the built-in one would replace the form login and the API's Basic and bearer
 * handling instead of sitting beside them (docs/security.md, "Single sign-on").
 */
@ApplicationScoped
public class KotoAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_LOGIN = AuthenticatedUser.class.getName();
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    AuditTrail audit;

    @Inject
    OidcProvider oidc;

    @Inject
    SsoFlow sso;

    @Inject
    SsoAccounts ssoAccounts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // This runs before any filter: its 401 answers and redirects to the login page need the headers too.
        SecurityHeaders.apply(request, response);
        RequestIds.apply(request, response);
        AuthenticationStatus status = authenticate(request, response, context);
        if (status == AuthenticationStatus.SEND_FAILURE || status == AuthenticationStatus.SEND_CONTINUE) {
            // answered here, the request reaches no filter: its access line is written here
            AccessLog.answeredBeforeFilters(request, response.getStatus());
        }
        return status;
    }

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        if (oidc.settings().enabled() && "GET".equals(request.getMethod())) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals(SsoFlow.LOGIN_PATH)) {
                sso.start(request, response);
                return AuthenticationStatus.SEND_CONTINUE;
            }
            if (path.equals(SsoFlow.CALLBACK_PATH)) {
                return sso.callback(request, response, context);
            }
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            if (!oidc.settings().passwordLogin()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return formLogin(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        AuthenticatedUser login = session == null ? null : (AuthenticatedUser) session.getAttribute(SESSION_LOGIN);
        if (login != null) {
            return context.notifyContainerAboutLogin(login.username(), login.groups());
        }
        if (context.isProtected()) {
            redirectToLogin(request, response);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: the id known before login is worthless after it
        }
        var login = new AuthenticatedUser(result.getCallerPrincipal().getName(), result.getCallerGroups());
        request.getSession(true).setAttribute(SESSION_LOGIN, login);
        audit.record(login.username(), "LOGIN", "UserAccount", null, "form login");
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus validateApiRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        String bearer = bearerToken(authorization);
        if (bearer != null && oidc.settings().enabled()) {
            return bearerLogin(bearer, response, context);
        }
        UsernamePasswordCredential credential = basicCredential(authorization);
        if (credential != null && !oidc.settings().passwordLogin()) {
            unauthorized(response, "Password login is switched off here: send a bearer access token.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (credential != null) {
            CredentialValidationResult result;
            try {
                result = identityStore.validate(credential);
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.isCause(e)) {
                    throw e;
                }
                // thrown here, the failure would reach the client as a bare 500 before any error page applies
                response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
                ProblemResponses.write(
                        response,
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Service Unavailable",
                        DatabaseUnavailable.detail(e));
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            unauthorized(response, "The username or password is wrong.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (context.isProtected()) {
            unauthorized(
                    response,
                    oidc.settings().enabled()
                            ? "This API needs a bearer access token of the single sign-on provider"
                                    + (oidc.settings().passwordLogin() ? " or HTTP Basic authentication." : ".")
                            : "This API needs HTTP Basic authentication with a Koto username and password.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.doNothing();
    }

    /** A bearer access token: validated locally, then matched to a Koto account like a person's sign-in. */
    private AuthenticationStatus bearerLogin(String token, HttpServletResponse response, HttpMessageContext context) {
        com.nimbusds.jwt.JWTClaimsSet claims;
        try {
            claims = oidc.validateAccessToken(token);
        } catch (TokenValidator.InvalidToken e) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"koto\", error=\"invalid_token\"");
            ProblemResponses.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "The bearer token is refused: " + e.getMessage() + ".");
            return AuthenticationStatus.SEND_FAILURE;
        } catch (TokenValidator.ProviderUnavailable e) {
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
            ProblemResponses.write(
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Service Unavailable",
                    "The single sign-on provider's keys cannot be read just now.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        var outcome = ssoAccounts.match(claims, oidc.settings().match(), "bearer token");
        if (outcome.user().isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"koto\", error=\"invalid_token\"");
            ProblemResponses.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "The bearer token is valid, but no enabled Koto account matches it.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        AuthenticatedUser user = outcome.user().get();
        return context.notifyContainerAboutLogin(user.username(), user.groups());
    }

    /** The token of {@code Authorization: Bearer token}; null when the header is absent or another scheme. */
    static String bearerToken(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_LOGIN);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Parses {@code Authorization: Basic base64(user:password)}; null when absent or malformed. */
    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void unauthorized(HttpServletResponse response, String detail) {
        if (oidc.settings().passwordLogin()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"koto\", charset=\"UTF-8\"");
        }
        if (oidc.settings().enabled()) {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"koto\"");
        }
        ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    /** Faces Ajax requests cannot follow a 302: they get a partial response that tells the page to navigate. */
    private static void redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>" + "<redirect url=\""
                                + target + "\"/></partial-response>");
            } else {
                response.sendRedirect(target);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
