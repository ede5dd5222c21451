package fi.koto.agreement.entity;

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
 * V25 carries the timeline's changes of places, written as text until then, forward as data: on H2 in the H2 run,
 * on a PostgreSQL database of its own in the PostgreSQL run. The schema is migrated to V24, rows as the ledger and
 * people wrote them are put in, then V25 runs.
 */
class PlacesTimelineMigrationIT {

    private MigrationDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = MigrationDatabase.fresh("v25");
    }

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @Test
    void theChangesOfPlacesTheLedgerWroteBecomeDataAndOtherCommentsStay() throws SQLException {
        db.flyway("24").migrate();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            // the reference data (V2) is there: any municipality and authority will do
            s.execute("insert into placement_agreement (id, municipality_code, authority_id, status, created_at,"
                    + " created_by) select 50, (select min(code) from municipality),"
                    + " (select min(id) from regional_authority), 'DRAFT', timestamp '2026-01-01 10:00:00', 'o'");
            event(s, 1, "PLACES_SET", "2027: QUOTA_REFUGEE 20->15, QUOTA_EMERGENCY 5->0, ASYLUM_PERMIT 0->30");
            event(s, 2, "PLACES_SET", "2026: no change");
            event(s, 3, "PLACES_SET", "2026: TEMPORARY_PROTECTION 0->20 [EXTRA_PLACES 7]");
            event(s, 4, "PLACES_SET", "2026: demo places, total 40");
            event(s, 5, "SENT", "Please sign: QUOTA_REFUGEE 1->2");
            event(s, 6, "PLACES_SET", "2028: QUOTA_REFUGEE 0->40, FAMILY_MEMBER 3->1 [PLACES_ROUND 12]");
        }

        db.flyway("25").migrate();

        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            assertThat(rows(s, "select id, places_year, places_source, comment from agreement_event order by id"))
                    .containsExactly(
                            "1|2027|null|null",
                            "2|2026|null|null",
                            "3|2026|EXTRA_PLACES 7|null",
                            "4|2026|null|2026: demo places, total 40",
                            "5|null|null|Please sign: QUOTA_REFUGEE 1->2",
                            "6|2028|PLACES_ROUND 12|null");
            assertThat(rows(
                            s,
                            "select event_id, target_group, places_before, places_after from agreement_places_change"
                                    + " order by event_id, target_group"))
                    .containsExactly(
                            "1|ASYLUM_PERMIT|0|30",
                            "1|QUOTA_EMERGENCY|5|0",
                            "1|QUOTA_REFUGEE|20|15",
                            "3|TEMPORARY_PROTECTION|0|20",
                            "6|FAMILY_MEMBER|3|1",
                            "6|QUOTA_REFUGEE|0|40");
        }
    }

    private static void event(Statement s, long id, String action, String comment) throws SQLException {
        s.execute("insert into agreement_event (id, agreement_id, at, actor, action, comment) values (" + id
                + ", 50, timestamp '2026-01-02 10:00:00', 'o', '" + action + "', '" + comment + "')");
    }
}
