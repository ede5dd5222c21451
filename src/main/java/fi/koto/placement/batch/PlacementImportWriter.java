package fi.koto.placement.batch;

import fi.koto.placement.control.PlacementImportStore;
import fi.koto.placement.control.PlacementRowCheck;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Writes a chunk: accepted rows as upserts (the same as hand entry), rejections with their lines, the counters. */
@Named("placementImportWriter")
@Dependent
public class PlacementImportWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    PlacementImportStore store;

    @Override
    public void writeItems(List<Object> items) {
        store.write(
                ImportJob.importId(job),
                items.stream().map(PlacementRowCheck.Outcome.class::cast).toList());
    }
}
