package fi.koto.audit.control;

import fi.koto.platform.schedule.HousekeepingDone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Writes the audit record of the daily housekeeping, in the transaction of the work it records. */
@ApplicationScoped
public class HousekeepingAudit {

    @Inject
    AuditTrail audit;

    void record(@Observes HousekeepingDone done) {
        audit.record(
                "system",
                "HOUSEKEEPING",
                "ScheduledRun",
                done.day(),
                "forgot " + done.forgotten() + " run claims older than " + done.keptDays() + " days; by "
                        + done.instance());
    }
}
