package fi.koto.platform.persistence;

import static fi.koto.platform.persistence.H2Upgrade.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A database of the version before the Swedish title (every migration below V90) with programmes in it upgrades
 * without loss through V90: titles, states and versions stay, no programme gets a Swedish title it did not have,
 * and a submitted programme's title as submitted is its title, so the upgrade flags no drift. On an in-memory H2
 * database with Koto's H2 options, as the server migrates at start-up.
 */
class ProgrammeTitleMigrationTest {

    @Test
    void existingProgrammesKeepTheirTitlesAndShowNoDrift() throws SQLException {
        var database = new H2Upgrade("programme-title-upgrade");
        try (Connection c = database.connect()) {
            database.migrateBefore("90");
            try (Statement s = c.createStatement()) {
                s.execute("insert into programme (id, title, legal_basis, period_start, period_end, status,"
                        + " swedish_required, submission_round, created_by, created_at, changed_by, changed_at,"
                        + " version) values"
                        + " (1000, 'Helsingin suunnitelma', 'ACT_681_2023', date '2025-01-01', date '2028-12-31',"
                        + " 'IN_REVIEW', true, 2, 'c', current_timestamp, 'c', current_timestamp, 7),"
                        + " (1001, 'Luonnos', 'ACT_681_2023', date '2026-01-01', date '2029-12-31', 'DRAFT',"
                        + " false, 0, 'c', current_timestamp, 'c', current_timestamp, 1)");
            }

            database.migrate();

            try (Statement s = c.createStatement()) {
                assertThat(
                                rows(
                                        s,
                                        "select id || ' ' || title || ' ' || coalesce(title_sv, '-') || ' '"
                                                + " || coalesce(submitted_title, '-') || ' ' || coalesce(submitted_title_sv, '-')"
                                                + " || ' ' || status || ' ' || version from programme where id >= 1000 order by id"))
                        .containsExactly(
                                "1000 Helsingin suunnitelma - Helsingin suunnitelma - IN_REVIEW 7",
                                "1001 Luonnos - - - DRAFT 1");
            }
        }
    }
}
