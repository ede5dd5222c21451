package fi.koto.access.control;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the caller may see: every municipality (managers, administrators), the municipalities one authority
 * serves (officials), a fixed set of municipalities (coordinators), or nothing (an account without a binding).
 */
public record AccessScope(Kind kind, Long authorityId, Set<String> municipalityCodes) implements Serializable {

    public enum Kind {
        ALL,
        AUTHORITY,
        MUNICIPALITIES,
        NONE
    }

    public AccessScope {
        municipalityCodes = Set.copyOf(municipalityCodes == null ? Set.of() : municipalityCodes);
    }

    public static AccessScope all() {
        return new AccessScope(Kind.ALL, null, Set.of());
    }

    public static AccessScope none() {
        return new AccessScope(Kind.NONE, null, Set.of());
    }

    public static AccessScope authority(long authorityId) {
        return new AccessScope(Kind.AUTHORITY, authorityId, Set.of());
    }

    public static AccessScope municipalities(Set<String> codes) {
        return codes.isEmpty() ? none() : new AccessScope(Kind.MUNICIPALITIES, null, new TreeSet<>(codes));
    }
}
