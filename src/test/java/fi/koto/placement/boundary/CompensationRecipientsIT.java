package fi.koto.placement.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.ReportFiles;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compensation estimate per recipient over HTTP (docs/domain.md, "Compensation"), the wellbeing services county
 * named on an agreement's consultation, and the refusals for Åland ("Åland"). Figures for Turku (853) and
 * Mariehamn (478), which neither the demo data nor other tests write.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompensationRecipientsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private static boolean entered;

    private void figures() {
        if (entered) {
            return;
        }
        enter("853", "2024-09", "ASYLUM_PERMIT", 12, 2);
        enter("853", "2025-01", "TRAFFICKING_VICTIM", 1, 0);
        enter("478", "2024-01", "ASYLUM_PERMIT", 3, 1);
        entered = true;
    }

    @Test
    void aMainlandMunicipalityAndItsCountyEachGetTheirShare() {
        figures();
        JsonObject turku = estimate("manager", "municipality=853&year=2025");
        // Asylum 9/2024, 3 years (the old law's length, the transitional setting keeps it): all of 2025,
        // 10 × 1,955 + 2 × 6,503 = 32,556.00; trafficking victim 1/2025, 2 years: 1,955.00. Municipal 34,511.00.
        assertThat(turku.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("34511.00");
        assertThat(turku.getJsonNumber("municipalityReceives").bigDecimalValue())
                .isEqualByComparingTo("34511.00");
        List<JsonObject> shares = turku.getJsonArray("recipients").getValuesAs(JsonObject.class);
        assertThat(shares)
                .extracting(s -> s.getString("recipient") + " " + s.getString("recipientCode"))
                .containsExactly("MUNICIPALITY 853", "WELLBEING_COUNTY 05");
        // County: 10 × 345 + 2 × 342 = 4,134.00 plus 345.00 for the trafficking victim = 4,479.00.
        assertThat(shares.get(1).getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("4479.00");
        assertThat(shares.get(1).getString("recipientNameFi")).isEqualTo("Varsinais-Suomen hyvinvointialue");
        assertThat(turku.getJsonArray("periodsApplied").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("targetGroup") + "=" + p.getInt("years"))
                .contains("ASYLUM_PERMIT=3", "TRAFFICKING_VICTIM=2");
        assertThat(turku.getJsonArray("periodsApplied").getValuesAs(JsonObject.class))
                .allSatisfy(p -> assertThat(p.getString("source")).isNotBlank());
        JsonObject rule = turku.getJsonArray("transitionalRules")
                .getValuesAs(JsonObject.class)
                .get(0);
        assertThat(rule.getString("mode")).isEqualTo("LENGTH_AT_START");
        assertThat(rule.getBoolean("verified")).isFalse();
        assertThat(turku.isNull("initialAssessment")).isTrue();

        // 2024: the old law's EUR 700 initial assessment as a maximum apart from the total: 12 persons, 8,400.00.
        JsonObject in2024 = estimate("manager", "municipality=853&year=2024");
        assertThat(in2024.getJsonObject("initialAssessment").getInt("personsPlaced"))
                .isEqualTo(12);
        assertThat(in2024.getJsonObject("initialAssessment")
                        .getJsonNumber("maximum")
                        .bigDecimalValue())
                .isEqualByComparingTo("8400.00");
        // September-December 2024: 32,556 × 4/12 = 10,852.00.
        assertThat(in2024.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("10852.00");

        JsonObject county = estimate("manager", "wellbeingCounty=05&year=2025");
        assertThat(county.getString("nameSv")).isEqualTo("Egentliga Finlands välfärdsområde");
        assertThat(county.getJsonArray("byMunicipality").getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("municipalityCode").equals("853"))
                .singleElement()
                .satisfies(m ->
                        assertThat(m.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("4479.00"));
        assertThat(Api.as(base, "coord.helsinki")
                        .get("api/v1/compensation/estimate?wellbeingCounty=05&year=2025")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(base, "manager")
                        .get("api/v1/compensation/estimate?wellbeingCounty=99&year=2025")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void helsinkiReceivesBothShares() {
        JsonObject helsinki = estimate("coord.helsinki", "municipality=091&year=2026");
        List<JsonObject> shares = helsinki.getJsonArray("recipients").getValuesAs(JsonObject.class);
        assertThat(shares)
                .extracting(s -> s.getString("recipient") + " " + s.getString("recipientCode"))
                .containsExactly("MUNICIPALITY 091", "WELLBEING_COUNTY 091");
        assertThat(helsinki.getJsonNumber("municipalityReceives").bigDecimalValue())
                .isEqualByComparingTo(shares.get(0)
                        .getJsonNumber("total")
                        .bigDecimalValue()
                        .add(shares.get(1).getJsonNumber("total").bigDecimalValue()));
    }

    @Test
    void anAlandMunicipalityIsPricedAtAlandsRatesWithoutACountyShare() {
        figures();
        JsonObject mariehamn = estimate("manager", "municipality=478&year=2024");
        // Asylum 1/2024, all of 2024: 2 × 2,300 + 6,845 = 11,445.00 (Åland's amounts).
        assertThat(mariehamn.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("11445.00");
        assertThat(mariehamn.getJsonArray("recipients").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("recipient"))
                .containsExactly("ALAND_MUNICIPALITY");
        assertThat(mariehamn.getJsonArray("ratesApplied").getValuesAs(JsonObject.class))
                .extracting(
                        r -> r.getJsonNumber("annualAmount").bigDecimalValue().toPlainString())
                .containsExactlyInAnyOrder("2300.00", "6845.00");
    }

    @Test
    void programmesAndAgreementsUnderTheFinnishActsAreRefusedForAland() {
        var agreement = Api.as(base, "official.uusimaa")
                .post("api/v1/agreements", "{\"municipalityCode\":\"478\",\"wellbeingConsultedDate\":\"2026-09-01\"}");
        assertThat(agreement.status()).as(agreement.toString()).isEqualTo(422);
        assertThat(agreement.body()).contains("ÅFS 2012:74").contains("478");

        String username = "coord.mariehamn." + Long.toString(System.nanoTime(), 36);
        var user = Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"COORDINATOR","displayName":"Mariehamn",
                 "municipalityCodes":["478"]}
                """.formatted(username));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        var programme = Api.as(base, username, "a-long-enough-password").post("api/v1/programmes", """
                {"municipalityCodes":["478"],"legalBasis":"ACT_681_2023","title":"Integration",
                 "periodStart":"2026-01-01","periodEnd":"2029-12-31"}""");
        assertThat(programme.status()).as(programme.toString()).isEqualTo(422);
        assertThat(programme.body()).contains("ÅFS 2012:74");
        // Realised placements of Åland stay: the coordinator's estimate answers.
        assertThat(Api.as(base, username, "a-long-enough-password")
                        .get("api/v1/compensation/estimate?municipality=478&year=2024")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theConsultationNamesTheCountyAndCannotPrecedeTheCounties() {
        Api official = Api.as(base, "official.uusimaa");
        var tooEarly = official.post(
                "api/v1/agreements", "{\"municipalityCode\":\"049\",\"wellbeingConsultedDate\":\"2022-11-01\"}");
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(422);
        assertThat(tooEarly.body()).contains("1.1.2023");
        var draft = official.post(
                "api/v1/agreements", "{\"municipalityCode\":\"049\",\"wellbeingConsultedDate\":\"2026-09-01\"}");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        JsonObject espoo = (JsonObject) draft.json();
        // Espoo belongs to the Länsi-Uusimaa wellbeing services county (03).
        assertThat(espoo.getString("wellbeingCountyCode")).isEqualTo("03");
        assertThat(espoo.getString("wellbeingCountyNameSv")).isEqualTo("Västra Nylands välfärdsområde");
    }

    @Test
    void theCompensationReportSumsTheCountyShareByCountyInXlsxAndPdf() throws Exception {
        figures();
        Api manager = Api.as(base, "manager");
        // Q2 2025 for Turku: asylum 9/2024 (10 + 2 under 7) and a trafficking victim 1/2025, April-June.
        // County share (10 × 345 + 2 × 342) × 3/12 = 1,033.50 and 345 × 3/12 = 86.25: 1,119.75.
        byte[] xlsx = report(manager, "XLSX", "fi");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Hyvinvointialueittain");
            assertThat(sheet).as("the county section").isNotNull();
            assertThat(ReportFiles.title(sheet))
                    .isEqualTo(ReportFiles.sheetTitle(
                            "fi", "Laskennallinen korvaus", "Hyvinvointialueittain", "2. neljännes 2025"));
            var header = ReportFiles.header(sheet);
            int code = column(header, "Alueen koodi");
            int name = column(header, "Hyvinvointialue");
            int amount = column(header, "Hyvinvointialueen osuus");
            boolean found = false;
            for (int r = ReportFiles.firstDataRow(sheet); r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if ("05".equals(row.getCell(code).getStringCellValue())) {
                    found = true;
                    assertThat(row.getCell(name).getStringCellValue()).isEqualTo("Varsinais-Suomen hyvinvointialue");
                    assertThat(row.getCell(amount).getNumericCellValue()).isEqualTo(1119.75);
                }
            }
            assertThat(found).as("a row for Varsinais-Suomi").isTrue();
        }
        byte[] pdf = report(manager, "PDF", "sv");
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page).replaceAll("[\\s\u00a0]+", " "));
            }
            assertThat(all).contains("Per välfärdsområde").contains("Egentliga Finlands välfärdsområde");
        } finally {
            reader.close();
        }
    }

    private byte[] report(Api api, String format, String language) throws Exception {
        var order = api.post(
                "api/v1/reports",
                "{\"type\":\"COMPENSATION\",\"year\":2025,\"quarter\":2,\"format\":\"%s\",\"language\":\"%s\"}"
                        .formatted(format, language));
        assertThat(order.status()).as(order.toString()).isEqualTo(202);
        long id = ((JsonObject) order.json()).getJsonNumber("id").longValue();
        var ended = api.get("api/v1/reports/" + id + "?wait=30");
        for (int i = 0; i < 8 && "STARTED".equals(((JsonObject) ended.json()).getString("status")); i++) {
            ended = api.get("api/v1/reports/" + id + "?wait=30");
        }
        assertThat(((JsonObject) ended.json()).getString("status")).isEqualTo("COMPLETED");
        var file = java.net.http.HttpClient.newHttpClient()
                .send(
                        api.request("api/v1/reports/" + id + "/file")
                                .setHeader("Accept", "*/*")
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    private static int column(org.apache.poi.ss.usermodel.Row header, String name) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (name.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private void enter(String municipality, String month, String group, int persons, int under7) {
        var response = Api.as(base, "admin")
                .put("api/v1/placements", """
                {"municipalityCode":"%s","month":"%s","targetGroup":"%s","persons":%d,"under7":%d,"selfSettled":false}
                """.formatted(municipality, month, group, persons, under7));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private JsonObject estimate(String user, String query) {
        var response = Api.as(base, user).get("api/v1/compensation/estimate?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (JsonObject) response.json();
    }
}
