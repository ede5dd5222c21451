package fi.koto.placement.batch;

import fi.koto.placement.control.PlacementImportStore;
import fi.koto.placement.entity.PlacementImport;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Records how the import ended (completed, failed or stopped), with one audit record. */
@Named("placementImportListener")
@Dependent
public class PlacementImportListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(PlacementImportListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    PlacementImportStore store;

    @Override
    public void beforeJob() {
        // the import row was created as STARTED when the file was accepted
    }

    @Override
    public void afterJob() {
        PlacementImport.Status status = PlacementImport.Status.COMPLETED;
        try {
            for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(job.getExecutionId())) {
                if (step.getBatchStatus() == BatchStatus.FAILED) {
                    status = PlacementImport.Status.FAILED;
                } else if (step.getBatchStatus() == BatchStatus.STOPPED
                        || step.getBatchStatus() == BatchStatus.STOPPING) {
                    status = PlacementImport.Status.STOPPED;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the steps of job execution " + job.getExecutionId(), e);
        }
        if (job.getBatchStatus() == BatchStatus.FAILED) {
            status = PlacementImport.Status.FAILED;
        } else if (job.getBatchStatus() == BatchStatus.STOPPING || job.getBatchStatus() == BatchStatus.STOPPED) {
            status = PlacementImport.Status.STOPPED;
        }
        store.finished(ImportJob.importId(job), status);
    }
}
