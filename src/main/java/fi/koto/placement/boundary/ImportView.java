package fi.koto.placement.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * An import as its importer sees it: {@code status} (STARTED, COMPLETED, FAILED, STOPPED), {@code progress} 0-100,
 * rows accepted and rejected, {@code failure} (why the import as a whole failed, such as a server restart that
 * interrupted it, or null), and one error per reason a row was rejected, with its line, in English.
 */
public record ImportView(
        long id,
        String status,
        int progress,
        Integer totalRows,
        int rowsProcessed,
        int accepted,
        int rejected,
        String failure,
        List<Error> errors)
        implements Serializable {

    public record Error(int line, String message) implements Serializable {}
}
