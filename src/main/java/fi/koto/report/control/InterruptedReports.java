package fi.koto.report.control;

import fi.koto.platform.cluster.InterruptedJobRule;
import fi.koto.platform.cluster.JobOwnership;
import fi.koto.platform.persistence.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Crash recovery of reports, at start-up: a report whose job was running in a process that died would say STARTED
 * for ever (the batch runtime's job repository died with the process). Such reports are marked FAILED as
 * interrupted ({@link JobOwnership}'s rule decides which, so a report another living instance writes is left
 * alone); the person asks for the report again. A period's snapshot is written in one transaction, so a job that
 * died while taking it left none and the next report takes it anew; the live figures of an interrupted report of
 * a running period are deleted, as its job would have done at its end.
 */
@ApplicationScoped
public class InterruptedReports {

    private static final Logger LOG = Logger.getLogger(InterruptedReports.class.getName());

    @Inject
    ReportStore store;

    @Inject
    JobOwnership ownership;

    @Inject
    Snapshots snapshots;

    void recover(@Observes SchemaReady ready) {
        try {
            InterruptedJobRule rule = ownership.rule();
            for (long id : store.running()) {
                var reason = store.failIfAbandoned(id, rule);
                if (reason.isEmpty()) {
                    continue;
                }
                LOG.warning(() ->
                        "Report " + id + " marked FAILED: " + JobOwnership.INTERRUPTED + " (" + reason.get() + ")");
                store.find(id).map(r -> r.getSnapshotId()).ifPresent(snapshots::discardLive);
            }
        } catch (RuntimeException e) {
            // never stop the start-up for this; the next start tries again
            LOG.log(Level.WARNING, "Cannot check for interrupted reports", e);
        }
    }
}
