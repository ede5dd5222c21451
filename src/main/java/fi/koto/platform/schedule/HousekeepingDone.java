package fi.koto.platform.schedule;

/**
 * CDI event fired, synchronously and inside its transaction, when the daily housekeeping of {@code day} has
 * forgotten {@code forgotten} run claims older than {@code keptDays} days on {@code instance}. The audit
 * component records it; platform itself knows no audit trail.
 */
public record HousekeepingDone(String day, int forgotten, int keptDays, String instance) {}
