package fi.koto.programme.entity;

import static fi.koto.it.MigrationDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.MigrationDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V85 makes existing drafts private, except a draft that had been submitted and withdrawn (the authority has read
 * a version of it): that one is marked shared by the coordinator who withdrew it, at the withdrawal. Programmes in
 * other states and every other column are carried forward unchanged; snapshot rows of the drafts marked shared are
 * marked shared too. On H2 in the H2 run, on a PostgreSQL database of its own in the PostgreSQL run.
 */
class DraftSharingMigrationIT {

    private MigrationDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = MigrationDatabase.fresh("v85");
    }

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void draftsBecomePrivateExceptThoseTheAuthorityHadAlreadySeen() throws SQLException {
        db.flyway("70").migrate();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            programme(s, 50, "Never submitted", "DRAFT", 0);
            programme(s, 51, "Withdrawn", "DRAFT", 2);
            programme(s, 52, "Submitted", "SUBMITTED", 1);
            event(s, 1, 51, "2025-02-01 10:00:00", "coord.a", "SUBMIT", "DRAFT", "SUBMITTED");
            event(s, 2, 51, "2025-02-03 10:00:00", "coord.a", "WITHDRAW", "SUBMITTED", "DRAFT");
            event(s, 3, 51, "2025-03-01 10:00:00", "coord.a", "SUBMIT", "DRAFT", "SUBMITTED");
            event(s, 4, 51, "2025-03-04 12:00:00", "coord.b", "WITHDRAW", "SUBMITTED", "DRAFT");
            s.execute("insert into report_snapshot (id, period_year, period_quarter, period_key, live, taken_at,"
                    + " taken_by) values (9, 2025, 1, '2025-Q1', false, timestamp '2025-04-01 00:00:00', 'system')");
            for (int id : new int[] {50, 51, 52}) {
                s.execute("insert into snapshot_programme (snapshot_id, programme_id, municipality_code, title,"
                        + " legal_basis, status, revision_overdue, rounds, reviews_opened, reviews_closed,"
                        + " review_open, review_overdue, days_with_authority, days_with_municipality) values (9, "
                        + id + ", '091', 'T', 'ACT_681_2023', '" + (id == 52 ? "SUBMITTED" : "DRAFT")
                        + "', false, 0, 0, 0, false, false, 0, 0)");
            }
        }

        db.flyway("85").migrate();

        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            assertThat(rows(
                            s,
                            "select id, title, status, submission_round, changed_by, shared_by,"
                                    + " shared_for_guidance_at is not null from programme order by id"))
                    .containsExactly(
                            "50|Never submitted|DRAFT|0|c|null|false",
                            "51|Withdrawn|DRAFT|2|c|coord.b|true",
                            "52|Submitted|SUBMITTED|1|c|null|false");
            assertThat(
                            rows(
                                    s,
                                    "select count(*) from programme where id = 51"
                                            + " and shared_for_guidance_at = timestamp with time zone '2025-03-04 12:00:00+00'"))
                    .containsExactly("1");
            assertThat(rows(s, "select count(*) from programme_event")).containsExactly("4");
            assertThat(rows(
                            s,
                            "select programme_id, shared_for_guidance from snapshot_programme order by programme_id"))
                    .containsExactly("50|false", "51|true", "52|false");
            assertThat(rows(s, "select count(*) from guidance_note")).containsExactly("0");
        }
    }

    private static void programme(Statement s, int id, String title, String status, int round) throws SQLException {
        s.execute("insert into programme (id, title, legal_basis, period_start, period_end, status,"
                + " swedish_required, submission_round, created_by, created_at, changed_by, changed_at, version)"
                + " values (" + id + ", '" + title + "', 'ACT_681_2023', date '2025-01-01', date '2028-12-31', '"
                + status + "', false, " + round + ", 'c', timestamp with time zone '2025-01-02 10:00:00+00', 'c',"
                + " timestamp with time zone '2025-01-03 10:00:00+00', 3)");
    }

    private static void event(
            Statement s, int id, int programme, String at, String actor, String action, String from, String to)
            throws SQLException {
        s.execute("insert into programme_event (id, programme_id, at, actor, action, from_status, to_status) values ("
                + id + ", " + programme + ", timestamp with time zone '" + at + "+00', '" + actor + "', '" + action
                + "', '" + from + "', '" + to + "')");
    }
}
