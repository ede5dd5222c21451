package fi.koto.identity.control;

import java.util.Locale;
import java.util.Map;

/**
 * The single sign-on settings (docs/security.md, "Single sign-on"), read from the environment once at start-up.
 * Single sign-on is on when {@code KOTO_OIDC_ISSUER} is set; password login stays on unless
 * {@code KOTO_PASSWORD_LOGIN=false}, and can only be switched off while single sign-on is on (otherwise nobody
 * could sign in).
 *
 * @param issuer the provider's issuer URL, exactly as its tokens carry it in {@code iss}; null: no single sign-on
 * @param clientId Koto's client id at the provider, the audience of its ID tokens
 * @param clientSecret Koto's client secret (from the environment only, never a file in the repository)
 * @param match which claim finds the Koto account
 * @param audience the audience an API bearer token must carry (default: the client id)
 * @param scope the scopes asked for at sign-in
 * @param redirectUri the callback address registered at the provider; null: derived from the request
 * @param passwordLogin whether the login form and HTTP Basic on the API accept Koto passwords
 */
public record SsoSettings(
        String issuer,
        String clientId,
        String clientSecret,
        Match match,
        String audience,
        String scope,
        String redirectUri,
        boolean passwordLogin) {

    /** How a signed-in person is matched to the account an administrator created. */
    public enum Match {
        /** The {@code sub} claim against the account's single sign-on subject. */
        SUBJECT,
        /** The {@code email} claim (unless {@code email_verified} is false) against the account's e-mail. */
        EMAIL
    }

    public static SsoSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static SsoSettings from(Map<String, String> env) {
        String issuer = blankToNull(env.get("KOTO_OIDC_ISSUER"));
        String clientId = blankToNull(env.get("KOTO_OIDC_CLIENT_ID"));
        if (issuer != null && clientId == null) {
            throw new IllegalStateException("KOTO_OIDC_ISSUER is set but KOTO_OIDC_CLIENT_ID is not");
        }
        String matchSetting = blankToNull(env.get("KOTO_OIDC_MATCH"));
        Match match;
        try {
            match = matchSetting == null ? Match.EMAIL : Match.valueOf(matchSetting.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("KOTO_OIDC_MATCH must be subject or email, not " + matchSetting);
        }
        String audience = blankToNull(env.get("KOTO_OIDC_AUDIENCE"));
        String scope = blankToNull(env.get("KOTO_OIDC_SCOPE"));
        boolean passwordLogin = issuer == null || !"false".equalsIgnoreCase(env.get("KOTO_PASSWORD_LOGIN"));
        return new SsoSettings(
                issuer,
                clientId,
                blankToNull(env.get("KOTO_OIDC_CLIENT_SECRET")),
                match,
                audience == null ? clientId : audience,
                scope == null ? "openid email profile" : scope,
                blankToNull(env.get("KOTO_OIDC_REDIRECT_URI")),
                passwordLogin);
    }

    public boolean enabled() {
        return issuer != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Where the provider describes itself (OpenID Connect Discovery 1.0, section 4). */
    public String discoveryUrl() {
        return (issuer.endsWith("/") ? issuer : issuer + "/") + ".well-known/openid-configuration";
    }

    @Override
    public String toString() { // never the secret, not even in a log line
        return "SsoSettings[issuer=" + issuer + ", clientId=" + clientId + ", match=" + match + ", audience=" + audience
                + ", passwordLogin=" + passwordLogin + "]";
    }
}
