package fi.koto.placement.batch;

import fi.koto.placement.control.ImportFileCheck;
import fi.koto.placement.control.ImportRows;
import fi.koto.placement.control.PlacementRowCheck;
import fi.koto.platform.failure.Reason;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Checks each row: a valid row to write, or every reason to reject it with its line. */
@Named("placementImportProcessor")
@Dependent
public class PlacementImportProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Override
    public Object processItem(Object item) {
        ImportRows.RawRow row = (ImportRows.RawRow) item;
        if (row.cells().size() == 1
                && ImportRows.HEADER_MISMATCH.equals(row.cells().get(0))) {
            return new PlacementRowCheck.Outcome(
                    row.line(), null, List.of(Reason.of("import.file.header", ImportFileCheck.HEADER)));
        }
        PlacementRowCheck check = ((PlacementImportReader.Shared) job.getTransientUserData()).check();
        return check.check(row.line(), row.cells());
    }
}
