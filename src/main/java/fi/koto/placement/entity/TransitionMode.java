package fi.koto.placement.entity;

/**
 * How a change of period lengths treats periods that began before it (docs/domain.md, "Compensation",
 * transitional rule). The transitional provision for the shortening of 1.1.2025 was not found in the sources
 * searched, so the mode is a dated setting ({@code compensation_transition}) rather than a fact in code.
 */
public enum TransitionMode {
    /** A period keeps the length valid on the month it began (the length of the law in force then). */
    LENGTH_AT_START,
    /** A period that began earlier ends at the new, shorter length counted from its start, from the change on. */
    NEW_LENGTH_FROM_CHANGE
}
