package fi.koto.identity.boundary;

import java.io.Serializable;
import java.util.List;

/** Who the caller is and what they may see, as the home page and {@code GET /api/v1/me} show it. */
public record Me(
        String username, String displayName, String language, List<String> roles, List<String> permissions, Scope scope)
        implements Serializable {

    /** The caller's access scope: ALL, AUTHORITY (with the authority) or MUNICIPALITIES (with their codes). */
    public record Scope(String type, Authority authority, List<String> municipalities) implements Serializable {}

    public record Authority(String code, String nameFi, String nameSv, String nameEn) implements Serializable {}
}
