package fi.koto.agreement.boundary;

/**
 * CDI event fired after every change of a places round: {@code OPENED}, {@code ANSWERED} (with the
 * municipality), {@code REMINDED}, {@code CLOSE}, {@code REOPEN}. Fired inside the transaction; observers that
 * act outside the database observe it with {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record PlacesRoundChanged(
        long roundId, String authorityCode, int year, String action, String municipalityCode, String actor) {}
