package fi.koto.report.batch;

import fi.koto.report.control.ReportComposer;
import fi.koto.report.control.ReportStore;
import fi.koto.report.entity.ReportRequest;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Second step: writes the file to a temporary file as the rows are read (a workbook or PDF is one stream that
 * cannot be resumed from a checkpoint, hence a batchlet and not a chunk step), then stores it with the report.
 * Every database access goes through the enterprise beans ({@link ReportStore}, {@link ReportComposer}): an
 * entity manager used directly in a batch artifact outside a transaction was found closed by Payara when the
 * batch thread had run earlier jobs ("Attempting to execute an operation on a closed EntityManager").
 */
@Named("reportFileBatchlet")
@Dependent
public class ReportFileBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ReportFileBatchlet.class.getName());

    @Inject
    JobContext job;

    @Inject
    ReportStore store;

    @Inject
    ReportComposer composer;

    @Override
    public String process() throws Exception {
        long id = ReportJob.reportId(job);
        long start = System.nanoTime();
        Path file = Files.createTempFile("koto-report-" + id + "-", ".tmp");
        try {
            ReportRequest request = store.find(id).orElseThrow();
            long counted;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                counted = composer.write(request, out, (percent, n) -> store.progressed(id, percent, n));
            }
            long written = System.nanoTime();
            long rows = counted;
            store.completed(id, file, ReportComposer.filename(request), rows);
            long size = Files.size(file);
            LOG.info(() -> "Report " + id + ": " + rows + " rows, " + size + " bytes written in "
                    + (written - start) / 1_000_000 + " ms, stored in " + (System.nanoTime() - written) / 1_000_000
                    + " ms");
            return "COMPLETED";
        } catch (Exception | Error e) {
            store.failed(id, "file: " + e);
            throw e;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
