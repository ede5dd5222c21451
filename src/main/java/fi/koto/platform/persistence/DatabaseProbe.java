package fi.koto.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Asks the database, right now, whether it answers. A failure whose causes do not tell an outage apart (a commit
 * of a connection the database had just terminated reaches the caller as a bare transaction rollback, without the
 * driver's exception) is an outage when the database cannot be reached at that moment; see
 * DatabaseOutageIT, which terminates every connection of a running instance.
 */
@ApplicationScoped
public class DatabaseProbe {

    private static final int VALIDATION_TIMEOUT_SECONDS = 1;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    /** Whether a connection can be had and answers within a second. */
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
