package fi.koto.placement.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.koto.it.Api;
import fi.koto.it.KotoJar;
import fi.koto.it.PostgresTestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash recovery of batch jobs (issues 4 and 7): {@code target/koto.jar} on an H2 file database of its own imports
 * 50,000 rows and is killed with SIGKILL while the import runs, with a report just asked for. Started again on the
 * same database, it says both jobs FAILED (interrupted by a server restart); the import restarted runs on from its
 * last written line, and the same file imported once more completes too: the realised placements of every
 * municipality and year then equal the file's exactly (nothing counted twice, nothing committed lost).
 *
 * <p>Runs in both failsafe executions, each on a database of its own: in the H2 one on an H2 file database, in the
 * PostgreSQL one on a PostgreSQL database it creates beside the run's test database and drops at the end.
 */
class ImportCrashRecoveryIT {

    static final int ROWS = 50_000;
    static final int FIRST_YEAR = 2001;
    static final String[] GROUPS = {
        "QUOTA_REFUGEE",
        "QUOTA_EMERGENCY",
        "ASYLUM_PERMIT",
        "UNACCOMPANIED_MINOR",
        "TEMPORARY_PROTECTION",
        "FAMILY_MEMBER"
    };
    static final Duration JOB_WAIT = Duration.ofMinutes(10);

    /** The file and what it adds up to: per year, per municipality, {realised, self-settled} persons. */
    record ImportFile(byte[] csv, Map<Integer, Map<String, List<Integer>>> totals) {}

    /** The PostgreSQL database this test made, or null on H2. */
    private String postgresDatabase;

    @AfterEach
    void dropPostgresDatabase() {
        if (postgresDatabase != null) {
            PostgresTestDatabase.execute("drop database if exists " + postgresDatabase + " with (force)");
        }
    }

    @Test
    void jobsOfAKilledServerAreFailedAndTheImportRunsAgainWithoutCountingTwice() throws Exception {
        Path data = Path.of("target", "it-data", "crash-" + Long.toString(System.currentTimeMillis(), 36))
                .toAbsolutePath();
        Map<String, String> env = new HashMap<>();
        env.put("KOTO_DATA_DIR", data.toString());
        env.put("KOTO_DB_URL", null);
        env.put("KOTO_DB_USER", null);
        env.put("KOTO_DB_PASSWORD", null);
        if (PostgresTestDatabase.active()) {
            postgresDatabase = PostgresTestDatabase.name() + "_crash";
            PostgresTestDatabase.execute("drop database if exists " + postgresDatabase + " with (force)");
            PostgresTestDatabase.execute("create database " + postgresDatabase);
            env.put("KOTO_DB_URL", PostgresTestDatabase.urlOf(postgresDatabase));
            env.put("KOTO_DB_USER", System.getProperty("koto.it.postgres.user"));
        }
        System.out.println("Crash IT: database "
                + (postgresDatabase == null ? "H2 file in " + data : "PostgreSQL " + postgresDatabase));
        env.put("KOTO_INSTANCE_NAME", null);
        env.put("KOTO_SMTP_HOST", null);
        env.put("KOTO_DEMO", "true");
        env.put("KOTO_IMPORT_MAX_BYTES", String.valueOf(20 * 1024 * 1024));
        int port = KotoJar.freePort();

        long importId;
        long reportId;
        int processedBeforeKill;
        ImportFile file;
        try (KotoJar first = KotoJar.start(port, "crash-first", env)) {
            first.awaitReady();
            URL base = first.base();
            Api admin = Api.as(base, "admin");
            file = importFile(admin);
            importId = startImport(admin, file);
            AtomicReference<JsonObject> running = new AtomicReference<>();
            await().atMost(JOB_WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
                JsonObject view = view(admin, importId);
                running.set(view);
                assertThat(view.getString("status"))
                        .as("the import must still run: make the file larger")
                        .isEqualTo("STARTED");
                return view.getInt("rowsProcessed") > 0;
            });
            var report = Api.as(base, "manager")
                    .post(
                            "api/v1/reports",
                            "{\"type\":\"PLACEMENTS\",\"year\":2005,\"format\":\"XLSX\",\"language\":\"en\"}");
            assertThat(report.status()).as(report.toString()).isEqualTo(202);
            reportId = ((JsonObject) report.json()).getJsonNumber("id").longValue();
            first.kill();
            processedBeforeKill = running.get().getInt("rowsProcessed");
            System.out.println("Crash IT: killed with " + running.get() + " and report " + reportId + " asked for");
        }

        try (KotoJar second = KotoJar.start(port, "crash-second", env)) {
            second.awaitReady();
            URL base = second.base();
            Api admin = Api.as(base, "admin");

            JsonObject interrupted = view(admin, importId);
            System.out.println("Crash IT: after the restart " + interrupted);
            assertThat(interrupted.getString("status"))
                    .as(interrupted.toString())
                    .isEqualTo("FAILED");
            assertThat(interrupted.getString("failure")).startsWith("Interrupted by a server restart; run again");
            assertThat(interrupted.getInt("rowsProcessed"))
                    .as("what was committed is kept")
                    .isGreaterThanOrEqualTo(processedBeforeKill)
                    .isLessThan(ROWS);
            assertThat(interrupted.getInt("accepted")).isEqualTo(interrupted.getInt("rowsProcessed"));
            var reportAnswer = Api.as(base, "manager").get("api/v1/reports/" + reportId);
            assertThat(reportAnswer.status())
                    .as("the report asked for (and answered 202) before the kill is kept: " + reportAnswer)
                    .isEqualTo(200);
            JsonObject report = (JsonObject) reportAnswer.json();
            // killed while it ran, it is FAILED; a fast machine may have finished it before the kill: then it is
            // COMPLETED with its file. Never left STARTED.
            assertThat(report.getString("status")).as(report.toString()).isIn("FAILED", "COMPLETED");
            if (report.getString("status").equals("COMPLETED")) {
                var reportFile = Api.as(base, "manager")
                        .sendForBytes(Api.as(base, "manager")
                                .request("api/v1/reports/" + reportId + "/file")
                                .setHeader("Accept", "*/*")
                                .GET());
                assertThat(reportFile.statusCode()).isEqualTo(200);
            }

            // restarted: it runs on after its last written line and counts every row exactly once
            var restart = admin.post("api/v1/placements/imports/" + importId + "/restart", "");
            assertThat(restart.status()).as(restart.toString()).isEqualTo(202);
            JsonObject resumed = finished(admin, importId);
            assertThat(resumed.getString("status")).as(resumed.toString()).isEqualTo("COMPLETED");
            assertThat(resumed.getInt("rowsProcessed")).isEqualTo(ROWS);
            assertThat(resumed.getInt("accepted")).isEqualTo(ROWS);
            assertThat(resumed.getInt("rejected")).isZero();
            assertThat(resumed.isNull("failure")).isTrue();
            assertTotals(admin, file);

            // the same file again: every row accepted, nothing counted twice
            long again = startImport(admin, file);
            JsonObject rerun = finished(admin, again);
            assertThat(rerun.getString("status")).as(rerun.toString()).isEqualTo("COMPLETED");
            assertThat(rerun.getInt("accepted")).isEqualTo(ROWS);
            assertTotals(admin, file);
        }
    }

    private static ImportFile importFile(Api admin) {
        List<String> codes = ((JsonArray)
                        admin.get("api/v1/municipalities?sort=code&limit=30").json())
                .getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("code"))
                        .toList();
        StringBuilder csv = new StringBuilder("municipality_code,month,target_group,persons,under_7,self_settled\n");
        Map<Integer, Map<String, List<Integer>>> totals = new TreeMap<>();
        int rows = 0;
        fill:
        for (int year = FIRST_YEAR; ; year++) {
            for (String code : codes) {
                for (int month = 1; month <= 12; month++) {
                    for (String group : GROUPS) {
                        for (boolean selfSettled : new boolean[] {false, true}) {
                            if (rows == ROWS) {
                                break fill;
                            }
                            int persons = 1 + rows % 9;
                            csv.append(code)
                                    .append(',')
                                    .append(year)
                                    .append('-')
                                    .append(month < 10 ? "0" : "")
                                    .append(month)
                                    .append(',')
                                    .append(group)
                                    .append(',')
                                    .append(persons)
                                    .append(',')
                                    .append(rows % 2)
                                    .append(',')
                                    .append(selfSettled)
                                    .append('\n');
                            var sums = totals.computeIfAbsent(year, y -> new TreeMap<>())
                                    .computeIfAbsent(code, c -> new java.util.ArrayList<>(List.of(0, 0)));
                            sums.set(selfSettled ? 1 : 0, sums.get(selfSettled ? 1 : 0) + persons);
                            rows++;
                        }
                    }
                }
            }
        }
        return new ImportFile(csv.toString().getBytes(StandardCharsets.UTF_8), totals);
    }

    private static long startImport(Api admin, ImportFile file) {
        var answer = admin.send(admin.request("api/v1/placements/imports")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.csv())));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        return ((JsonObject) answer.json()).getJsonNumber("id").longValue();
    }

    private static JsonObject view(Api admin, long id) {
        var answer = admin.get("api/v1/placements/imports/" + id);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return (JsonObject) answer.json();
    }

    private static JsonObject finished(Api admin, long id) {
        return await().atMost(JOB_WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> view(admin, id), view -> !"STARTED".equals(view.getString("status")));
    }

    /** The realised and self-settled persons of every year of the file, per municipality, equal the file's. */
    private static void assertTotals(Api admin, ImportFile file) {
        file.totals().forEach((year, expected) -> {
            Map<String, List<Integer>> actual = new TreeMap<>();
            for (JsonObject row :
                    ((JsonArray) admin.get("api/v1/utilisation?year=" + year).json()).getValuesAs(JsonObject.class)) {
                int realised = row.getJsonObject("realised").getInt("total");
                int selfSettled = row.getJsonObject("selfSettled").getInt("total");
                if (realised > 0 || selfSettled > 0) {
                    actual.put(row.getString("municipalityCode"), List.of(realised, selfSettled));
                }
            }
            assertThat(actual)
                    .as("realised and self-settled persons in " + year)
                    .isEqualTo(expected);
        });
    }
}
