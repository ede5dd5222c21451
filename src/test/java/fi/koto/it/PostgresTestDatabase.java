package fi.koto.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * For the integration-test run against PostgreSQL ({@code koto.it.database=postgres}): creates a fresh database
 * before the first test and drops it after the last, so that the run leaves nothing behind. The servers the
 * tests start get its URL through the environment that the failsafe execution sets.
 */
public class PostgresTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (active()) {
            execute("drop database if exists " + name() + " with (force)");
            execute("create database " + name());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (active()) {
            execute("drop database if exists " + name() + " with (force)");
        }
    }

    /** Whether this is the integration-test run against PostgreSQL. */
    public static boolean active() {
        return "postgres".equals(System.getProperty("koto.it.database"));
    }

    private static String url() {
        return System.getProperty("koto.it.postgres.url");
    }

    /** The database named in the URL; the server's maintenance database is used to create and drop it. */
    public static String name() {
        String url = url();
        String tail = url.substring(url.lastIndexOf('/') + 1);
        int query = tail.indexOf('?');
        String name = query < 0 ? tail : tail.substring(0, query);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("Unexpected test database name: " + name);
        }
        return name;
    }

    /** The JDBC URL of another database on the same server, e.g. one a test creates for a server of its own. */
    public static String urlOf(String database) {
        return url().substring(0, url().lastIndexOf('/') + 1) + database;
    }

    /** Runs a statement on the PostgreSQL server, connected to its maintenance database. */
    public static void execute(String sql) {
        String maintenance = url().substring(0, url().lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(maintenance, System.getProperty("koto.it.postgres.user"), "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL for the integration tests is not reachable at " + maintenance + " (" + e.getMessage()
                            + "). Start it, or run with -Dkoto.it.postgres.skip=true.",
                    e);
        }
    }
}
