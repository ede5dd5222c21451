package fi.koto.identity.control;

import fi.koto.access.control.Permission;
import fi.koto.access.control.Role;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/** The result of a successful login: the caller's name and the groups (role and permissions) it holds. */
public record AuthenticatedUser(String username, Set<String> groups) implements Serializable {

    public static AuthenticatedUser of(String username, Role role) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(role.name());
        for (Permission permission : role.permissions()) {
            groups.add(permission.name());
        }
        return new AuthenticatedUser(username, Set.copyOf(groups));
    }
}
