package fi.koto.identity.boundary;

import fi.koto.identity.entity.UserAccount;
import java.io.Serializable;
import java.util.List;

/** An account as the administrator's list shows it; never the password hash. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        String role,
        String email,
        String language,
        boolean enabled,
        java.time.OffsetDateTime lockedUntil,
        List<String> municipalityCodes,
        String authorityCode,
        String ssoSubject,
        long version)
        implements Serializable {

    static UserSummary of(UserAccount a) {
        return new UserSummary(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getRole().name(),
                a.getEmail(),
                a.getLanguage(),
                a.isEnabled(),
                a.getLockedUntil(),
                List.copyOf(a.municipalityCodes()),
                a.getAuthority() == null ? null : a.getAuthority().getCode(),
                a.getSsoSubject(),
                a.getVersion());
    }
}
