package fi.koto.report.control;

/**
 * CDI event: a report's job ended, {@code status} COMPLETED or FAILED (for example to tell its owner by mail that
 * it is ready). Fired inside the transaction that records the end; observe with {@code during = AFTER_SUCCESS} to
 * act only once it is committed.
 */
public record ReportFinished(long id, String type, String status, String requestedBy, boolean scheduled) {}
