package fi.koto.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The driver-level data source behind Payara's connection pool. It exists so that the database is chosen by
 * {@link DatabaseSettings} from the environment at run time, not baked into the WAR, and so that no credentials
 * appear in annotations or files.
 */
public class KotoDataSource implements DataSource {

    private final DataSource delegate;

    public KotoDataSource() {
        this(DatabaseSettings.fromEnvironment());
    }

    KotoDataSource(DatabaseSettings settings) {
        this.delegate = create(settings);
    }

    private static DataSource create(DatabaseSettings settings) {
        if (settings.isH2()) {
            var h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        if (settings.isPostgreSql()) {
            var pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(settings.url());
            if (settings.user() != null) {
                pg.setUser(settings.user());
            }
            pg.setPassword(settings.password());
            pg.setApplicationName("koto");
            return pg;
        }
        throw new IllegalStateException("Unsupported " + DatabaseSettings.DB_URL + " '" + settings.displayUrl()
                + "': use jdbc:postgresql://host:port/database, or leave it unset for the embedded H2 database");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("fi.koto");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
