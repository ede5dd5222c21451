package fi.koto.identity.boundary;

import java.util.List;

/** What an administrator gives to create an account. */
public record NewUser(
        String username,
        String password,
        String role,
        String displayName,
        String email,
        String language,
        List<String> municipalityCodes,
        String authorityCode) {}
