package fi.koto.placement.batch;

import fi.koto.placement.control.ImportFileCheck;
import fi.koto.placement.control.ImportRows;
import fi.koto.placement.control.PlacementImportStore;
import fi.koto.placement.control.PlacementRowCheck;
import fi.koto.placement.entity.PlacementImport;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Properties;

/**
 * Reads the stored file of an import row by row. Its checkpoint is the last line read; on a restart it reads the
 * lines before it (or before the import's last line written, when that is further) again only to remember their
 * keys, so a duplicate of a row before the restart is still found.
 * The header must be the expected one; an XLSX with another header gives one rejection at line 1 and nothing else.
 */
@Named("placementImportReader")
@Dependent
public class PlacementImportReader extends AbstractItemReader {

    /** The row check the processor uses, shared through the job context. */
    record Shared(PlacementRowCheck check) {}

    @Inject
    JobContext job;

    @Inject
    PlacementImportStore store;

    private ImportRows rows;
    private int lastLine;
    private boolean done;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        Properties parameters = ImportJob.parameters(job);
        long importId = Long.parseLong(parameters.getProperty(ImportJob.IMPORT_ID));
        ImportFileCheck.Format format = ImportJob.format(parameters);
        byte[] content = store.content(importId);
        store.total(importId, ImportRows.count(format, content));
        PlacementRowCheck check = store.rowCheck(parameters.getProperty(ImportJob.IMPORTER));
        job.setTransientUserData(new Shared(check));
        rows = ImportRows.of(format, content);
        // the batch runtime's checkpoint, or the import's own last line written when the job is a new execution
        // for an import whose earlier job died with its process (the runtime's job repository died with it)
        int resumeAfter = Math.max(
                checkpoint == null ? 0 : (Integer) checkpoint,
                store.find(importId).map(PlacementImport::getLastLine).orElse(0));
        ImportRows.RawRow header = rows.next();
        if (header == null) {
            done = true;
            return;
        }
        lastLine = header.line();
        if (ImportFileCheck.headerDelimiter(String.join(",", header.cells()).strip()) == null) {
            // only an XLSX gets here: a CSV's header was checked before the import was accepted
            pending = new ImportRows.RawRow(header.line(), List.of(ImportRows.HEADER_MISMATCH));
            done = true;
            return;
        }
        ImportRows.RawRow row;
        while (lastLine < resumeAfter && (row = rows.next()) != null) {
            lastLine = row.line();
            if (!row.blank()) {
                check.check(row.line(), row.cells());
            }
        }
    }

    private ImportRows.RawRow pending;

    @Override
    public Object readItem() {
        if (pending != null) {
            ImportRows.RawRow row = pending;
            pending = null;
            return row;
        }
        if (done) {
            return null;
        }
        ImportRows.RawRow row;
        while ((row = rows.next()) != null) {
            lastLine = row.line();
            if (!row.blank()) {
                return row;
            }
        }
        done = true;
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }

    @Override
    public void close() throws Exception {
        if (rows != null) {
            rows.close();
        }
    }
}
