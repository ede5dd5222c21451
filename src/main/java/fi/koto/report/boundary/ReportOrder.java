package fi.koto.report.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * What someone asks for: {@code type} (a report id), {@code year}, {@code quarter} (1-4, or none for the whole
 * year), {@code format} (XLSX or PDF) and {@code language} (fi, sv or en; the asker's own language when absent).
 */
public record ReportOrder(
        String type,
        @NotNull(message = "{report.year.invalid}") Integer year,
        Integer quarter,
        String format,
        String language) {}
