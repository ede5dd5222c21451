package fi.koto.agreement.entity;

import fi.koto.access.control.Role;
import java.util.Optional;

/**
 * Where an annual places round stands. The enum owns the allowed transitions: OPEN → CLOSED (CLOSE) and back
 * (REOPEN). Only an open round takes answers and sends reminders; answering after the deadline is allowed while
 * the round is open, and marked late.
 */
public enum PlacesRoundStatus {
    OPEN,
    CLOSED;

    /** The status after {@code action}, or empty when the action is not allowed in this status. */
    public Optional<PlacesRoundStatus> after(PlacesRoundAction action) {
        PlacesRoundStatus next =
                switch (action) {
                    case CLOSE -> this == OPEN ? CLOSED : null;
                    case REOPEN -> this == CLOSED ? OPEN : null;
                };
        return Optional.ofNullable(next);
    }

    /** Whether a user of {@code role} may take {@code action} in this status. */
    public boolean allows(PlacesRoundAction action, Role role) {
        return role.has(action.permission()) && after(action).isPresent();
    }

    /** Whether municipalities can answer (or correct their answer) and be reminded. */
    public boolean isOpen() {
        return this == OPEN;
    }
}
