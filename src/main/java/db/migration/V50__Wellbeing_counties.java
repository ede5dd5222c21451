package db.migration;

import fi.koto.reference.control.WellbeingCountyData;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 16 item 8: the wellbeing services counties as reference data, from {@code db/reference/wellbeing_counties*.csv}
 * (Statistics Finland, CC BY 4.0; docs/domain.md, "Wellbeing services counties"), and each mainland municipality's
 * county. Åland municipalities keep no county (null). Existing municipality rows are only given the new column,
 * so every reference to them stays as it was. Works on H2 and PostgreSQL alike (plain DDL and batched inserts).
 */
public class V50__Wellbeing_counties extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        WellbeingCountyData data = WellbeingCountyData.load();
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("create table wellbeing_county ("
                    + " code varchar(2) not null primary key,"
                    + " name_fi varchar(200) not null,"
                    + " name_sv varchar(200) not null,"
                    + " name_en varchar(200) not null,"
                    + " region_code varchar(2) not null references region (code),"
                    + " wellbeing_county boolean not null,"
                    + " valid_from date not null,"
                    + " valid_to date)");
            s.execute("alter table municipality add column wellbeing_county_code varchar(2)"
                    + " references wellbeing_county (code)");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into wellbeing_county"
                + " (code, name_fi, name_sv, name_en, region_code, wellbeing_county, valid_from)"
                + " values (?, ?, ?, ?, ?, ?, ?)")) {
            for (var county : data.counties()) {
                ps.setString(1, county.code());
                ps.setString(2, county.nameFi());
                ps.setString(3, county.nameSv());
                ps.setString(4, county.nameEn());
                ps.setString(5, county.regionCode());
                ps.setBoolean(6, county.wellbeingCounty());
                ps.setDate(7, Date.valueOf(WellbeingCountyData.COUNTIES_START));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps =
                c.prepareStatement("update municipality set wellbeing_county_code = ? where code = ? and aland = ?")) {
            for (var entry : data.countyOfMunicipality().entrySet()) {
                ps.setString(1, entry.getValue());
                ps.setString(2, entry.getKey());
                ps.setBoolean(3, false);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
