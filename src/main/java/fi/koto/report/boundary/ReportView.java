package fi.koto.report.boundary;

import fi.koto.report.entity.ReportRequest;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A report in the archive: what it is, {@code status} (STARTED, COMPLETED, FAILED), {@code progress} 0-100 and
 * {@code rows} written so far, the
 * moment its figures are {@code asOf}, and once completed its file name, media type and size.
 */
public record ReportView(
        long id,
        String type,
        int year,
        Integer quarter,
        String format,
        String language,
        String status,
        int progress,
        long rows,
        OffsetDateTime asOf,
        String filename,
        String mediaType,
        Long size,
        boolean scheduled,
        String requestedBy,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt)
        implements Serializable {

    public static ReportView of(ReportRequest r) {
        return new ReportView(
                r.getId(),
                r.getType().name(),
                r.getYear(),
                r.getQuarter(),
                r.getFormat().name(),
                r.getLanguage(),
                r.getStatus().name(),
                r.getProgress(),
                r.getRowsWritten(),
                r.getAsOf(),
                r.getFilename(),
                r.getMediaType(),
                r.getContentSize(),
                r.isScheduled(),
                r.getRequestedBy(),
                r.getCreatedAt(),
                r.getFinishedAt());
    }

    public boolean completed() {
        return ReportRequest.Status.COMPLETED.name().equals(status);
    }

    public boolean running() {
        return ReportRequest.Status.STARTED.name().equals(status);
    }
}
