package fi.koto.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

/**
 * Tells a failure to reach the database (restart, fail-over, network), or a write the embedded H2 database's gate
 * refused after its longest wait, from a failure of the application, so that callers can answer "try again in a
 * moment" (503) instead of reporting an incident (500). The pool validates connections before handing them out,
 * so once the database is back requests succeed again without a restart.
 */
public final class DatabaseUnavailable {

    /** What the pool says when it cannot open a connection; its SQL state is not set. */
    private static final String POOL_ALLOCATION_FAILED = "Error in allocating a connection";

    /** The API's answer (the API speaks English; pages speak the person's language). */
    public static final String DETAIL = "Koto cannot reach its database just now; try again in a moment.";
    /** The API's answer when the embedded database's write gate refused to wait longer (nothing was written). */
    public static final String BUSY_DETAIL =
            "Koto's database is busy with other changes just now; nothing was saved." + " Try again in a moment.";

    public static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {}

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        return anyCause(failure, DatabaseUnavailable::saysUnavailable);
    }

    /** What the API tells the client: busy when the write gate refused, unreachable otherwise. */
    public static String detail(Throwable failure) {
        return anyCause(failure, WriteGateRefusal.class::isInstance) ? BUSY_DETAIL : DETAIL;
    }

    private static boolean saysUnavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof WriteGateRefusal) {
            return true;
        }
        return t instanceof SQLException sql
                && (isConnectionState(sql.getSQLState())
                        || String.valueOf(sql.getMessage()).startsWith(POOL_ALLOCATION_FAILED));
    }

    /** Whether the failure or one of its causes (at most 20 deep, so a cycle of causes ends) is such a one. */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** SQL state class 08 is a connection exception; 57P01-57P03 are PostgreSQL's shutdown and "cannot connect now". */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
