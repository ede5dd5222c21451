package fi.koto.notification.boundary;

import java.time.LocalDate;

/** What a run of the overdue digest did: for which day, and how many digests it queued. */
public record DigestRun(LocalDate day, int queued) {}
