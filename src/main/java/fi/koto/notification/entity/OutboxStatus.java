package fi.koto.notification.entity;

/**
 * Where an outbox row stands, from facts only: sent; not sent and never tried (mail is off, or the delivery after
 * commit has not run yet); or not sent after at least one failed attempt (its last error says why).
 */
public enum OutboxStatus {
    SENT,
    UNSENT,
    FAILED
}
