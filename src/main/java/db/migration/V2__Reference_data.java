package db.migration;

import fi.koto.reference.control.ReferenceDataSet;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the shipped reference data (municipalities, regions, authorities and service areas) from the CSV files in
 * {@code db/reference/}, so that the data stays in the form Statistics Finland publishes it, with its attribution.
 */
public class V2__Reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        ReferenceDataSet data = ReferenceDataSet.load();
        Connection c = context.getConnection();
        try (PreparedStatement ps =
                c.prepareStatement("insert into region (code, name_fi, name_sv) values (?, ?, ?)")) {
            for (var r : data.regions()) {
                ps.setString(1, r.code());
                ps.setString(2, r.nameFi());
                ps.setString(3, r.nameSv());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into municipality"
                + " (code, name_fi, name_sv, name_se, region_code, language, aland) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (var m : data.municipalities()) {
                ps.setString(1, m.code());
                ps.setString(2, m.nameFi());
                ps.setString(3, m.nameSv());
                ps.setString(4, m.nameSe());
                ps.setString(5, m.regionCode());
                ps.setString(6, m.language().name());
                ps.setBoolean(7, m.aland());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into regional_authority"
                        + " (id, code, kind, name_fi, name_sv, name_en, valid_from, valid_to) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (var a : data.authorities()) {
                ps.setLong(1, a.id());
                ps.setString(2, a.code());
                ps.setString(3, a.kind().name());
                ps.setString(4, a.nameFi());
                ps.setString(5, a.nameSv());
                ps.setString(6, a.nameEn());
                ps.setDate(7, Date.valueOf(a.validFrom()));
                setDate(ps, 8, a.validTo());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into service_area"
                + " (id, authority_id, municipality_code, valid_from, valid_to) values (?, ?, ?, ?, ?)")) {
            for (var s : data.serviceAreas()) {
                ps.setLong(1, s.id());
                ps.setLong(2, s.authorityId());
                ps.setString(3, s.municipalityCode());
                ps.setDate(4, Date.valueOf(s.validFrom()));
                setDate(ps, 5, s.validTo());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }
}
