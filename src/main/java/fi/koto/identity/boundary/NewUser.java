package fi.koto.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an administrator gives to create an account. */
public record NewUser(
        String username,
        String password,
        String role,

        @NotBlank(message = "{user.displayName.invalid}") @Size(max = 200, message = "{user.displayName.invalid}")
        String displayName,

        String email,
        String language,
        List<String> municipalityCodes,
        String authorityCode) {}
