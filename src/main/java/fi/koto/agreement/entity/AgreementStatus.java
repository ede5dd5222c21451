package fi.koto.agreement.entity;

import fi.koto.access.control.Role;
import java.util.Optional;

/**
 * Where a placement agreement stands. The enum owns the allowed transitions: DRAFT (recording the consultation
 * keeps it a draft) → SENT_TO_MUNICIPALITY → MUNICIPAL_DECISION_RECORDED → ACTIVE (signed, usually open-ended) →
 * TERMINATED. Termination is allowed from every state but TERMINATED, so that a negotiation that fails can be
 * closed too. Preconditions that depend on the agreement's fields (the consultation before sending, the decision
 * fields) are checked by the boundary; this enum only knows states, actions and roles.
 */
public enum AgreementStatus {
    DRAFT,
    SENT_TO_MUNICIPALITY,
    MUNICIPAL_DECISION_RECORDED,
    ACTIVE,
    TERMINATED;

    /** The status after {@code action}, or empty when the action is not allowed in this status. */
    public Optional<AgreementStatus> after(AgreementAction action) {
        AgreementStatus next =
                switch (action) {
                    case RECORD_CONSULTATION -> this == DRAFT ? DRAFT : null;
                    case SEND -> this == DRAFT ? SENT_TO_MUNICIPALITY : null;
                    case RECORD_DECISION -> this == SENT_TO_MUNICIPALITY ? MUNICIPAL_DECISION_RECORDED : null;
                    case SIGN -> this == MUNICIPAL_DECISION_RECORDED ? ACTIVE : null;
                    case TERMINATE -> this == TERMINATED ? null : TERMINATED;
                };
        return Optional.ofNullable(next);
    }

    /** Whether a user of {@code role} may take {@code action} in this status. */
    public boolean allows(AgreementAction action, Role role) {
        return role.has(action.permission()) && after(action).isPresent();
    }

    /**
     * Whether the municipality's coordinator may upload (or replace) the municipal decision document now: from
     * the time the agreement is sent to the municipality until it is signed.
     */
    public boolean acceptsDecisionDocument() {
        return this == SENT_TO_MUNICIPALITY || this == MUNICIPAL_DECISION_RECORDED;
    }
}
