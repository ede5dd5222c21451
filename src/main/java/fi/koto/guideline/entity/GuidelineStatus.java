package fi.koto.guideline.entity;

import fi.koto.access.control.Role;
import java.util.Optional;
import java.util.Set;

/**
 * Where a regional work-permit guideline is in its half-year cycle (docs/domain.md, "Regional work-permit
 * guidelines"). This enum is the one place that says which action leads from which state to which: an official
 * prepares a draft, sends it to consultation (the parties heard and a deadline), and records the decision; a
 * decided guideline takes effect on its effective day, and ends either superseded (the next guideline of the
 * area took effect) or expired (its period ran out with no successor).
 */
public enum GuidelineStatus {
    DRAFT,
    IN_CONSULTATION,
    DECIDED,
    IN_FORCE,
    SUPERSEDED,
    EXPIRED;

    /** The states whose guidelines are public: decided and after. */
    public static final Set<GuidelineStatus> PUBLISHED = Set.of(DECIDED, IN_FORCE, SUPERSEDED, EXPIRED);

    /** The state the action leads to from this one, or empty when the action is not allowed here. */
    public Optional<GuidelineStatus> after(GuidelineAction action) {
        GuidelineStatus next =
                switch (action) {
                    case START_CONSULTATION -> this == DRAFT ? IN_CONSULTATION : null;
                    case DECIDE -> this == IN_CONSULTATION ? DECIDED : null;
                    case TAKE_EFFECT -> this == DECIDED ? IN_FORCE : null;
                    case SUPERSEDE -> this == IN_FORCE || this == DECIDED ? SUPERSEDED : null;
                    case EXPIRE -> this == IN_FORCE ? EXPIRED : null;
                    case CREATE, EDIT, PARTY_ADDED, STATEMENT_RECORDED -> null;
                };
        return Optional.ofNullable(next);
    }

    /** Whether a person in the role may take the action in this state. */
    public boolean allows(GuidelineAction action, Role role) {
        return action.permission() != null
                && role.has(action.permission())
                && after(action).isPresent();
    }

    /** Whether the period, texts and occupations may still be changed. */
    public boolean isEditable() {
        return this == DRAFT || this == IN_CONSULTATION;
    }

    /** Whether statements of the parties heard may be recorded. */
    public boolean isConsulting() {
        return this == IN_CONSULTATION;
    }

    public boolean isPublished() {
        return PUBLISHED.contains(this);
    }
}
