package fi.koto.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aConnectionFailureAnywhereInTheCausesMeansTheDatabaseIsUnavailable() {
        var pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated"
                + " because: FATAL: database \"koto\" is not currently accepting connections");
        assertThat(DatabaseUnavailable.isCause(new PersistenceException("query failed", pool)))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("closed", "08003"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(
                        new SQLException("terminating connection due to administrator" + " command", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLTransientConnectionException("timeout")))
                .isTrue();
    }

    @Test
    void aWriteTheGateRefusedIsAnsweredAsBusyNotAsAnIncident() {
        var refused = new PersistenceException("flush failed", new WriteGateRefusal("one transaction at a time"));

        assertThat(DatabaseUnavailable.isCause(refused)).isTrue();
        assertThat(DatabaseUnavailable.detail(refused))
                .isEqualTo(DatabaseUnavailable.BUSY_DETAIL)
                .contains("nothing was saved");
        assertThat(DatabaseUnavailable.detail(new SQLTransientConnectionException("timeout")))
                .isEqualTo(DatabaseUnavailable.DETAIL);
    }

    @Test
    void otherDatabaseFailuresAreNotMistakenForAnOutage() {
        assertThat(DatabaseUnavailable.isCause(new PersistenceException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLTransientException("statement timeout", "HYT00")))
                .isFalse();
    }
}
