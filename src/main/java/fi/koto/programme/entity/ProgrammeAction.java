package fi.koto.programme.entity;

import fi.koto.access.control.Permission;

/**
 * What moves a programme between states, and the permission each move needs. {@code CREATE} starts the
 * timeline; {@code SUPERSEDE} is done by the system when a newer programme for the same municipalities is
 * adopted (or, for one still waiting for adoption, accepted), so no role holds it. {@code ATTACHMENT_ADDED}, {@code ATTACHMENT_REMOVED} and {@code ADOPTION_DOCUMENT} are timeline entries that
 * move nothing: {@link ProgrammeStatus#after} is empty for them, and {@link ProgrammeStatus#isEditable} says when a
 * coordinator may change the attachments. {@code SHARE}, {@code UNSHARE} and {@code GUIDANCE_NOTE} are such entries
 * too: sharing a draft for guidance is a flag on the programme, not a state.
 */
public enum ProgrammeAction {
    CREATE(Permission.PROGRAMME_EDIT, false),
    SUBMIT(Permission.PROGRAMME_EDIT, false),
    WITHDRAW(Permission.PROGRAMME_EDIT, false),
    START_REVIEW(Permission.PROGRAMME_REVIEW, false),
    REQUEST_CHANGES(Permission.PROGRAMME_REVIEW, true),
    /** The authority accepts the review (the state keeps its name APPROVED for API clients). */
    APPROVE(Permission.PROGRAMME_REVIEW, false),
    /** The coordinator records the municipality's adoption decision (body, date, minutes, document). */
    ADOPT(Permission.PROGRAMME_EDIT, false),
    SUPERSEDE(null, false),
    ATTACHMENT_ADDED(Permission.PROGRAMME_EDIT, false),
    ATTACHMENT_REMOVED(Permission.PROGRAMME_EDIT, false),
    /** The coordinator shares a draft with the authority for guidance (a timeline entry; the state stays). */
    SHARE(Permission.PROGRAMME_SHARE, false),
    /** The coordinator makes a shared draft private again (a timeline entry; the state stays). */
    UNSHARE(Permission.PROGRAMME_SHARE, false),
    /** An official leaves a guidance note on a shared draft (a timeline entry; the state stays). */
    GUIDANCE_NOTE(Permission.PROGRAMME_GUIDE, false),
    /** A timeline entry that moves nothing: the adoption decision's document was uploaded (or replaced). */
    ADOPTION_DOCUMENT(Permission.PROGRAMME_EDIT, false);

    private final Permission permission;
    private final boolean commentRequired;

    ProgrammeAction(Permission permission, boolean commentRequired) {
        this.permission = permission;
        this.commentRequired = commentRequired;
    }

    /** The permission a person needs for this action; null when only the system does it. */
    public Permission permission() {
        return permission;
    }

    /** Whether the action sends work back and so must say why. */
    public boolean commentRequired() {
        return commentRequired;
    }
}
