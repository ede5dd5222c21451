package fi.koto.platform.health;

import fi.koto.platform.persistence.DataSourceConfiguration;
import fi.koto.platform.persistence.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers and its schema is current. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!migrations.isReady()) {
            return response.down()
                    .withData("reason", "schema not migrated (database unreachable at start-up?)")
                    .build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2)
                    ? response.up().build()
                    : response.down().withData("reason", "connection not valid").build();
        } catch (SQLException e) {
            return response.down()
                    .withData("reason", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
