package fi.koto.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void permissionNameConstantsMatchTheEnum() throws IllegalAccessException {
        Set<String> constants = new java.util.TreeSet<>();
        for (Field field : Permission.Names.class.getFields()) {
            assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
            constants.add(field.getName());
        }
        assertThat(constants)
                .isEqualTo(Arrays.stream(Permission.values())
                        .map(Enum::name)
                        .collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    @Test
    void onlyAdministratorsManageUsersAndOnlyBroadRolesSeeEverything() {
        for (Role role : Role.values()) {
            assertThat(role.has(Permission.MANAGE_USERS)).as(role.name()).isEqualTo(role == Role.ADMIN);
            assertThat(role.has(Permission.VIEW_MUNICIPALITIES)).as(role.name()).isTrue();
        }
        assertThat(Role.COORDINATOR.scopeKind()).isEqualTo(Role.ScopeKind.MUNICIPALITIES);
        assertThat(Role.OFFICIAL.scopeKind()).isEqualTo(Role.ScopeKind.AUTHORITY);
        assertThat(Role.MANAGER.scopeKind()).isEqualTo(Role.ScopeKind.ALL);
    }
}
