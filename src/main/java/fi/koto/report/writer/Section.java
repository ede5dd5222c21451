package fi.koto.report.writer;

import java.util.List;
import java.util.Objects;

/**
 * One table of a report: a sheet of its own in a workbook, a table with its header repeated on every page in a
 * PDF. The rows are not part of it: they are streamed to the writer one by one after the section is opened.
 */
public record Section(String title, List<Column> columns) {

    public Section {
        Objects.requireNonNull(title);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A section needs at least one column");
        }
    }
}
