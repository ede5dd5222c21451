package fi.koto.platform.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;

/**
 * An in-memory H2 database with Koto's H2 options for an upgrade test: migrated to the last version before the
 * migrations under test ({@link #migrateBefore}), given rows of that version, then migrated on as the server
 * migrates at start-up ({@link #migrate}). Keep a {@link #connect connection} open meanwhile: it keeps the
 * in-memory database.
 */
final class H2Upgrade {

    private final String url;

    /** {@code name} names the in-memory database. */
    H2Upgrade(String name) {
        this.url = "jdbc:h2:mem:" + name + DatabaseSettings.H2_OPTIONS;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Migrates to the newest version older than {@code version}. */
    void migrateBefore(String version) {
        String before = Arrays.stream(flyway().load().info().all())
                .map(m -> m.getVersion())
                .filter(v -> v.isNewerThan("0") && !v.isAtLeast(version))
                .max(MigrationVersion::compareTo)
                .orElseThrow()
                .getVersion();
        flyway().target(before).load().migrate();
    }

    /** Migrates through every migration there is. */
    void migrate() {
        flyway().load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return SchemaMigrations.configuration(H2Upgrade.class.getClassLoader(), true)
                .dataSource(url, null, null);
    }

    /** The first column of every row the query answers, as text. */
    static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    /** The first column of the first row, as a number. */
    static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
