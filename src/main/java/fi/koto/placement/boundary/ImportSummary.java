package fi.koto.placement.boundary;

import fi.koto.placement.entity.PlacementImport;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** An import in the list of recent imports: when, by whom, which kind of file, how far it came and its counts. */
public record ImportSummary(
        long id,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt,
        String importer,
        String format,
        String status,
        int progress,
        int rowsProcessed,
        int accepted,
        int rejected)
        implements Serializable {

    static ImportSummary of(PlacementImport entry, PlacementImport.Status status) {
        String format = entry.getMediaType().contains("spreadsheetml") ? "XLSX" : "CSV";
        return new ImportSummary(
                entry.getId(),
                entry.getCreatedAt(),
                entry.getFinishedAt(),
                entry.getImporter(),
                format,
                status.name(),
                status == PlacementImport.Status.COMPLETED ? 100 : entry.progress(),
                entry.getRowsProcessed(),
                entry.getAccepted(),
                entry.getRejected());
    }
}
