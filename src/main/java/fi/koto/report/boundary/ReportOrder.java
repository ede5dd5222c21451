package fi.koto.report.boundary;

/**
 * What someone asks for: {@code type} (a report id), {@code year}, {@code quarter} (1-4, or none for the whole
 * year), {@code format} (XLSX or PDF) and {@code language} (fi, sv or en; the asker's own language when absent).
 */
public record ReportOrder(String type, Integer year, Integer quarter, String format, String language) {}
