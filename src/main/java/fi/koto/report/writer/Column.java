package fi.koto.report.writer;

import java.util.Objects;

/** A column of a report section: its heading in the report's language and the type of its values. */
public record Column(String label, ColumnType type) {

    public Column {
        Objects.requireNonNull(label);
        Objects.requireNonNull(type);
    }
}
