package fi.koto.ui.placements;

import java.util.Locale;

/**
 * The media type to hand to the import for an uploaded file. Browsers name the type of a CSV differently (Windows
 * often says application/vnd.ms-excel, some say application/octet-stream), so the file's extension decides where it
 * is .csv or .xlsx; otherwise the browser's type is passed on and the import's file check refuses what it cannot
 * read. The check looks at the content in any case: a renamed file gains nothing.
 */
public final class ImportFileTypes {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportFileTypes() {}

    public static String mediaType(String fileName, String browserType) {
        String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        return browserType;
    }
}
