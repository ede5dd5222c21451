package fi.koto.report.control;

import fi.koto.report.entity.ReportType;
import fi.koto.report.writer.ColumnType;
import java.io.IOException;
import java.util.List;

/**
 * What one report type holds: its sections, each with its columns and the query that streams its rows from a
 * snapshot. Section titles are bundle keys {@code report.section.TYPE.NAME}; column headings are
 * {@code report.column.KEY}.
 */
public interface ReportDefinition {

    ReportType type();

    List<SectionDefinition> sections();

    /**
     * Starts reading, on threads of their own, what the first sections will need, before the writer is opened: the
     * reading then runs while the workbook or PDF and its first page are set up. Nothing by default.
     */
    default void readAhead(ReportContext context) {}

    /** A column: its bundle key and the type of its values. */
    record ColumnDefinition(String key, ColumnType type) {

        public String labelKey() {
            return "report.column." + key;
        }
    }

    /** A section: its name (part of its title key), its columns and its rows. */
    record SectionDefinition(String name, List<ColumnDefinition> columns, Rows rows) {

        public SectionDefinition {
            columns = List.copyOf(columns);
        }
    }

    /** Streams the rows of a section, one array of values per row, in the order of the columns. */
    @FunctionalInterface
    interface Rows {
        void write(ReportContext context, RowSink sink) throws IOException;
    }

    /** Where rows go. */
    @FunctionalInterface
    interface RowSink {
        void row(Object... values) throws IOException;
    }

    static ColumnDefinition column(String key, ColumnType type) {
        return new ColumnDefinition(key, type);
    }
}
