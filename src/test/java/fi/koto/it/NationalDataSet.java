package fi.koto.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The national-size data set the benchmarks run on (the report benchmark, the load benchmark): all municipalities
 * with ten years of placements, agreements and programmes with review histories. Not test data for assertions.
 */
public final class NationalDataSet {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    static final String[] GROUPS = {
        "QUOTA_REFUGEE",
        "QUOTA_EMERGENCY",
        "ASYLUM_PERMIT",
        "UNACCOMPANIED_MINOR",
        "TEMPORARY_PROTECTION",
        "FAMILY_MEMBER"
    };

    private NationalDataSet() {}

    /**
     * Fills the database straight through JDBC while Koto is stopped (H2 keeps its file locked): for every
     * municipality ten years of monthly placements per target group (self-settled rows for asylum permits and
     * temporary protection too), for every mainland municipality without one an agreement with places for each
     * year, and two programmes: one approved in 2020 after a request for changes, one in its second review round
     * in 2025. Ids lie far above what the application's sequences hand out.
     */
    public static String seed(Path data) throws Exception {
        return seed(h2Url(data), "koto");
    }

    /** The JDBC address of the H2 file database a demo server keeps in {@code data}. */
    public static String h2Url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("koto")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** The same on any database Koto's migrations made (H2 or PostgreSQL), as {@code user} without a password. */
    public static String seed(String url, String user) throws Exception {
        var random = new Random(11);
        long placements = 0;
        long programmes = 0;
        long agreements = 0;
        int count;
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            List<String[]> municipalities = new ArrayList<>();
            try (ResultSet rs = db.createStatement()
                    .executeQuery("select m.code, m.aland,"
                            + " (select s.authority_id from service_area s where s.municipality_code = m.code"
                            + " and s.valid_from <= date '2016-01-01' and (s.valid_to is null or s.valid_to >= date '2016-01-01'))"
                            + " from municipality m order by m.code")) {
                while (rs.next()) {
                    municipalities.add(
                            new String[] {rs.getString(1), String.valueOf(rs.getBoolean(2)), rs.getString(3)});
                }
            }
            count = municipalities.size();
            db.createStatement().executeUpdate("delete from realised_placement");
            long id = 100_000_000L;
            try (PreparedStatement insert = db.prepareStatement("insert into realised_placement (id, municipality_code,"
                    + " placement_month, target_group, persons, under_7, self_settled, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (String[] m : municipalities) {
                    for (LocalDate month = LocalDate.of(2016, 1, 1);
                            month.getYear() <= 2025;
                            month = month.plusMonths(1)) {
                        for (String group : GROUPS) {
                            boolean[] flags = group.equals("ASYLUM_PERMIT") || group.equals("TEMPORARY_PROTECTION")
                                    ? new boolean[] {false, true}
                                    : new boolean[] {false};
                            for (boolean selfSettled : flags) {
                                int persons = random.nextInt(selfSettled ? 3 : 6);
                                insert.setLong(1, id++);
                                insert.setString(2, m[0]);
                                insert.setObject(3, month);
                                insert.setString(4, group);
                                insert.setInt(5, persons);
                                insert.setInt(6, persons / 3);
                                insert.setBoolean(7, selfSettled);
                                insert.addBatch();
                                if (++placements % 10_000 == 0) {
                                    insert.executeBatch();
                                    db.commit();
                                }
                            }
                        }
                    }
                }
                insert.executeBatch();
            }
            List<String> withAgreement = new ArrayList<>();
            try (ResultSet rs =
                    db.createStatement().executeQuery("select distinct municipality_code from placement_agreement")) {
                while (rs.next()) {
                    withAgreement.add(rs.getString(1));
                }
            }
            try (PreparedStatement agreement = db.prepareStatement("insert into placement_agreement (id,"
                            + " municipality_code, authority_id, status, signed_date, created_at, created_by, version)"
                            + " values (?, ?, ?, 'ACTIVE', date '2015-11-01', ?, 'benchmark', 0)");
                    PreparedStatement places = db.prepareStatement("insert into annual_places (id, agreement_id,"
                            + " places_year, quota_refugee, quota_emergency, asylum_permit, unaccompanied_minor,"
                            + " temporary_protection, family_member, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement programme = db.prepareStatement("insert into programme (id, title, legal_basis,"
                            + " period_start, period_end, status, swedish_required, submission_round, submitted_at,"
                            + " review_due, approved_at, reviewer, created_by, created_at, changed_by, changed_at,"
                            + " version) values (?, ?, ?, ?, ?, ?, false, 2, ?, ?, ?, 'benchmark', 'benchmark', ?,"
                            + " 'benchmark', ?, 0)");
                    PreparedStatement link = db.prepareStatement(
                            "insert into programme_municipality (programme_id," + " municipality_code) values (?, ?)");
                    PreparedStatement event = db.prepareStatement("insert into programme_event (id, programme_id, at,"
                            + " actor, action, from_status, to_status) values (?, ?, ?, 'benchmark', ?, ?, ?)")) {
                long agreementId = 100_000_000L;
                long placesId = 100_000_000L;
                long programmeId = 100_000_000L;
                long eventId = 100_000_000L;
                for (String[] m : municipalities) {
                    if (Boolean.parseBoolean(m[1]) || m[2] == null) {
                        continue; // Åland: no serving authority, no agreement, no programme under this law
                    }
                    if (!withAgreement.contains(m[0])) {
                        agreement.setLong(1, ++agreementId);
                        agreement.setString(2, m[0]);
                        agreement.setLong(3, Long.parseLong(m[2]));
                        agreement.setObject(4, OffsetDateTime.of(2015, 9, 1, 9, 0, 0, 0, java.time.ZoneOffset.UTC));
                        agreement.executeUpdate();
                        agreements++;
                        for (int year = 2016; year <= 2026; year++) {
                            places.setLong(1, ++placesId);
                            places.setLong(2, agreementId);
                            places.setInt(3, year);
                            for (int g = 0; g < GROUPS.length; g++) {
                                places.setInt(4 + g, random.nextInt(40));
                            }
                            places.addBatch();
                        }
                        places.executeBatch();
                    }
                    String[][] histories = {
                        {
                            "ACT_1386_2010",
                            "APPROVED",
                            "2019-09-02",
                            "CREATE:-:DRAFT",
                            "2019-11-04",
                            "SUBMIT:DRAFT:SUBMITTED",
                            "2019-11-20",
                            "START_REVIEW:SUBMITTED:IN_REVIEW",
                            "2020-01-10",
                            "REQUEST_CHANGES:IN_REVIEW:CHANGES_REQUESTED",
                            "2020-02-14",
                            "SUBMIT:CHANGES_REQUESTED:SUBMITTED",
                            "2020-02-20",
                            "START_REVIEW:SUBMITTED:IN_REVIEW",
                            "2020-03-16",
                            "APPROVE:IN_REVIEW:APPROVED"
                        },
                        {
                            "ACT_681_2023",
                            "SUBMITTED",
                            "2025-01-13",
                            "CREATE:-:DRAFT",
                            "2025-05-05",
                            "SUBMIT:DRAFT:SUBMITTED",
                            "2025-05-26",
                            "START_REVIEW:SUBMITTED:IN_REVIEW",
                            "2025-07-01",
                            "REQUEST_CHANGES:IN_REVIEW:CHANGES_REQUESTED",
                            "2025-09-15",
                            "SUBMIT:CHANGES_REQUESTED:SUBMITTED"
                        }
                    };
                    for (String[] history : histories) {
                        programme.setLong(1, ++programmeId);
                        programme.setString(2, "Ohjelma " + m[0] + " " + history[2].substring(0, 4));
                        programme.setString(3, history[0]);
                        LocalDate created = LocalDate.parse(history[2]);
                        programme.setObject(4, LocalDate.of(created.getYear() + 1, 1, 1));
                        programme.setObject(5, LocalDate.of(created.getYear() + 4, 12, 31));
                        programme.setString(6, history[1]);
                        OffsetDateTime last = at(history[history.length - 2]);
                        programme.setObject(7, last);
                        programme.setObject(8, last.toLocalDate().plusDays(30));
                        programme.setObject(9, history[1].equals("APPROVED") ? last : null);
                        programme.setObject(10, at(history[2]));
                        programme.setObject(11, last);
                        programme.executeUpdate();
                        link.setLong(1, programmeId);
                        link.setString(2, m[0]);
                        link.executeUpdate();
                        for (int e = 2; e < history.length; e += 2) {
                            String[] step = history[e + 1].split(":");
                            event.setLong(1, ++eventId);
                            event.setLong(2, programmeId);
                            event.setObject(3, at(history[e]));
                            event.setString(4, step[0]);
                            event.setString(5, step[1].equals("-") ? null : step[1]);
                            event.setString(6, step[2]);
                            event.addBatch();
                        }
                        event.executeBatch();
                        programmes++;
                    }
                }
            }
            db.commit();
            if (url.startsWith("jdbc:h2:")) {
                db.createStatement().execute("shutdown compact"); // H2 only: the file shrinks and is free again
            }
        }
        return String.format(
                "%,d placement rows (%d municipalities × 120 months × 6 groups, self-settled rows for two"
                        + " groups), %d agreements with places 2016-2026, %d programmes with their review events",
                placements, count, agreements, programmes);
    }

    private static OffsetDateTime at(String day) {
        return LocalDate.parse(day).atTime(10, 0).atZone(FINLAND).toOffsetDateTime();
    }
}
