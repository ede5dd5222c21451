package fi.koto.guideline.entity;

import fi.koto.access.control.Permission;

/**
 * What moves a work-permit guideline between states, and the permission each move needs. {@code TAKE_EFFECT},
 * {@code SUPERSEDE} and {@code EXPIRE} are done by the system on the day (at the decision, or by the daily
 * lifecycle run), so no role holds them. {@code CREATE}, {@code EDIT}, {@code PARTY_ADDED} and
 * {@code STATEMENT_RECORDED} are timeline entries that move nothing: {@link GuidelineStatus#after} is empty for
 * them, and {@link GuidelineStatus#isEditable} / {@link GuidelineStatus#isConsulting} say when they are allowed.
 */
public enum GuidelineAction {
    CREATE(Permission.GUIDELINE_EDIT),
    EDIT(Permission.GUIDELINE_EDIT),
    START_CONSULTATION(Permission.GUIDELINE_EDIT),
    PARTY_ADDED(Permission.GUIDELINE_EDIT),
    STATEMENT_RECORDED(Permission.GUIDELINE_EDIT),
    DECIDE(Permission.GUIDELINE_EDIT),
    TAKE_EFFECT(null),
    SUPERSEDE(null),
    EXPIRE(null);

    private final Permission permission;

    GuidelineAction(Permission permission) {
        this.permission = permission;
    }

    /** The permission a person needs for this action; null when only the system does it. */
    public Permission permission() {
        return permission;
    }
}
