package fi.koto.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's one connection pool. {@link KotoDataSource} decides from the environment which
 * database it talks to; the pool starts empty so that an unreachable database does not fail the deployment.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "fi.koto.platform.persistence.KotoDataSource",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/koto";
}
