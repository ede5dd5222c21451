package fi.koto.identity.boundary;

import java.util.List;

/**
 * What an administrator gives to create an account; {@code ssoSubject} (optional) is the single sign-on provider's
 * {@code sub} for the person (docs/security.md, "Single sign-on").
 */
public record NewUser(
        String username,
        String password,
        String role,
        String displayName,
        String email,
        String language,
        List<String> municipalityCodes,
        String authorityCode,
        String ssoSubject) {

    /** An account without a single sign-on subject. */
    public NewUser(
            String username,
            String password,
            String role,
            String displayName,
            String email,
            String language,
            List<String> municipalityCodes,
            String authorityCode) {
        this(username, password, role, displayName, email, language, municipalityCodes, authorityCode, null);
    }
}
