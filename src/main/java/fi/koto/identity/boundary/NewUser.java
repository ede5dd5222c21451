package fi.koto.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an administrator gives to create an account; {@code ssoSubject} (optional) is the single sign-on provider's
 * {@code sub} for the person (docs/security.md, "Single sign-on").
 */
public record NewUser(
        String username,
        String password,
        String role,

        @NotBlank(message = "{user.displayName.invalid}") @Size(max = 200, message = "{user.displayName.invalid}")
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
