package fi.koto.placement.control;

import fi.koto.platform.cluster.InterruptedJobRule;
import fi.koto.platform.cluster.JobOwnership;
import fi.koto.platform.persistence.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Crash recovery of placement imports, at start-up: an import whose job was running in a process that died
 * (SIGKILL, a crash, a power cut) would say STARTED for ever, because the batch runtime's own job repository died
 * with the process. Such imports are marked FAILED as interrupted ({@link JobOwnership}'s rule decides which, so an
 * import another living instance runs is left alone). Everything their chunks committed stays; they can be
 * restarted from the last line written, or the same file imported again (rows are upserts by their key).
 */
@ApplicationScoped
public class InterruptedImports {

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

    @Inject
    PlacementImportStore store;

    @Inject
    JobOwnership ownership;

    void recover(@Observes SchemaReady ready) {
        try {
            InterruptedJobRule rule = ownership.rule();
            int failed = 0;
            for (long id : store.running()) {
                var reason = store.failIfAbandoned(id, rule);
                if (reason.isPresent()) {
                    failed++;
                    LOG.warning(() -> "Placement import " + id + " marked FAILED: " + JobOwnership.INTERRUPTED + " ("
                            + reason.get() + ")");
                }
            }
            if (failed > 0) {
                int n = failed;
                LOG.info(() -> n + " interrupted placement import(s) marked FAILED by " + rule.instance());
            }
        } catch (RuntimeException e) {
            // never stop the start-up for this; the next start tries again
            LOG.log(Level.WARNING, "Cannot check for interrupted placement imports", e);
        }
    }
}
