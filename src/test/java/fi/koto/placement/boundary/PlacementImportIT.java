package fi.koto.placement.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Imports of realised placements through {@code /api/v1/placements/imports}, black-box: rejected rows with their
 * lines and reasons, a second run of the same file changing nothing, XLSX, refused files and who may import what.
 * Figures for Helsinki (091) in 2019, a year the demo data leaves empty.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlacementImportIT {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "municipality_code,month,target_group,persons,under_7,self_settled\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private Api.Response upload(Api api, String mediaType, byte[] body) {
        return api.send(api.request("api/v1/placements/imports")
                .header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private long started(Api api, String mediaType, byte[] body) {
        var answer = upload(api, mediaType, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        long id = ((JsonObject) answer.json()).getJsonNumber("id").longValue();
        assertThat(answer.header("Location")).endsWith("/api/v1/placements/imports/" + id);
        return id;
    }

    /**
     * Polls the import until it has ended, for at most five minutes: a safety net against a hung job, not a
     * measure of speed (a loaded CI machine took over a minute for the 50,000-row file).
     */
    private JsonObject finished(Api api, long id) {
        AtomicReference<JsonObject> view = new AtomicReference<>();
        try {
            await().atMost(Duration.ofMinutes(5))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        var answer = api.get("api/v1/placements/imports/" + id);
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                        view.set((JsonObject) answer.json());
                        return !"STARTED".equals(view.get().getString("status"));
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("import " + id + " still running: " + view.get(), e);
        }
        return view.get();
    }

    /** Line -> the messages of the rejected rows. */
    private static Map<Integer, String> errors(JsonObject view) {
        Map<Integer, String> errors = new TreeMap<>();
        for (JsonObject e : view.getJsonArray("errors").getValuesAs(JsonObject.class)) {
            errors.merge(e.getInt("line"), e.getString("message"), (a, b) -> a + " | " + b);
        }
        return errors;
    }

    /** Realised (assigned) and self-settled totals of Helsinki in 2019, as official.uusimaa sees them. */
    private int[] helsinki2019() {
        var answer = Api.as(base, "official.uusimaa").get("api/v1/utilisation?year=2019&municipality=091");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonArray rows = (JsonArray) answer.json();
        if (rows.isEmpty()) {
            return new int[] {0, 0};
        }
        JsonObject row = rows.getJsonObject(0);
        return new int[] {
            row.getJsonObject("realised").getInt("total"),
            row.getJsonObject("selfSettled").getInt("total")
        };
    }

    @Test
    void goodRowsAreImportedEveryBadRowIsReportedAndASecondRunCountsNothingTwice() {
        Api official = Api.as(base, "official.uusimaa");
        byte[] csv = (HEADER
                        + "091,2019-01,QUOTA_REFUGEE,5,2,false\n" // 2 accepted
                        + "091,2019-02,ASYLUM_PERMIT,3,0,true\n" // 3 accepted, self-settled
                        + "999,2019-01,QUOTA_REFUGEE,1,0,false\n" // 4 unknown municipality
                        + "179,2019-01,QUOTA_REFUGEE,1,0,false\n" // 5 outside the scope of Uusimaa
                        + "091,2019-03,TOURIST,1,0,false\n" // 6 unknown group
                        + "091,2019-04,QUOTA_REFUGEE,-1,0,false\n" // 7 negative
                        + "091,2019-05,QUOTA_REFUGEE,abc,0,false\n" // 8 not a number
                        + "091,2019-06,QUOTA_REFUGEE,2,3,false\n" // 9 more under 7 than persons
                        + "091,2019-01,QUOTA_REFUGEE,9,1,false\n" // 10 duplicate of line 2
                        + "\n"
                        + "091,2019-07,FAMILY_MEMBER,4,1,false\n") // 12 accepted
                .getBytes(StandardCharsets.UTF_8);
        int[] before = helsinki2019();

        JsonObject first = finished(official, started(official, CSV, csv));
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.getInt("progress")).isEqualTo(100);
        assertThat(first.getInt("accepted")).isEqualTo(3);
        assertThat(first.getInt("rejected")).isEqualTo(7);
        Map<Integer, String> errors = errors(first);
        assertThat(errors.keySet()).containsExactly(4, 5, 6, 7, 8, 9, 10);
        assertThat(errors.get(4)).contains("Unknown municipality \"999\"");
        assertThat(errors.get(5)).contains("outside the municipalities you may enter");
        assertThat(errors.get(6)).contains("Unknown target group \"TOURIST\"");
        assertThat(errors.get(7)).contains("\"-1\"");
        assertThat(errors.get(8)).contains("\"abc\"");
        assertThat(errors.get(9)).contains("greater than the number of persons");
        assertThat(errors.get(10)).contains("Duplicate row").contains("line 2");
        int[] after = helsinki2019();
        assertThat(after).containsExactly(before[0] + 9, before[1] + 3);

        JsonObject second = finished(official, started(official, CSV, csv));
        assertThat(second.getString("status")).isEqualTo("COMPLETED");
        assertThat(second.getInt("accepted")).isEqualTo(3);
        assertThat(helsinki2019()).as("the same file again").containsExactly(after);

        var someoneElse = Api.as(base, "official.keskisuomi")
                .get("api/v1/placements/imports/" + second.getJsonNumber("id").longValue());
        assertThat(someoneElse.status()).as("another official's import").isEqualTo(404);
        assertThat(Api.as(base, "admin")
                        .get("api/v1/placements/imports/"
                                + second.getJsonNumber("id").longValue())
                        .status())
                .as("an administrator sees every import")
                .isEqualTo(200);
    }

    @Test
    void aSemicolonCsvOfAnotherAuthorityRejectsTheRowsOutsideItsScope() {
        Api keskisuomi = Api.as(base, "official.keskisuomi");
        byte[] csv = (HEADER.replace(',', ';')
                        + "179;2019-01;QUOTA_REFUGEE;2;0;false\n"
                        + "091;2019-09;QUOTA_REFUGEE;50;0;false\n")
                .getBytes(StandardCharsets.UTF_8);
        int[] before = helsinki2019();
        JsonObject view = finished(keskisuomi, started(keskisuomi, CSV, csv));
        assertThat(view.getInt("accepted")).isEqualTo(1);
        assertThat(errors(view)).containsOnlyKeys(3);
        assertThat(errors(view).get(3)).contains("\"091\"").contains("outside");
        assertThat(helsinki2019()).containsExactly(before);
    }

    @Test
    void anXlsxWorkbookIsImported() throws IOException {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("placements");
            var header = sheet.createRow(0);
            String[] columns = HEADER.strip().split(",");
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            var good = sheet.createRow(1);
            good.createCell(0).setCellValue("091");
            good.createCell(1).setCellValue("2019-08");
            good.createCell(2).setCellValue("QUOTA_EMERGENCY");
            good.createCell(3).setCellValue(2);
            good.createCell(4).setCellValue(1);
            good.createCell(5).setCellValue(false);
            var bad = sheet.createRow(2);
            bad.createCell(0).setCellValue("091");
            bad.createCell(1).setCellValue("2019-09");
            bad.createCell(2).setCellValue("QUOTA_EMERGENCY");
            bad.createCell(3).setCellValue(1);
            bad.createCell(4).setCellValue(2);
            bad.createCell(5).setCellValue(false);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Api official = Api.as(base, "official.uusimaa");
        JsonObject view = finished(official, started(official, XLSX, xlsx));
        assertThat(view.getString("status")).as(view.toString()).isEqualTo("COMPLETED");
        assertThat(view.getInt("accepted")).as(view.toString()).isEqualTo(1);
        assertThat(errors(view)).containsOnlyKeys(3);
    }

    @Test
    void filesThatAreNotWhatTheyClaimTooLargeOrZipBombsAreRefusedBeforeAnyRowIsRead() throws IOException {
        Api official = Api.as(base, "official.uusimaa");
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        var renamed = upload(official, CSV, executable);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(422);
        assertThat(renamed.body()).contains("not a CSV file").contains("municipality_code,month");

        var noHeader = upload(official, CSV, "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noHeader.status()).isEqualTo(422);
        assertThat(upload(official, XLSX, HEADER.getBytes(StandardCharsets.UTF_8))
                        .status())
                .as("a CSV sent as XLSX")
                .isEqualTo(422);

        byte[] big = (HEADER + "091,2019-01,QUOTA_REFUGEE,5,2,false\n".repeat(70_000))
                .getBytes(StandardCharsets.UTF_8); // over the limit of 2 MB set for the tests
        var oversized = upload(official, CSV, big);
        assertThat(oversized.status()).as(oversized.toString()).isEqualTo(422);
        assertThat(oversized.body()).contains("larger than the limit");

        var bomb = upload(official, XLSX, zipBomb());
        assertThat(bomb.status()).as(bomb.toString()).isEqualTo(422);
        assertThat(bomb.body()).contains("unsafe");

        byte[] truncated;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("x").createRow(0).createCell(0).setCellValue("municipality_code");
            workbook.write(out);
            truncated = Arrays.copyOf(out.toByteArray(), out.size() / 2);
        }
        var broken = upload(official, XLSX, truncated);
        assertThat(broken.status()).as(broken.toString()).isEqualTo(422);
        assertThat(broken.body()).contains("damaged");
    }

    /**
     * A file near the size limit (rows for the municipalities official.uusimaa sees, 2000-2015, one person each),
     * stopped straight after it was accepted, then restarted: it completes from its checkpoint without counting a
     * row twice.
     */
    @Test
    void aStoppedImportRestartsFromItsCheckpointWithoutCountingTwice() {
        Api official = Api.as(base, "official.uusimaa");
        var listed = official.get("api/v1/municipalities?sort=code&limit=500");
        assertThat(listed.status()).isEqualTo(200);
        List<String> codes = new java.util.ArrayList<>(List.of("091"));
        ((JsonArray) listed.json())
                .getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("code"))
                        .filter(c -> !c.equals("091"))
                        .forEach(codes::add);
        String[] groups = {
            "QUOTA_REFUGEE",
            "QUOTA_EMERGENCY",
            "ASYLUM_PERMIT",
            "UNACCOMPANIED_MINOR",
            "TEMPORARY_PROTECTION",
            "FAMILY_MEMBER"
        };
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 0;
        fill:
        for (String code : codes) {
            for (int year = 2000; year <= 2015; year++) {
                for (int month = 1; month <= 12; month++) {
                    for (String group : groups) {
                        for (String selfSettled : new String[] {"false", "true"}) {
                            if (csv.length() > 1_900_000) {
                                break fill;
                            }
                            csv.append(code)
                                    .append(',')
                                    .append(year)
                                    .append('-')
                                    .append(month < 10 ? "0" : "")
                                    .append(month)
                                    .append(',')
                                    .append(group)
                                    .append(",1,0,")
                                    .append(selfSettled)
                                    .append('\n');
                            rows++;
                        }
                    }
                }
            }
        }
        long id = started(official, CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
        // The test server pauses 100 ms before each chunk of 500 rows (KOTO_IMPORT_CHUNK_PAUSE_MILLIS in the pom),
        // so this import of about 100 chunks runs for at least 10 s: the stop always finds it running.
        var stop = official.post("api/v1/placements/imports/" + id + "/stop", "");
        assertThat(stop.status()).as("stopping a running import: " + stop).isEqualTo(202);
        JsonObject stopped = finished(official, id);
        assertThat(stopped.getString("status")).as(stopped.toString()).isEqualTo("STOPPED");
        assertThat(official.post("api/v1/placements/imports/" + id + "/stop", "")
                        .status())
                .as("stopping a stopped import")
                .isEqualTo(409);

        var restart = official.post("api/v1/placements/imports/" + id + "/restart", "");
        assertThat(restart.status()).as(restart.toString()).isEqualTo(202);
        JsonObject done = finished(official, id);
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.getInt("totalRows")).isEqualTo(rows);
        assertThat(done.getInt("rowsProcessed")).isEqualTo(rows);
        assertThat(done.getInt("accepted") + done.getInt("rejected")).isEqualTo(rows);
        var helsinki = (JsonArray)
                official.get("api/v1/utilisation?year=2010&municipality=091").json();
        assertThat(helsinki.getJsonObject(0).getJsonObject("realised").getInt("total"))
                .isEqualTo(72);
        assertThat(helsinki.getJsonObject(0).getJsonObject("selfSettled").getInt("total"))
                .isEqualTo(72);
        assertThat(official.post("api/v1/placements/imports/" + id + "/restart", "")
                        .status())
                .as("restarting a completed import")
                .isEqualTo(409);
    }

    @Test
    void coordinatorsMayNotImport() {
        var answer = upload(
                Api.as(base, "coord.helsinki"),
                CSV,
                (HEADER + "091,2019-01,QUOTA_REFUGEE,5,2,false\n").getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(Api.as(base, "coord.helsinki")
                        .get("api/v1/placements/imports/1")
                        .status())
                .isEqualTo(403);
    }

    /** A workbook whose sheet expands from about 200 kB to 200 MB of zeros. */
    private static byte[] zipBomb() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : List.of("[Content_Types].xml", "xl/workbook.xml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
