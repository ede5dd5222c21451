package fi.koto.report.writer;

import java.io.IOException;

/**
 * Writes a report as it is produced: open a section, give its rows one at a time, open the next section, and
 * close the writer to finish the file. Rows are never collected: memory stays flat however many rows there are.
 * Each row holds one value per column of the open section (see {@link ColumnType} for the Java types).
 */
public interface ReportWriter extends AutoCloseable {

    /** Starts a new section; the previous one, if any, ends. */
    void section(Section section) throws IOException;

    /** Adds a row to the open section. */
    void row(Object... values) throws IOException;

    /** Finishes the file. A report without any section still has its title page or parameters sheet. */
    @Override
    void close() throws IOException;
}
