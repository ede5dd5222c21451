package fi.koto.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.ReportFiles;
import fi.koto.it.WebSession;
import fi.koto.report.writer.PdfStandards;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports through {@code /api/v1/reports}, black-box: a job end to end in XLSX and PDF (the files re-opened and
 * their figures compared with the live API), the scope of the person who asked, the archive (someone else's
 * report is 404), and the snapshot rule (a correction after a quarter does not change its report). The demo data
 * has placements and agreements for Helsinki (091), Vantaa (092) and Jyväskylä (179) from 2025 on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private static long started(Api api, String order) {
        var answer = api.post("api/v1/reports", order);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        long id = ((JsonObject) answer.json()).getJsonNumber("id").longValue();
        assertThat(answer.header("Location")).endsWith("/api/v1/reports/" + id);
        assertThat(((JsonObject) answer.json()).getString("status")).isIn("STARTED", "COMPLETED");
        return id;
    }

    /**
     * Asks for the report, waiting up to ten seconds a time for its end, until it has ended (at most two minutes),
     * and expects it completed.
     */
    private static JsonObject completed(Api api, long id) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            var answer = api.get("api/v1/reports/" + id + "?wait=10");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonObject view = (JsonObject) answer.json();
            assertThat(view.getInt("progress")).isBetween(0, 100);
            if (!"STARTED".equals(view.getString("status"))) {
                assertThat(view.getString("status")).as(view.toString()).isEqualTo("COMPLETED");
                assertThat(view.getInt("progress")).isEqualTo(100);
                return view;
            }
            assertThat(Instant.now())
                    .as("report " + id + " still running: " + view)
                    .isBefore(deadline);
        }
    }

    private static HttpResponse<byte[]> download(Api api, long id) {
        try {
            return HTTP.send(
                    api.request("api/v1/reports/" + id + "/file")
                            .setHeader("Accept", "*/*")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] file(Api api, long id, String mediaType, String filename) {
        var answer = download(api, id);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .contains("filename=\"" + filename + "\"");
        return answer.body();
    }

    /** The rows of a sheet below its header, each as a map from header to the cell's value. */
    private static List<Map<String, Object>> rows(Sheet sheet) {
        Row header = ReportFiles.header(sheet);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = ReportFiles.firstDataRow(sheet); r <= sheet.getLastRowNum(); r++) {
            Map<String, Object> values = new HashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                var cell = sheet.getRow(r).getCell(c);
                Object value = cell == null
                        ? null
                        : switch (cell.getCellType()) {
                            case NUMERIC -> cell.getNumericCellValue();
                            case BOOLEAN -> cell.getBooleanCellValue();
                            default -> cell.getStringCellValue();
                        };
                values.put(header.getCell(c).getStringCellValue(), value);
            }
            rows.add(values);
        }
        return rows;
    }

    private JsonObject utilisation(String user, int year, String code) {
        var answer = Api.as(base, user).get("api/v1/utilisation?year=" + year + "&municipality=" + code);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return ((JsonArray) answer.json()).getJsonObject(0);
    }

    @Test
    void aPastYearAsXlsxHoldsTheFiguresOfTheLiveApiInTypedCells() throws IOException {
        Api manager = Api.as(base, "manager");
        long id = started(
                manager,
                "{\"type\":\"PLACES_AGREED_VS_REALISED\",\"year\":2025,\"format\":\"XLSX\"," + "\"language\":\"en\"}");
        JsonObject view = completed(manager, id);
        assertThat(view.getString("filename")).isEqualTo("koto-places-agreed-vs-realised-2025-en.xlsx");
        assertThat(view.getString("asOf")).isNotBlank();
        byte[] bytes = file(manager, id, XLSX, "koto-places-agreed-vs-realised-2025-en.xlsx");
        JsonObject helsinki = utilisation("manager", 2025, "091");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("About this report");
            assertThat(ReportFiles.title(workbook.getSheetAt(0)))
                    .isEqualTo(
                            ReportFiles.sheetTitle("en", "Places agreed vs realised", "About this report", "Year 2025"))
                    .isEqualTo("Places agreed vs realised: About this report (Year 2025)");
            Sheet byMunicipality = workbook.getSheet("By municipality");
            assertThat(ReportFiles.title(byMunicipality))
                    .isEqualTo("Places agreed vs realised: By municipality (Year 2025)");
            assertThat(byMunicipality.getPaneInformation().isFreezePane()).isTrue();
            Map<String, Object> row = rows(byMunicipality).stream()
                    .filter(r -> "091".equals(r.get("Municipality code")))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.get("Municipality")).isEqualTo("Helsinki");
            assertThat(row.get("Places agreed"))
                    .isEqualTo((double) helsinki.getJsonObject("agreed").getInt("total"));
            assertThat(row.get("Assigned"))
                    .isEqualTo((double) helsinki.getJsonObject("realised").getInt("total"));
            assertThat(row.get("Self-settled"))
                    .isEqualTo((double) helsinki.getJsonObject("selfSettled").getInt("total"));
            assertThat((Double) row.get("Utilisation"))
                    .isCloseTo(
                            helsinki.getJsonNumber("utilisation").doubleValue(),
                            org.assertj.core.data.Offset.offset(1e-9));
            assertThat(row.get("Deviation")).isEqualTo(helsinki.getBoolean("deviation"));
            int utilisationColumn = 7;
            assertThat(byMunicipality
                            .getRow(ReportFiles.firstDataRow(byMunicipality))
                            .getCell(utilisationColumn)
                            .getCellType())
                    .isEqualTo(CellType.NUMERIC);
            assertThat(workbook.getSheet("By municipality and group")).isNotNull();
        }
    }

    @Test
    void theMonthlyRowsOfANationalYearAddUpToTheTotalsOfEachMunicipalityAndGroupWithNoKeyTwice() throws IOException {
        Api manager = Api.as(base, "manager");
        long id = started(manager, "{\"type\":\"PLACEMENTS\",\"year\":2025,\"format\":\"XLSX\",\"language\":\"en\"}");
        completed(manager, id);
        byte[] bytes = file(manager, id, XLSX, "koto-placements-2025-en.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Map<String, double[]> totals = new HashMap<>();
            for (Map<String, Object> row : rows(workbook.getSheet("By municipality and group"))) {
                totals.put(
                        row.get("Municipality code") + " " + row.get("Target group"),
                        new double[] {(Double) row.get("Assigned"), (Double) row.get("Self-settled")});
            }
            List<Map<String, Object>> months = rows(workbook.getSheet("By month"));
            assertThat(months).isNotEmpty();
            Map<String, double[]> summed = new HashMap<>();
            java.util.Set<String> keys = new java.util.HashSet<>();
            String previous = "";
            for (Map<String, Object> row : months) {
                String code = (String) row.get("Municipality code");
                assertThat(code).as("rows ordered by municipality").isGreaterThanOrEqualTo(previous);
                previous = code;
                assertThat(keys.add(code + " " + row.get("Month") + " " + row.get("Target group")))
                        .as("one row per municipality, month and group: " + row)
                        .isTrue();
                double[] sum = summed.computeIfAbsent(code + " " + row.get("Target group"), k -> new double[2]);
                sum[0] += (Double) row.get("Assigned");
                sum[1] += (Double) row.get("Self-settled");
            }
            assertThat(summed.keySet()).isEqualTo(totals.keySet());
            summed.forEach((key, sum) -> assertThat(sum).as(key).containsExactly(totals.get(key)));
        }
    }

    @Test
    void aPdfInSwedishNamesMunicipalitiesInSwedishAndSamiOnNumberedPages() throws IOException {
        Api manager = Api.as(base, "manager");
        long id = started(
                manager, "{\"type\":\"PROGRAMME_STATUS\",\"year\":2026,\"format\":\"PDF\"," + "\"language\":\"sv\"}");
        completed(manager, id);
        byte[] bytes = file(manager, id, "application/pdf", "koto-programme-status-2026-sv.pdf");
        var reader = new PdfReader(bytes);
        try {
            var text = new PdfTextExtractor(reader);
            int pages = reader.getNumberOfPages();
            String first = text.getTextFromPage(1).replaceAll("[\\s\u00a0]+", " ");
            assertThat(first)
                    .contains("Planeringsdokumentens läge")
                    .contains("År 2026")
                    .contains("Helsingfors");
            // the footer is an artifact, which OpenPDF's extractor (like a screen reader) leaves out: read what
            // is printed with PDFBox
            try (var printed = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(1);
                stripper.setEndPage(1);
                assertThat(stripper.getText(printed).replaceAll("[\\s\u00a0]+", " "))
                        .contains("Sida 1 / " + pages);
            }
            // what the report job wrote is accessible and archival (issue 18.3)
            assertThat(PdfStandards.failures(bytes, PdfStandards.PDF_UA_1)).isEmpty();
            assertThat(PdfStandards.failures(bytes, PdfStandards.PDF_A_2A)).isEmpty();
            assertThat(reader.getCatalog()
                            .getAsString(com.lowagie.text.pdf.PdfName.LANG)
                            .toUnicodeString())
                    .isEqualTo("sv");
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                all.append(text.getTextFromPage(page).replaceAll("[\\s\u00a0]+", " "));
            }
            assertThat(all)
                    .contains("Enare (Anár)")
                    .contains("Utsjoki (Ohcejohka)")
                    .contains("Jyväskylä");
        } finally {
            reader.close();
        }
    }

    @Test
    void anOfficialsReportHoldsOnlyItsAuthoritysMunicipalitiesAndOthersCannotFetchIt() throws IOException {
        Api keskisuomi = Api.as(base, "official.keskisuomi");
        long id = started(
                keskisuomi,
                "{\"type\":\"PLACEMENTS\",\"year\":2025,\"quarter\":3,\"format\":\"XLSX\"," + "\"language\":\"fi\"}");
        completed(keskisuomi, id);
        byte[] bytes = file(keskisuomi, id, XLSX, "koto-placements-2025-Q3-fi.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Object> codes = new ArrayList<>();
            for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
                rows(workbook.getSheetAt(s)).forEach(r -> codes.add(r.get("Kuntanumero")));
            }
            assertThat(codes).contains("179").doesNotContain("091", "092");
        }
        assertThat(Api.as(base, "official.uusimaa").get("api/v1/reports/" + id).status())
                .isEqualTo(404);
        assertThat(download(Api.as(base, "manager"), id).statusCode())
                .as("not in the manager's archive")
                .isEqualTo(404);

        Api helsinki = Api.as(base, "coord.helsinki");
        long own = started(helsinki, "{\"type\":\"COMPENSATION\",\"year\":2026,\"quarter\":1,\"format\":\"PDF\"}");
        assertThat(Api.as(base, "coord.vantaa").get("api/v1/reports/" + own).status())
                .isEqualTo(404);
        assertThat(download(Api.as(base, "coord.vantaa"), own).statusCode()).isEqualTo(404);
        completed(helsinki, own);
        var archive = (JsonArray) helsinki.get("api/v1/reports").json();
        assertThat(archive.getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getJsonNumber("id").longValue() == own);
        var vantaaArchive =
                (JsonArray) Api.as(base, "coord.vantaa").get("api/v1/reports").json();
        assertThat(vantaaArchive.getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getJsonNumber("id").longValue() == own);
    }

    @Test
    void aCorrectionAfterTheQuarterDoesNotChangeItsRegeneratedReport() throws IOException {
        Api official = Api.as(base, "official.uusimaa");
        var entered = official.put(
                "api/v1/placements",
                "{\"municipalityCode\":\"245\",\"month\":\"2018-05\","
                        + "\"targetGroup\":\"FAMILY_MEMBER\",\"persons\":7,\"under7\":2,\"selfSettled\":false}");
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        String order = "{\"type\":\"PLACEMENTS\",\"year\":2018,\"quarter\":2,\"format\":\"XLSX\",\"language\":\"fi\"}";
        long first = started(official, order);
        JsonObject firstView = completed(official, first);
        Map<String, Object> before = keravaFamilyMembers(official, first);

        var corrected = official.put(
                "api/v1/placements",
                "{\"municipalityCode\":\"245\",\"month\":\"2018-05\","
                        + "\"targetGroup\":\"FAMILY_MEMBER\",\"persons\":11,\"under7\":3,\"selfSettled\":false}");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(utilisation("official.uusimaa", 2018, "245")
                        .getJsonObject("realised")
                        .getJsonObject("byGroup")
                        .getInt("FAMILY_MEMBER"))
                .as("the live figure is corrected")
                .isEqualTo(11);

        long second = started(official, order);
        JsonObject secondView = completed(official, second);
        assertThat(keravaFamilyMembers(official, second)).isEqualTo(before);
        assertThat(secondView.getString("asOf")).isEqualTo(firstView.getString("asOf"));

        // a report of a period still running is live: it shows the correction at once
        long live = started(
                official,
                "{\"type\":\"PLACES_AGREED_VS_REALISED\",\"year\":2026,\"format\":\"XLSX\"," + "\"language\":\"fi\"}");
        assertThat(completed(official, live).getString("asOf")).isNotEqualTo(firstView.getString("asOf"));
    }

    private Map<String, Object> keravaFamilyMembers(Api api, long id) throws IOException {
        byte[] bytes = file(api, id, XLSX, "koto-placements-2018-Q2-fi.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(ReportFiles.title(workbook.getSheet("Kunnittain ja kohderyhmittäin")))
                    .isEqualTo("Kuntaan osoitetut kaudella: Kunnittain ja kohderyhmittäin (2. neljännes 2018)");
            Map<String, Object> row = rows(workbook.getSheet("Kunnittain ja kohderyhmittäin")).stream()
                    .filter(r -> "245".equals(r.get("Kuntanumero")) && "Perheenjäsenet".equals(r.get("Kohderyhmä")))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.get("Kunta")).isEqualTo("Kerava");
            assertThat((Double) row.get("Yhteensä")).isGreaterThan(0);
            return row;
        }
    }

    @Test
    void thePageListsTheArchiveAndDownloadsWithTheLoginSession() {
        Api helsinki = Api.as(base, "coord.helsinki");
        long id = started(
                helsinki,
                "{\"type\":\"COMPENSATION\",\"year\":2025,\"quarter\":4,\"format\":\"XLSX\"," + "\"language\":\"sv\"}");
        completed(helsinki, id);
        var web = new WebSession(base);
        assertThat(web.login("coord.helsinki", "demo").statusCode()).isEqualTo(302);
        var page = web.get("reports/index.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("order:type")
                .contains("order:start")
                .contains("/reports/download?id=" + id)
                .contains("reports/index.xhtml");
        var file = web.get("reports/download?id=" + id);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .contains("koto-compensation-2025-Q4-sv.xlsx");

        var vantaa = new WebSession(base);
        assertThat(vantaa.login("coord.vantaa", "demo").statusCode()).isEqualTo(302);
        assertThat(vantaa.get("reports/download?id=" + id).statusCode()).isEqualTo(404);
        assertThat(vantaa.get("reports/index.xhtml").body()).doesNotContain("/reports/download?id=" + id);
    }

    @Test
    void aStatusRequestWaitsForTheReportToEndWithinTheCallersArchiveOnly() {
        Api manager = Api.as(base, "manager");
        long id = started(manager, "{\"type\":\"COMPENSATION\",\"year\":2026,\"quarter\":1,\"format\":\"XLSX\"}");
        var ended = manager.get("api/v1/reports/" + id + "?wait=30");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(((JsonObject) ended.json()).getString("status"))
                .as("one request, answered when the job ended")
                .isEqualTo("COMPLETED");
        assertThat(((JsonObject) ended.json()).getInt("progress")).isEqualTo(100);

        assertThat(Api.as(base, "coord.vantaa")
                        .get("api/v1/reports/" + id + "?wait=30")
                        .status())
                .as("another person's report is not found, and not waited for")
                .isEqualTo(404);
        for (String wait : new String[] {"31", "-1", "soon"}) {
            var refused = manager.get("api/v1/reports/" + id + "?wait=" + wait);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.body()).contains(wait).contains("0").contains("30");
        }
        assertThat(manager.get("api/v1/reports/" + id + "?wait=").status())
                .as("an empty wait is none")
                .isEqualTo(200);
    }

    @Test
    void ordersAreCheckedAndTypesAreListedInTheCallersLanguage() {
        Api coordinator = Api.as(base, "coord.jyvaskyla");
        var bad = coordinator.post(
                "api/v1/reports",
                "{\"type\":\"NOPE\",\"year\":2031,\"quarter\":5," + "\"format\":\"DOC\",\"language\":\"de\"}");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.body())
                .contains("NOPE")
                .contains("DOC")
                .contains("\\\"5\\\"")
                .contains("de");
        var future =
                coordinator.post("api/v1/reports", "{\"type\":\"PLACEMENTS\",\"year\":2099," + "\"format\":\"PDF\"}");
        assertThat(future.status()).isEqualTo(422);
        assertThat(Api.as(base, "admin")
                        .post("api/v1/reports", "{\"type\":\"PLACEMENTS\",\"year\":2025," + "\"format\":\"PDF\"}")
                        .status())
                .as("administrators do not pull reports")
                .isEqualTo(403);
        var types = (JsonArray) coordinator.get("api/v1/reports/types").json();
        assertThat(types.getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("id"))
                .containsExactly(
                        "PLACES_AGREED_VS_REALISED",
                        "PLACEMENTS",
                        "PROGRAMME_STATUS",
                        "REVIEW_ACTIVITY",
                        "COMPENSATION",
                        "PLACES_ROUND",
                        "MONITORING",
                        "WORK_PERMIT_GUIDELINES");
        assertThat(types.getJsonObject(3).getString("label")).isNotBlank();
        var quarterly = coordinator.post(
                "api/v1/reports", "{\"type\":\"PLACES_ROUND\",\"year\":2025,\"quarter\":1," + "\"format\":\"PDF\"}");
        assertThat(quarterly.status()).as("the places round is annual").isEqualTo(422);
        assertThat(coordinator
                        .post("api/v1/reports", "{\"type\":\"PLACES_ROUND\",\"year\":2099," + "\"format\":\"PDF\"}")
                        .status())
                .isEqualTo(422);
        assertThat(coordinator.get("api/v1/reports/999999").status()).isEqualTo(404);
    }

    /**
     * The places round of a year of places no other test uses (five years ahead: the demo has next year's,
     * PlacesRoundIT two and three years ahead, PlacesJourneyIT four): Uusimaa's and Keski-Suomi's officials open
     * their rounds, Helsinki answers, Vantaa is reminded. Uusimaa's official's report holds Uusimaa's
     * municipalities only, with Helsinki answered (places per group, answer day as a date cell) and Vantaa
     * outstanding with one reminder; the manager's PDF in Swedish names both.
     */
    @Test
    void thePlacesRoundReportCountsAnswersAgainstTheDeadlineWithinTheOfficialsScope() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        int year = today.getYear() + 5;
        Api uusimaa = Api.as(base, "official.uusimaa");
        long roundId = openRound(uusimaa, year, today);
        Api keskisuomi = Api.as(base, "official.keskisuomi");
        long otherRound = openRound(keskisuomi, year, today);
        List<String> keskisuomiCodes = ((JsonObject)
                        keskisuomi.get("api/v1/places-rounds/" + otherRound).json())
                .getJsonArray("municipalities").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("municipalityCode"))
                        .toList();
        assertThat(keskisuomiCodes).contains("179");

        Api helsinki = Api.as(base, "coord.helsinki");
        long version = ((JsonObject)
                        helsinki.get("api/v1/places-rounds/" + roundId).json())
                .getJsonArray("municipalities")
                .getJsonObject(0)
                .getJsonNumber("version")
                .longValue();
        var answered = helsinki.put(
                "api/v1/places-rounds/" + roundId + "/answers/091",
                "{\"places\":{\"QUOTA_REFUGEE\":35,\"FAMILY_MEMBER\":12},\"version\":%d}".formatted(version));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        var reminded =
                uusimaa.post("api/v1/places-rounds/" + roundId + "/reminders", "{\"municipalityCodes\":[\"092\"]}");
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);

        long id = started(
                uusimaa,
                "{\"type\":\"PLACES_ROUND\",\"year\":%d,\"format\":\"XLSX\",\"language\":\"en\"}".formatted(year));
        completed(uusimaa, id);
        byte[] bytes = file(uusimaa, id, XLSX, "koto-places-round-" + year + "-en.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(ReportFiles.title(workbook.getSheetAt(0)))
                    .isEqualTo(
                            ReportFiles.sheetTitle("en", "Annual places round", "About this report", "Year " + year));
            Sheet byMunicipality = workbook.getSheet("By municipality");
            assertThat(ReportFiles.title(byMunicipality))
                    .isEqualTo(ReportFiles.sheetTitle("en", "Annual places round", "By municipality", "Year " + year));
            assertThat(byMunicipality.getPaneInformation().isFreezePane()).isTrue();
            List<Map<String, Object>> rows = rows(byMunicipality);
            List<Object> codes =
                    rows.stream().map(r -> r.get("Municipality code")).toList();
            assertThat(codes).contains("091", "092").doesNotContainAnyElementsOf(keskisuomiCodes);
            assertThat(rows)
                    .extracting(r -> r.get("Authority"))
                    .containsOnly(rows.get(0).get("Authority"));

            Map<String, Object> helsinkiRow = rows.stream()
                    .filter(r -> "091".equals(r.get("Municipality code")))
                    .findFirst()
                    .orElseThrow();
            assertThat(helsinkiRow.get("Municipality")).isEqualTo("Helsinki");
            assertThat(helsinkiRow.get("Answer")).isEqualTo("Answered");
            assertThat(helsinkiRow.get("Late")).isEqualTo(false);
            assertThat(helsinkiRow.get("Places answered: quota refugees")).isEqualTo(35.0);
            assertThat(helsinkiRow.get("Places answered: family members")).isEqualTo(12.0);
            assertThat(helsinkiRow.get("Places answered in total")).isEqualTo(47.0);
            assertThat(helsinkiRow.get("Reminders sent")).isEqualTo(0.0);
            int answeredOn = header(byMunicipality, "Answered on");
            var helsinkiCell = byMunicipality
                    .getRow(ReportFiles.firstDataRow(byMunicipality) + rows.indexOf(helsinkiRow))
                    .getCell(answeredOn);
            assertThat(helsinkiCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(helsinkiCell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(today);
            int deadline = header(byMunicipality, "Deadline");
            assertThat(byMunicipality
                            .getRow(ReportFiles.firstDataRow(byMunicipality) + rows.indexOf(helsinkiRow))
                            .getCell(deadline)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(today.plusDays(30));

            Map<String, Object> vantaaRow = rows.stream()
                    .filter(r -> "092".equals(r.get("Municipality code")))
                    .findFirst()
                    .orElseThrow();
            assertThat(vantaaRow.get("Answer")).isEqualTo("Not answered");
            assertThat(vantaaRow.get("Late")).isEqualTo(false);
            assertThat(vantaaRow.get("Places answered in total")).isEqualTo(0.0);
            assertThat(vantaaRow.get("Reminders sent")).isEqualTo(1.0);
            assertThat(vantaaRow.get("Answered on")).isIn(null, "");

            List<Map<String, Object>> byAuthority = rows(workbook.getSheet("By authority"));
            assertThat(byAuthority).singleElement().satisfies(r -> {
                assertThat(r.get("Municipalities asked")).isEqualTo((double) rows.size());
                assertThat(r.get("Answers received")).isEqualTo(1.0);
                assertThat(r.get("Not answered")).isEqualTo((double) rows.size() - 1);
                assertThat(r.get("Not answered, deadline passed")).isEqualTo(0.0);
                assertThat(r.get("Places answered in total")).isEqualTo(47.0);
            });
        }

        Api manager = Api.as(base, "manager");
        long pdf = started(
                manager,
                "{\"type\":\"PLACES_ROUND\",\"year\":%d,\"format\":\"PDF\",\"language\":\"sv\"}".formatted(year));
        completed(manager, pdf);
        var reader = new PdfReader(file(manager, pdf, "application/pdf", "koto-places-round-" + year + "-sv.pdf"));
        try {
            var text = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page).replaceAll("[\\s\u00a0]+", " "));
            }
            assertThat(all)
                    .contains("Årlig förfrågan om kommunplatser")
                    .contains("Helsingfors")
                    .contains("Vanda")
                    .contains("Jyväskylä")
                    .contains("Obesvarade");
        } finally {
            reader.close();
        }
    }

    private static long openRound(Api official, int year, LocalDate today) {
        var opened = official.post(
                "api/v1/places-rounds", "{\"year\":%d,\"deadline\":\"%s\"}".formatted(year, today.plusDays(30)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return ((JsonObject) opened.json())
                .getJsonObject("round")
                .getJsonNumber("id")
                .longValue();
    }

    private static int header(Sheet sheet, String heading) {
        Row header = ReportFiles.header(sheet);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (heading.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + heading);
    }
}
