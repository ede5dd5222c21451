package fi.koto.report.batch;

import fi.koto.report.control.ReportComposer;
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
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The report job's step. First the figures: a period that is over has its snapshot (taken now if this is the first
 * report of it), a running period is captured as of now, and the report row learns its "as of" moment. Then the
 * file, written to a temporary file as the rows are read and stored with the report.
 *
 * <p>One batchlet, not a chunk step: a workbook or PDF is one stream that cannot be resumed from a checkpoint. And
 * one step, not two: a second step cost the batch runtime 10-30 ms of its own bookkeeping per report. Every
 * database access goes through the enterprise beans ({@link ReportStore}, {@link Snapshots},
 * {@link ReportComposer}): an entity manager used directly in a batch artifact outside a transaction was found
 * closed by Payara when the batch thread had run earlier jobs ("Attempting to execute an operation on a closed
 * EntityManager").
 */
@Named("reportBatchlet")
@Dependent
public class ReportBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ReportBatchlet.class.getName());
    /** The CPU time of the writing thread, logged beside the wall time: waiting and working tell apart. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Inject
    JobContext job;

    @Inject
    ReportStore store;

    @Inject
    Snapshots snapshots;

    @Inject
    ReportComposer composer;

    @Override
    public String process() throws Exception {
        long id = ReportJob.reportId(job);
        file(id, figures(id));
        return "COMPLETED";
    }

    /** The report row with its figures recorded (the row as the step that records them left it, not read again). */
    private ReportRequest figures(long id) {
        long start = System.nanoTime();
        try {
            ReportRequest request = store.find(id).orElseThrow();
            ReportSnapshot snapshot = snapshots.forReport(
                    new ReportPeriod(request.getYear(), request.getQuarter()), request.getRequestedBy());
            ReportRequest ready = store.figuresReady(id, snapshot.getId(), snapshot.getTakenAt(), 10);
            LOG.info(() -> "Report " + id + ": figures ready in " + (System.nanoTime() - start) / 1_000_000
                    + " ms (snapshot " + snapshot.getId() + (snapshot.isLive() ? ", live" : "") + ")");
            return ready;
        } catch (RuntimeException e) {
            store.failed(id, "figures: " + e);
            throw e;
        }
    }

    private void file(long id, ReportRequest request) throws Exception {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        Path file = Files.createTempFile("koto-report-" + id + "-", ".tmp");
        try {
            long counted;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                counted = composer.write(request, out, (percent, n) -> store.progressed(id, percent, n));
            }
            long written = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            long rows = counted;
            store.completed(id, file, ReportComposer.filename(request), rows);
            long size = Files.size(file);
            long stored = System.nanoTime();
            LOG.info(() -> "Report " + id + ": " + rows + " rows, " + size + " bytes written in "
                    + (written - start) / 1_000_000 + " ms (CPU " + cpu / 1_000_000 + " ms), stored in "
                    + (stored - written) / 1_000_000 + " ms");
        } catch (Exception | Error e) {
            store.failed(id, "file: " + e);
            throw e;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
