package fi.koto.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The driver-level data source behind Payara's connection pool. It exists so that the database is chosen by
 * {@link DatabaseSettings} from the environment at run time, not baked into the WAR, and so that no credentials
 * appear in annotations or files.
 *
 * <p>Until the application has started, a database that does not answer is waited for: the deployment needs one
 * connection (EclipseLink validates its login while Payara deploys), and failing there would bury the cause under
 * stack traces. Instead one line says what to fix, repeated once a minute, and start-up continues as soon as the
 * database answers. After start-up a failure is reported at once, as usual.
 *
 * <p>On the embedded H2 database, writing transactions go through an {@link H2WriteGate} one at a time (see there
 * for the H2 defect this avoids).
 */
public class KotoDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(KotoDataSource.class.getName());
    private static final long RETRY_MILLIS = 5_000;
    private static final long REPEAT_MESSAGE_MILLIS = 60_000;
    /** How long a transaction waits for the embedded database's one writer before it is refused. */
    static final Duration H2_WRITE_WAIT = Duration.ofSeconds(30);
    /** One gate per embedded database, whichever data source instance reaches it. */
    private static final Map<String, H2WriteGate> H2_GATES = new ConcurrentHashMap<>();

    private static volatile boolean started;

    private final DatabaseSettings settings;
    private final DataSource delegate;
    private final H2WriteGate gate;

    public KotoDataSource() {
        this(DatabaseSettings.fromEnvironment());
    }

    KotoDataSource(DatabaseSettings settings) {
        this.settings = settings;
        this.delegate = create(settings);
        this.gate = settings.isH2()
                ? H2_GATES.computeIfAbsent(settings.url(), url -> new H2WriteGate(H2_WRITE_WAIT))
                : null;
    }

    /** Called once the schema is current: from now on a missing database is an error, not something to wait for. */
    public static void markStarted() {
        started = true;
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
        return gated(connect());
    }

    private Connection gated(Connection connection) throws SQLException {
        return gate == null ? connection : WriteGatedConnection.wrap(connection, gate);
    }

    private Connection connect() throws SQLException {
        if (started) {
            return delegate.getConnection();
        }
        long lastMessage = 0;
        while (true) {
            try {
                Connection connection = delegate.getConnection();
                if (lastMessage != 0) {
                    LOG.info(() -> "The database at " + settings.displayUrl() + " answers now; Koto is starting.");
                }
                return connection;
            } catch (SQLException e) {
                if (System.currentTimeMillis() - lastMessage >= REPEAT_MESSAGE_MILLIS) {
                    lastMessage = System.currentTimeMillis();
                    LOG.severe(unreachableMessage(settings, e));
                }
                sleepBeforeRetry(e);
            }
        }
    }

    static String unreachableMessage(DatabaseSettings settings, Exception e) {
        String cause = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return "Koto cannot reach its database at " + settings.displayUrl() + " (" + cause + "). Check "
                + DatabaseSettings.DB_URL + ", " + DatabaseSettings.DB_USER + " and " + DatabaseSettings.DB_PASSWORD
                + " (or unset " + DatabaseSettings.DB_URL + " for the embedded H2 database in "
                + DatabaseSettings.DATA_DIR + "). Start-up waits and retries every " + RETRY_MILLIS / 1000 + " s.";
    }

    private static void sleepBeforeRetry(SQLException cause) throws SQLException {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return gated(delegate.getConnection(username, password));
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
