package fi.koto.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.ReportFiles;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring end to end over HTTP: a coordinator builds a plan (every bad field refused at once with 422), enters
 * and reports a year (409 on a stale version, 422 until every measure has an account); the draft is private to the
 * municipality, the reported year is seen by the authority serving it and by managers, never by another
 * municipality's coordinator or another authority's official; the overview lists only the caller's scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCoordinatorPlansEntersAndReportsAndOnlyTheScopeSeesIt() {
        Api coordinator = Api.as(base, "coord.helsinki");
        Api otherCoordinator = Api.as(base, "coord.jyvaskyla");
        Api official = Api.as(base, "official.uusimaa");
        Api otherOfficial = Api.as(base, "official.keskisuomi");
        Api manager = Api.as(base, "manager");
        int year = LocalDate.now().getYear();
        String title = "Monitoring IT " + RUN;
        var created = coordinator.post(
                "api/v1/programmes",
                "{\"municipalityCodes\":[\"091\"],\"legalBasis\":"
                        + "\"ACT_681_2023\",\"title\":\"" + title + "\",\"periodStart\":\"" + year
                        + "-01-01\",\"periodEnd\":\"" + (year + 3) + "-12-31\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        // the draft is shared for guidance, so that the authority serving Helsinki and managers see it
        ok(coordinator.post("api/v1/programmes/" + id + "/sharing", ""));
        String plan = "api/v1/programmes/" + id + "/plan";

        // every reason at once: no theme, no Finnish, no Swedish (Helsinki is bilingual)
        var bad = coordinator.post(plan + "/goals", "{\"theme\":\"\",\"fi\":\" \"}");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(((JsonObject) bad.json()).getJsonArray("errors")).hasSize(3);
        assertThat(official.post(plan + "/goals", "{\"theme\":\"HEALTH\",\"fi\":\"x\",\"sv\":\"y\"}")
                        .status())
                .isEqualTo(403);
        assertThat(otherCoordinator
                        .post(plan + "/goals", "{\"theme\":\"HEALTH\",\"fi\":\"x\",\"sv\":\"y\"}")
                        .status())
                .isEqualTo(404);

        JsonObject p = created(
                coordinator.post(
                        plan + "/goals",
                        "{\"theme\":\"employment_and_entrepreneurship\",\"fi\":\"Työllisyys paranee\",\"sv\":\"Sysselsättningen ökar\"}"));
        long goal = p.getJsonArray("goals").getJsonObject(0).getJsonNumber("id").longValue();
        var badMeasure = coordinator.post(
                plan + "/measures",
                "{\"goalId\":999999,\"fi\":\"Valmennus\",\"sv\":\"Träning\",\"startYear\":" + (year + 2)
                        + ",\"endYear\":" + year + "}");
        assertThat(badMeasure.status()).isEqualTo(422);
        // unknown goal, no responsible party, years in the wrong order
        assertThat(((JsonObject) badMeasure.json()).getJsonArray("errors")).hasSize(3);
        p = created(coordinator.post(
                plan + "/measures",
                "{\"goalId\":" + goal + ",\"fi\":\"Valmennus\",\"sv\":\"Träning\",\"responsibleParty\":"
                        + "\"Työllisyyspalvelut\",\"startYear\":" + year + "}"));
        JsonObject measure = p.getJsonArray("measures").getJsonObject(0);
        long measureId = measure.getJsonNumber("id").longValue();
        p = created(coordinator.post(
                plan + "/indicators",
                "{\"goalId\":" + goal
                        + ",\"fi\":\"Työllisyysaste\",\"sv\":\"Sysselsättningsgrad\",\"unit\":\"PERCENT\","
                        + "\"baseline\":55.2,\"baselineYear\":" + (year - 1) + ",\"target\":62,\"targetYear\":"
                        + (year + 3) + "}"));
        JsonObject indicator = p.getJsonArray("indicators").getJsonObject(0);
        long indicatorId = indicator.getJsonNumber("id").longValue();
        assertThat(indicator.getString("unit")).isEqualTo("PERCENT");
        assertThat(indicator.getBoolean("complete")).isTrue();

        // a stale change of the measure is refused; a current one goes through
        String change = "{\"goalId\":" + goal + ",\"fi\":\"Valmennus kaikille\",\"sv\":\"Träning för alla\","
                + "\"responsibleParty\":\"Työllisyyspalvelut\",\"version\":";
        long version = measure.getJsonNumber("version").longValue();
        assertThat(coordinator
                        .put(plan + "/measures/" + measureId, change + (version + 7) + "}")
                        .status())
                .isEqualTo(409);
        assertThat(coordinator
                        .put(plan + "/measures/" + measureId, change + version + "}")
                        .status())
                .isEqualTo(200);

        // the year: a draft first, private to the municipality
        String monitoring = "api/v1/programmes/" + id + "/monitoring/" + year;
        var draft = coordinator.put(
                monitoring,
                "{\"values\":[{\"indicatorId\":" + indicatorId + ",\"value\":56.8}],\"accounts\":[{\"measureId\":"
                        + measureId + ",\"progress\":\"NOT_STARTED\"}]}");
        assertThat(draft.status()).as("a measure not started needs a comment").isEqualTo(422);
        JsonObject report = ok(coordinator.put(
                monitoring, "{\"values\":[{\"indicatorId\":" + indicatorId + ",\"value\":56.8}],\"accounts\":[]}"));
        assertThat(report.getString("status")).isEqualTo("DRAFT");
        long reportVersion = report.getJsonNumber("version").longValue();
        assertThat(ok(official.get(monitoring)).getString("status")).isEqualTo("NONE");
        assertThat(ok(manager.get(monitoring)).getString("status")).isEqualTo("NONE");
        assertThat(otherOfficial.get(monitoring).status()).isEqualTo(404);

        // reporting needs an account of every measure running in the year
        var early = coordinator.post(
                monitoring + "/transitions", "{\"action\":\"REPORT\",\"version\":" + reportVersion + "}");
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.body()).contains("Valmennus kaikille");
        report = ok(coordinator.put(
                monitoring,
                "{\"version\":" + reportVersion + ",\"values\":[{\"indicatorId\":" + indicatorId
                        + ",\"value\":56.8}],\"accounts\":[{\"measureId\":" + measureId
                        + ",\"progress\":\"IN_PROGRESS\",\"comment\":\"Alkoi helmikuussa\"}]}"));
        assertThat(coordinator
                        .post(monitoring + "/transitions", "{\"action\":\"REPORT\",\"version\":" + reportVersion + "}")
                        .status())
                .as("stale")
                .isEqualTo(409);
        report = ok(coordinator.post(
                monitoring + "/transitions",
                "{\"action\":\"REPORT\",\"version\":" + report.getJsonNumber("version") + "}"));
        assertThat(report.getString("status")).isEqualTo("REPORTED");
        assertThat(coordinator
                        .put(
                                monitoring,
                                "{\"version\":" + report.getJsonNumber("version") + ",\"values\":[],\"accounts\":[]}")
                        .status())
                .as("a reported year is not changed")
                .isEqualTo(409);

        // now the authority and managers see it, with the value in the indicator's series
        JsonObject seen = ok(official.get(monitoring));
        assertThat(seen.getString("status")).isEqualTo("REPORTED");
        assertThat(seen.getJsonArray("accounts").getJsonObject(0).getString("progress"))
                .isEqualTo("IN_PROGRESS");
        JsonObject officialPlan = ok(official.get(plan));
        JsonArray series =
                officialPlan.getJsonArray("indicators").getJsonObject(0).getJsonArray("values");
        assertThat(series).hasSize(1);
        assertThat(series.getJsonObject(0).getJsonNumber("value").doubleValue()).isEqualTo(56.8);
        assertThat(ok(manager.get(monitoring)).getString("status")).isEqualTo("REPORTED");
        assertThat(otherCoordinator.get(monitoring).status()).isEqualTo(404);

        // the overview: the authority's area only, this programme reported
        JsonObject overview = ok(official.get("api/v1/monitoring?year=" + year));
        assertThat(overview.getJsonArray("rows").getValuesAs(JsonObject.class))
                .anySatisfy(row -> {
                    assertThat(row.getString("municipalityCode")).isEqualTo("091");
                    assertThat(row.getJsonNumber("programmeId").longValue()).isEqualTo(id);
                    assertThat(row.getString("state")).isEqualTo("REPORTED");
                })
                .noneSatisfy(
                        row -> assertThat(row.getString("municipalityCode")).isEqualTo("179"));
        JsonObject elsewhere = ok(otherOfficial.get("api/v1/monitoring?year=" + year));
        assertThat(elsewhere.getJsonArray("rows").getValuesAs(JsonObject.class))
                .noneSatisfy(
                        row -> assertThat(row.getString("municipalityCode")).isEqualTo("091"));
        assertThat(official.get("api/v1/monitoring?year=" + (year + 1)).status())
                .isEqualTo(422);

        // reopened, it is private to the municipality again
        ok(coordinator.post(
                monitoring + "/transitions",
                "{\"action\":\"REOPEN\",\"version\":" + report.getJsonNumber("version") + "}"));
        assertThat(ok(official.get(monitoring)).getString("status")).isEqualTo("NONE");
    }

    @Test
    void theDemoMonitoringShowsWhoHasReported() {
        JsonObject overview = ok(Api.as(base, "official.uusimaa").get("api/v1/monitoring?year=2025"));
        var rows = overview.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.getString("municipalityCode")).isEqualTo("091");
            assertThat(row.getString("state")).isEqualTo("REPORTED");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.getString("municipalityCode")).isEqualTo("092");
            assertThat(row.getString("state")).isEqualTo("NOT_REPORTED");
        });
        assertThat(overview.getInt("withoutPlan")).isPositive();
    }

    /**
     * The year's monitoring report through the report framework (Jakarta Batch), re-opened: the XLSX with POI (the header
     * sheet, then one sheet per section, the demo's reported indicator with its value), the PDF's text with OpenPDF (in Swedish, the
     * Swedish texts of Helsinki's bilingual plan).
     */
    @Test
    void theMonitoringReportIsWrittenAsXlsxAndPdf() throws Exception {
        Api manager = Api.as(base, "manager");
        byte[] xlsx =
                report(manager, "{\"type\":\"MONITORING\",\"year\":2025,\"format\":\"XLSX\",\"language\":\"fi\"}");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            assertThat(ReportFiles.title(workbook.getSheetAt(0)))
                    .isEqualTo(ReportFiles.sheetTitle("fi", "Vuosiseuranta", "Raportin tiedot", "Vuosi 2025"));
            assertThat(ReportFiles.title(workbook.getSheetAt(1))).isEqualTo("Vuosiseuranta: Kunnittain (Vuosi 2025)");
            assertThat(ReportFiles.title(workbook.getSheetAt(2))).isEqualTo("Vuosiseuranta: Mittarit (Vuosi 2025)");
            assertThat(ReportFiles.title(workbook.getSheetAt(3))).isEqualTo("Vuosiseuranta: Toimenpiteet (Vuosi 2025)");
            StringBuilder byMunicipality = new StringBuilder();
            workbook.getSheetAt(1)
                    .forEach(row -> row.forEach(cell -> byMunicipality
                            .append(formatter.formatCellValue(cell))
                            .append('|')));
            assertThat(byMunicipality)
                    .contains("Raportoitu")
                    .contains("Ei raportoitu")
                    .contains("Ei suunnitelmaa");
            var indicators = workbook.getSheetAt(2);
            boolean found = false;
            for (var row : indicators) {
                if (row.getCell(4) != null
                        && row.getCell(4).getStringCellValue().startsWith("Ulkomaan kansalaisten työllisyysaste")) {
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("prosenttia");
                    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(55.2);
                    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(62.0);
                    assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(56.8);
                    found = true;
                }
            }
            assertThat(found)
                    .as("Helsinki's demo indicator in the indicators sheet")
                    .isTrue();
            StringBuilder measures = new StringBuilder();
            workbook.getSheetAt(3)
                    .forEach(row -> row.forEach(cell ->
                            measures.append(formatter.formatCellValue(cell)).append('|')));
            assertThat(measures)
                    .contains("Kaksi ryhmää valmistui, 24 opiskelijaa.")
                    .contains("Ei aloitettu");
        }
        byte[] pdf = report(manager, "{\"type\":\"MONITORING\",\"year\":2025,\"format\":\"PDF\",\"language\":\"sv\"}");
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page).replaceAll("[\\s\u00a0]+", " "));
            }
            assertThat(all)
                    .contains("Årlig uppföljning")
                    .contains("Helsingfors")
                    .contains("Rapporterad");
        } finally {
            reader.close();
        }
        var quarter = manager.post(
                "api/v1/reports", "{\"type\":\"MONITORING\",\"year\":2025,\"quarter\":2,\"format\":\"XLSX\"}");
        assertThat(quarter.status()).as("a whole year only").isEqualTo(422);
    }

    private static byte[] report(Api api, String order) throws Exception {
        var answer = api.post("api/v1/reports", order);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        long id = ((JsonObject) answer.json()).getJsonNumber("id").longValue();
        java.time.Instant deadline = java.time.Instant.now().plus(java.time.Duration.ofMinutes(3));
        while (true) {
            JsonObject view = ok(api.get("api/v1/reports/" + id + "?wait=10"));
            if (!"STARTED".equals(view.getString("status"))) {
                assertThat(view.getString("status")).as(view.toString()).isEqualTo("COMPLETED");
                break;
            }
            assertThat(java.time.Instant.now()).as("report still running").isBefore(deadline);
        }
        var file = api.sendForBytes(api.request("api/v1/reports/" + id + "/file")
                .setHeader("Accept", "*/*")
                .GET());
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    private static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (JsonObject) response.json();
    }

    private static JsonObject created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return (JsonObject) response.json();
    }
}
