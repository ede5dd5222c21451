package fi.koto.agreement.boundary;

/**
 * One step of an agreement's life cycle. {@code date} is the day the step happened (the consultation, the
 * signing, the termination; today when left out where optional); the decision fields belong to RECORD_DECISION;
 * {@code version}, when given, must be the version the caller saw. Dates are YYYY-MM-DD.
 */
public record TransitionRequest(
        String action,
        String comment,
        String date,
        String decisionBody,
        String decisionDate,
        String decisionReference,
        Long version) {}
