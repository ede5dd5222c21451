package fi.koto.it;

import fi.koto.platform.persistence.SchemaMigrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A database of its own for a migration IT: an in-memory H2 database in the H2 run, a PostgreSQL database of that
 * name (dropped first) in the PostgreSQL run. The test migrates it to a version with {@link #flyway}, writes rows
 * of that version, migrates on and reads the rows back with {@link #rows}.
 */
public final class MigrationDatabase {

    private final String database;
    private final String url;
    private final String user;

    private MigrationDatabase(String database, String url, String user) {
        this.database = database;
        this.url = url;
        this.user = user;
    }

    /** A fresh database; {@code name} (for example {@code v85}) names it, {@code koto_it_v85} on PostgreSQL. */
    public static MigrationDatabase fresh(String name) {
        if (PostgresTestDatabase.active()) {
            String database = "koto_it_" + name;
            PostgresTestDatabase.execute("drop database if exists " + database + " with (force)");
            PostgresTestDatabase.execute("create database " + database);
            return new MigrationDatabase(
                    database, PostgresTestDatabase.urlOf(database), System.getProperty("koto.it.postgres.user"));
        }
        return new MigrationDatabase(
                null,
                "jdbc:h2:mem:" + name + System.nanoTime()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa");
    }

    /** Drops the PostgreSQL database (an H2 one goes with the JVM). */
    public void drop() {
        if (database != null) {
            PostgresTestDatabase.execute("drop database if exists " + database + " with (force)");
        }
    }

    /** Koto's migrations for this database, up to {@code target}. */
    public Flyway flyway(String target) {
        return SchemaMigrations.configuration(MigrationDatabase.class.getClassLoader(), database == null)
                .dataSource(url, user, "")
                .target(target)
                .load();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** The rows the query answers, each as its cells joined by {@code |} ({@code null} for an empty cell). */
    public static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
