package fi.koto.report.batch;

import fi.koto.report.control.ReportPeriod;
import fi.koto.report.control.ReportStore;
import fi.koto.report.control.Snapshots;
import fi.koto.report.entity.ReportRequest;
import fi.koto.report.entity.ReportSnapshot;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * First step: finds the figures the report reads. A period that is over has its snapshot (taken now if this is
 * the first report of it); a running period is captured as of now. The report row learns its "as of" moment.
 */
@Named("reportFiguresBatchlet")
@Dependent
public class ReportFiguresBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ReportFiguresBatchlet.class.getName());

    @Inject
    JobContext job;

    @Inject
    ReportStore store;

    @Inject
    Snapshots snapshots;

    @Override
    public String process() {
        long id = ReportJob.reportId(job);
        long start = System.nanoTime();
        try {
            ReportRequest request = store.find(id).orElseThrow();
            ReportSnapshot snapshot = snapshots.forReport(new ReportPeriod(request.getYear(), request.getQuarter()),
                    request.getRequestedBy());
            store.figuresReady(id, snapshot.getId(), snapshot.getTakenAt(), 10);
            LOG.info(() -> "Report " + id + ": figures ready in " + (System.nanoTime() - start) / 1_000_000
                    + " ms (snapshot " + snapshot.getId() + (snapshot.isLive() ? ", live" : "") + ")");
            return "FIGURES_READY";
        } catch (RuntimeException e) {
            store.failed(id, "figures: " + e);
            throw e;
        }
    }
}
