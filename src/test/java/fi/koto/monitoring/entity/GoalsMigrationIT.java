package fi.koto.monitoring.entity;

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
 * V40 carries the free-text measures of V8 forward: each keeps its id, position, text, responsible party and
 * schedule, not linked to a goal; a free-text indicator becomes an indicator of its measure; the old rows stay. On
 * H2 in the H2 run, on a PostgreSQL database of its own in the PostgreSQL run.
 */
class GoalsMigrationIT {

    private MigrationDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = MigrationDatabase.fresh("v40");
    }

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void theFreeTextMeasuresKeepTheirTextsAndIds() throws SQLException {
        db.flyway("25").migrate();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("insert into programme (id, title, legal_basis, period_start, period_end, status,"
                    + " swedish_required, created_by, created_at, changed_by, changed_at) values (50, 'Plan',"
                    + " 'ACT_681_2023', date '2025-01-01', date '2028-12-31', 'DRAFT', false, 'c',"
                    + " timestamp '2025-01-02 10:00:00', 'c', timestamp '2025-01-03 10:00:00')");
            s.execute("insert into programme_measure (id, programme_id, sort_order, action, responsible_party,"
                    + " schedule, indicator) values (7, 50, 0, 'Kielikurssi', 'Kunta', '2026', 'Osallistujat')");
            s.execute("insert into programme_measure (id, programme_id, sort_order, action, responsible_party,"
                    + " schedule, indicator) values (8, 50, 1, 'Perehdytys', 'Järjestöt', null, ' ')");
        }

        db.flyway("40").migrate();

        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            assertThat(rows(
                            s,
                            "select id, programme_id, goal_id, sort_order, action_fi, responsible_party, schedule,"
                                    + " changed_by from plan_measure order by id"))
                    .containsExactly("7|50|null|0|Kielikurssi|Kunta|2026|c", "8|50|null|1|Perehdytys|Järjestöt|null|c");
            assertThat(rows(s, "select id, measure_id, goal_id, name_fi, unit, baseline, target from plan_indicator"))
                    .containsExactly("7|7|null|Osallistujat|null|null|null");
            assertThat(rows(s, "select count(*) from programme_measure")).containsExactly("2");
        }
    }
}
