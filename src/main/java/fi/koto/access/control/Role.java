package fi.koto.access.control;

import static fi.koto.access.control.Permission.AGREEMENT_DECIDE;
import static fi.koto.access.control.Permission.AGREEMENT_MANAGE;
import static fi.koto.access.control.Permission.AGREEMENT_READ;
import static fi.koto.access.control.Permission.GUIDELINE_EDIT;
import static fi.koto.access.control.Permission.GUIDELINE_READ;
import static fi.koto.access.control.Permission.MANAGE_NOTIFICATIONS;
import static fi.koto.access.control.Permission.MANAGE_REFERENCE_DATA;
import static fi.koto.access.control.Permission.MANAGE_USERS;
import static fi.koto.access.control.Permission.PLACEMENTS_IMPORT;
import static fi.koto.access.control.Permission.PLACES_ROUND_ANSWER;
import static fi.koto.access.control.Permission.PLACES_ROUND_MANAGE;
import static fi.koto.access.control.Permission.PLACES_ROUND_READ;
import static fi.koto.access.control.Permission.PROGRAMME_EDIT;
import static fi.koto.access.control.Permission.PROGRAMME_GUIDE;
import static fi.koto.access.control.Permission.PROGRAMME_READ;
import static fi.koto.access.control.Permission.PROGRAMME_REVIEW;
import static fi.koto.access.control.Permission.PROGRAMME_SHARE;
import static fi.koto.access.control.Permission.PULL_REPORTS;
import static fi.koto.access.control.Permission.REPORT_SCHEDULED_READ;
import static fi.koto.access.control.Permission.VIEW_AUDIT;
import static fi.koto.access.control.Permission.VIEW_MUNICIPALITIES;

import java.util.EnumSet;
import java.util.Set;

/** The user types of Koto, each a fixed set of permissions and a kind of access scope. */
public enum Role {
    /** Municipal integration coordinator, bound to one or more municipalities. */
    COORDINATOR(
            ScopeKind.MUNICIPALITIES,
            EnumSet.of(
                    VIEW_MUNICIPALITIES,
                    PULL_REPORTS,
                    PROGRAMME_READ,
                    PROGRAMME_EDIT,
                    PROGRAMME_SHARE,
                    AGREEMENT_READ,
                    AGREEMENT_DECIDE,
                    PLACES_ROUND_READ,
                    PLACES_ROUND_ANSWER,
                    GUIDELINE_READ)),
    /** Regional official, bound to one regional authority and the municipalities it serves. */
    OFFICIAL(
            ScopeKind.AUTHORITY,
            EnumSet.of(
                    VIEW_MUNICIPALITIES,
                    PULL_REPORTS,
                    PROGRAMME_READ,
                    PROGRAMME_REVIEW,
                    PROGRAMME_GUIDE,
                    AGREEMENT_READ,
                    AGREEMENT_MANAGE,
                    PLACEMENTS_IMPORT,
                    PLACES_ROUND_READ,
                    PLACES_ROUND_MANAGE,
                    REPORT_SCHEDULED_READ,
                    GUIDELINE_READ,
                    GUIDELINE_EDIT)),
    /** Manager: reads everything and pulls reports. */
    MANAGER(
            ScopeKind.ALL,
            EnumSet.of(
                    VIEW_MUNICIPALITIES,
                    PULL_REPORTS,
                    VIEW_AUDIT,
                    PROGRAMME_READ,
                    AGREEMENT_READ,
                    PLACES_ROUND_READ,
                    REPORT_SCHEDULED_READ,
                    GUIDELINE_READ)),
    /** Administrator: manages users and reference data. */
    ADMIN(
            ScopeKind.ALL,
            EnumSet.of(
                    VIEW_MUNICIPALITIES,
                    VIEW_AUDIT,
                    MANAGE_USERS,
                    MANAGE_REFERENCE_DATA,
                    PROGRAMME_READ,
                    AGREEMENT_READ,
                    PLACEMENTS_IMPORT,
                    MANAGE_NOTIFICATIONS,
                    PLACES_ROUND_READ,
                    GUIDELINE_READ));

    /** What a role's scope is bound to. */
    public enum ScopeKind {
        MUNICIPALITIES,
        AUTHORITY,
        ALL
    }

    private final ScopeKind scopeKind;
    private final Set<Permission> permissions;

    Role(ScopeKind scopeKind, Set<Permission> permissions) {
        this.scopeKind = scopeKind;
        this.permissions = permissions;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }
}
