package fi.koto.report.control;

import fi.koto.report.entity.ReportSnapshot;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Which figures a report reads. A period that is over is reported from its snapshot, taken the first time the
 * period is reported after its end (the quarterly schedule takes it on the first day of the next quarter), so a
 * later download or regeneration shows the same figures even after corrections. A period still running is
 * captured afresh for each report, as of that moment.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());
    static final Duration WAIT_FOR_OTHER_CAPTURE = Duration.ofMinutes(5);

    @Inject
    SnapshotCapture capture;

    @Inject
    Clock clock;

    public ReportSnapshot forReport(ReportPeriod period, String actor) {
        LocalDate today = LocalDate.now(clock);
        if (!period.isOverOn(today)) {
            return capture.capture(period, true, actor);
        }
        Optional<ReportSnapshot> existing = capture.find(period.key());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return capture.capture(period, false, actor);
        } catch (EJBException | PersistenceException e) {
            // most likely another job captured the same period at the same moment: use its snapshot
            LOG.info(() -> "Capture of " + period.key() + " failed (" + e + "); waiting for another capture");
            long deadline = System.nanoTime() + WAIT_FOR_OTHER_CAPTURE.toNanos();
            while (System.nanoTime() < deadline) {
                existing = capture.find(period.key());
                if (existing.isPresent()) {
                    return existing.get();
                }
                pause();
            }
            throw e;
        }
    }

    /** Deletes the figures of a live capture (a period's snapshot is kept). */
    public void discardLive(long snapshotId) {
        capture.discardLive(snapshotId);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
