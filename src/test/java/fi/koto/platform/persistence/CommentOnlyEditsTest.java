package fi.koto.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A database migrated before V4's and V10's comments were corrected starts on the corrected files; a migration
 * changed in any other way is still refused.
 */
class CommentOnlyEditsTest {

    @Test
    void aDatabaseMigratedWithTheOldCommentsUpgradesAndTamperingIsStillRefused() throws Exception {
        var db = new H2Upgrade("comment_only_edits");
        try (Connection keep = db.connect();
                var s = keep.createStatement()) {
            db.migrate();
            // as the history of a database migrated before the edit records them
            for (var edit : CommentOnlyEdits.EDITS) {
                s.executeUpdate("update flyway_schema_history set checksum = " + edit.before() + " where version = '"
                        + edit.version() + "'");
            }
            assertThatThrownBy(db::migrate).isInstanceOf(FlywayException.class).hasMessageContaining("checksum");

            assertThat(CommentOnlyEdits.realign(dataSource(db))).isEqualTo(2);
            db.migrate();
            assertThat(H2Upgrade.rows(
                            s,
                            "select checksum from flyway_schema_history where version in ('4', '10')"
                                    + " order by installed_rank"))
                    .containsExactly("-1580305993", "-1696486016");
            assertThat(CommentOnlyEdits.realign(dataSource(db))).as("once only").isZero();

            s.executeUpdate("update flyway_schema_history set checksum = 12345 where version = '4'");
            assertThat(CommentOnlyEdits.realign(dataSource(db))).isZero();
            assertThatThrownBy(db::migrate).isInstanceOf(FlywayException.class).hasMessageContaining("checksum");
        }
    }

    @Test
    void aNewDatabaseHasNothingToRealign() throws Exception {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:comment_only_edits_empty" + DatabaseSettings.H2_OPTIONS);
        assertThat(CommentOnlyEdits.realign(ds)).isZero();
    }

    private static JdbcDataSource dataSource(H2Upgrade db) throws Exception {
        var ds = new JdbcDataSource();
        try (Connection c = db.connect()) {
            ds.setURL(c.getMetaData().getURL());
        }
        return ds;
    }
}
