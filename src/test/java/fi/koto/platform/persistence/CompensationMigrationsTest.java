package fi.koto.platform.persistence;

import static fi.koto.platform.persistence.H2Upgrade.rows;
import static fi.koto.platform.persistence.H2Upgrade.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A database of the version before issue 16's compensation work (migrated up to V49) with data in it upgrades
 * without loss through V50-V52 (docs/domain.md, "Compensation" and "Wellbeing services counties"): agreements keep
 * their consultation and get their county, an administrator's own rate and period rows are kept, the municipality
 * rows get their county. On an in-memory H2 database with Koto's H2 options, as the server migrates at start-up.
 */
class CompensationMigrationsTest {

    @Test
    void anExistingDatabaseUpgradesWithoutLoss() throws SQLException {
        var database = new H2Upgrade("compensation-upgrade");
        try (Connection c = database.connect()) {
            database.migrateBefore("50");
            try (Statement s = c.createStatement()) {
                long authority = single(s, "select min(id) from regional_authority");
                s.execute("insert into placement_agreement (id, municipality_code, authority_id, status,"
                        + " wellbeing_consulted_date, created_at, created_by, version) values"
                        + " (1000, '049', " + authority + ", 'ACTIVE', date '2024-05-02', current_timestamp, 'o', 3),"
                        + " (1001, '179', " + authority
                        + ", 'TERMINATED', date '2016-09-01', current_timestamp, 'o', 1),"
                        + " (1002, '091', " + authority + ", 'DRAFT', null, current_timestamp, 'o', 0)");
                // An administrator's rows recorded through the API before the upgrade (CompensationTables).
                s.execute("update compensation_period set valid_to = date '2025-12-31' where id = 1");
                s.execute("insert into compensation_period (id, target_group, years, valid_from, valid_to)"
                        + " values (100, 'QUOTA_REFUGEE', 3, date '2026-01-01', null)");
                s.execute("update compensation_rate set valid_to = date '2026-12-31' where id = 3");
                s.execute("insert into compensation_rate (id, target_group, age_band, recipient, annual_amount,"
                        + " valid_from, valid_to) values (100, 'ALL', 'AGE_7_OR_OVER', 'MUNICIPALITY', 2000.00,"
                        + " date '2027-01-01', null)");
            }

            database.migrate();

            try (Statement s = c.createStatement()) {
                assertThat(rows(
                                s,
                                "select id || ' ' || coalesce(cast(wellbeing_consulted_date as varchar), '-') || ' '"
                                        + " || coalesce(wellbeing_county_code, '-') || ' ' || status || ' ' || version"
                                        + " from placement_agreement where id >= 1000 order by id"))
                        .containsExactly(
                                "1000 2024-05-02 03 ACTIVE 3", "1001 2016-09-01 - TERMINATED 1", "1002 - - DRAFT 0");
                assertThat(rows(
                                s,
                                "select code || ' ' || coalesce(wellbeing_county_code, '-') from municipality"
                                        + " where code in ('049', '091', '179', '478', '853') order by code"))
                        .containsExactly("049 03", "091 90", "179 15", "478 -", "853 05");
                assertThat(single(s, "select count(*) from municipality where wellbeing_county_code is null"))
                        .isEqualTo(16);
                assertThat(single(s, "select count(*) from wellbeing_county")).isEqualTo(22);
                // The administrator's period from 2026 stands; no 2025 row was put in front of it.
                assertThat(
                                rows(
                                        s,
                                        "select years || ' ' || valid_from || ' ' || coalesce(cast(valid_to as varchar), '-')"
                                                + " from compensation_period where target_group = 'QUOTA_REFUGEE' order by valid_from"))
                        .containsExactly("4 2012-01-01 2025-12-31", "3 2026-01-01 -");
                assertThat(
                                rows(
                                        s,
                                        "select years || ' ' || valid_from || ' ' || coalesce(cast(valid_to as varchar), '-')"
                                                + " from compensation_period where target_group = 'ASYLUM_PERMIT' order by valid_from"))
                        .containsExactly("3 2012-01-01 2024-12-31", "2 2025-01-01 -");
                assertThat(rows(
                                s,
                                "select annual_amount || ' ' || coalesce(cast(valid_to as varchar), '-') || ' ' || source"
                                        + " from compensation_rate where id in (3, 100) order by id"))
                        .containsExactly(
                                "1955.00 2026-12-31 Act 936/2022, from 1.1.2023: municipalities except Aland"
                                        + " (https://kotoutuminen.fi/laskennallinen-korvaus)",
                                "2000.00 - Added by an administrator");
                assertThat(single(s, "select count(*) from compensation_rate where source is null"))
                        .isZero();
                assertThat(single(s, "select count(*) from compensation_period where source is null"))
                        .isZero();
                assertThat(rows(s, "select mode || ' ' || verified from compensation_transition"))
                        .containsExactly("LENGTH_AT_START FALSE");
            }
        }
    }
}
