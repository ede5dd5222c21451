package fi.koto.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an administrator gives to create an account; {@code ssoSubject} (optional) is the single sign-on provider's
 * {@code sub} for the person (docs/security.md, "Single sign-on"). One constructor only: JSON-B builds a record
 * through its single constructor, and a second one made every request body unreadable (400).
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
        String ssoSubject) {}
