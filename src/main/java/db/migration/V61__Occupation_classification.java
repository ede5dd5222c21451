package db.migration;

import fi.koto.reference.control.OccupationClassification;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the occupation classification (ISCO-08) from {@code db/reference/occupations_isco08.csv} into
 * {@code occupation}, keeping the file as its source publishes it (see that folder's SOURCES.md).
 */
public class V61__Occupation_classification extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement ps = context.getConnection()
                .prepareStatement("insert into occupation (code, level, parent_code, title_fi, title_sv, title_en)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            for (var o : OccupationClassification.load()) {
                ps.setString(1, o.code());
                ps.setInt(2, o.level());
                ps.setString(3, o.parentCode());
                ps.setString(4, o.titleFi());
                ps.setString(5, o.titleSv());
                ps.setString(6, o.titleEn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
