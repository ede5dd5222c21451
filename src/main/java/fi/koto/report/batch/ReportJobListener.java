package fi.koto.report.batch;

import fi.koto.report.control.ReportStore;
import fi.koto.report.control.Snapshots;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After the job: a live capture is deleted (its report holds the figures now), and a job that ended without its
 * steps saying so (stopped, or failed in the runtime itself) is marked failed.
 */
@Named("reportJobListener")
@Dependent
public class ReportJobListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(ReportJobListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    ReportStore store;

    @Inject
    Snapshots snapshots;

    @Override
    public void beforeJob() {
        // the report row was created as STARTED when the report was asked for
    }

    @Override
    public void afterJob() {
        long id = ReportJob.reportId(job);
        store.find(id).ifPresent(request -> {
            if (request.getSnapshotId() != null) {
                try {
                    snapshots.discardLive(request.getSnapshotId());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Cannot delete the live figures of report " + id, e);
                }
            }
        });
        if (job.getBatchStatus() != BatchStatus.COMPLETED) {
            store.failed(id, "job ended " + job.getBatchStatus() + " (" + job.getExitStatus() + ")");
        }
    }
}
