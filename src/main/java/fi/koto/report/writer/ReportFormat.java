package fi.koto.report.writer;

import java.io.OutputStream;

/** The file formats a report is written in, with their media types and file name extensions. */
public enum ReportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A writer of this format that writes to {@code out}; closing the writer does not close {@code out}. */
    public ReportWriter open(OutputStream out, ReportHeader header) {
        return switch (this) {
            case XLSX -> new XlsxReportWriter(out, header);
            case PDF -> new PdfReportWriter(out, header);
        };
    }
}
