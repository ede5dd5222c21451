package fi.koto.guideline.control;

import fi.koto.guideline.boundary.GuidelineLifecycle;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the guidelines' day from 00:05 Finnish time, hourly until one run of the day succeeds (taking effect, superseding, expiring, the expiry reminder). Not
 * persistent, so every node fires it; the claim in {@code scheduled_run} keeps it to one run per day in the
 * cluster (see fi.koto.platform.schedule).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GuidelineSchedule {

    private static final Logger LOG = Logger.getLogger(GuidelineSchedule.class.getName());

    @Inject
    GuidelineLifecycle lifecycle;

    @Schedule(hour = "*", minute = "5", timezone = "Europe/Helsinki", persistent = false, info = "koto-guidelines")
    void everyNight() {
        try {
            var run = lifecycle.daily();
            LOG.info(() -> "Work-permit guidelines: " + run);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The guidelines' daily run failed; the next firing tries again", e);
        }
    }
}
