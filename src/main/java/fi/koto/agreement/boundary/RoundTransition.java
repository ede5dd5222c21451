package fi.koto.agreement.boundary;

/** One step of a places round ({@code CLOSE} or {@code REOPEN}); {@code version}, when given, must be current. */
public record RoundTransition(String action, Long version) {}
