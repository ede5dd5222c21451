package fi.koto.report.boundary;

/** CDI event: a report was asked for (by a person, or by the quarterly schedule). */
public record ReportRequested(
        long id, String type, String period, String format, String requestedBy, boolean scheduled) {}
