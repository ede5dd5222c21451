package fi.koto.platform.persistence;

import java.sql.SQLTransientException;

/**
 * The embedded H2 database's write gate refused a transaction that waited longer than allowed: nothing was written,
 * and the same request a moment later normally succeeds. Callers answer it as they answer an unreachable database
 * (503 with Retry-After, see {@link DatabaseUnavailable}), not as an incident of the application.
 */
final class WriteGateRefusal extends SQLTransientException {

    private static final long serialVersionUID = 1L;

    /** The SQL state of a timeout. */
    static final String SQL_STATE = "HYT00";

    WriteGateRefusal(String message) {
        super(message, SQL_STATE);
    }
}
