package fi.koto.agreement.entity;

/**
 * Where one municipality stands in an annual places round, as the round page and the PLACES_ROUND report show
 * it: answered by the deadline, answered after it, not yet answered, or not answered and past the deadline.
 */
public enum AnswerState {
    ANSWERED,
    ANSWERED_LATE,
    OUTSTANDING,
    OVERDUE;

    public boolean isAnswered() {
        return this == ANSWERED || this == ANSWERED_LATE;
    }
}
