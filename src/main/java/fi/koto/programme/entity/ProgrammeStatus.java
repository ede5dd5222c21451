package fi.koto.programme.entity;

import fi.koto.access.control.Role;
import java.util.Optional;

/**
 * Where a programme is in its review cycle. This enum is the one place that says which action leads from which
 * state to which: the coordinator submits a draft (or a programme sent back) and may withdraw it until an
 * official claims it by starting the review; the official then sends it back with a reason or approves it. An
 * approved programme is superseded when a newer one for the same municipalities is approved.
 */
public enum ProgrammeStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    SUPERSEDED;

    /** The state the action leads to from this one, or empty when the action is not allowed here. */
    public Optional<ProgrammeStatus> after(ProgrammeAction action) {
        ProgrammeStatus next =
                switch (action) {
                    case SUBMIT -> this == DRAFT || this == CHANGES_REQUESTED ? SUBMITTED : null;
                    case WITHDRAW -> this == SUBMITTED ? DRAFT : null;
                    case START_REVIEW -> this == SUBMITTED ? IN_REVIEW : null;
                    case REQUEST_CHANGES -> this == IN_REVIEW ? CHANGES_REQUESTED : null;
                    case APPROVE -> this == IN_REVIEW ? APPROVED : null;
                    case SUPERSEDE -> this == APPROVED ? SUPERSEDED : null;
                    case CREATE, ATTACHMENT_ADDED, ATTACHMENT_REMOVED, SHARE, UNSHARE, GUIDANCE_NOTE -> null;
                };
        return Optional.ofNullable(next);
    }

    /** Whether a person in the role may take the action in this state. */
    public boolean allows(ProgrammeAction action, Role role) {
        return action.permission() != null
                && role.has(action.permission())
                && after(action).isPresent();
    }

    /** Whether the coordinator may change the content now. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Whether the official may pin notes and give checklist verdicts now. */
    public boolean isUnderReview() {
        return this == IN_REVIEW;
    }
}
