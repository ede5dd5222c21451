package fi.koto.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Migrations whose comments were corrected after they had run: Flyway's checksum covers comments, so a database
 * migrated before the edit would refuse to start ("checksum mismatch"). Before migrating, each listed version's
 * recorded checksum is moved from the value of the old text to the value of the new one, and only from exactly that
 * value: any other difference still fails Flyway's validation as it should. The SQL of these migrations is unchanged.
 */
final class CommentOnlyEdits {

    /** One corrected migration: its version and its checksum before and after the comment edit. */
    record Edit(String version, int before, int after) {}

    /**
     * V4 and V10 cited the domain brief outside the repository; they cite docs/domain.md now. The checksums are
     * Flyway's own ({@code ChecksumCalculator}) of the old and the new file.
     */
    static final List<Edit> EDITS =
            List.of(new Edit("4", -1743431206, -1580305993), new Edit("10", -1966064310, -1696486016));

    private CommentOnlyEdits() {}

    /** Realigns the recorded checksums; a database without Flyway's history table yet is left alone. */
    static int realign(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            if (!hasHistory(db)) {
                return 0;
            }
            int changed = 0;
            try (PreparedStatement update = db.prepareStatement(
                    "update flyway_schema_history set checksum = ?" + " where version = ? and checksum = ?")) {
                for (Edit edit : EDITS) {
                    update.setInt(1, edit.after());
                    update.setString(2, edit.version());
                    update.setInt(3, edit.before());
                    changed += update.executeUpdate();
                }
            }
            if (!db.getAutoCommit()) {
                db.commit();
            }
            return changed;
        }
    }

    private static boolean hasHistory(Connection db) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return tables.next();
        }
    }
}
