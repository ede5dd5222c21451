package fi.koto.agreement.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Realised placements entered by hand, the utilisation of agreed places and the compensation estimate, with known
 * figures: Vantaa (092) in 2022-2024, years the demo data leaves empty for Vantaa. Also who may see which figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgreementFiguresIT {

    private static final String VANTAA = "092";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private static boolean entered;

    /**
     * Once per run, by the first test that needs them: an agreement in force for Vantaa with 20 places in 2024,
     * and rows of placements (one of them entered twice, the second replacing the first).
     */
    private void figures() {
        if (entered) {
            return;
        }
        Api official = Api.as(base, "official.uusimaa");
        var draft = official.post(
                "api/v1/agreements", "{\"municipalityCode\":\"092\",\"wellbeingConsultedDate\":" + "\"2023-09-01\"}");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long id = ((JsonObject) draft.json()).getJsonNumber("id").longValue();
        step(official, id, "{\"action\":\"SEND\"}");
        step(
                Api.as(base, "coord.vantaa"),
                id,
                "{\"action\":\"RECORD_DECISION\",\"decisionBody\":\"Kaupunginhallitus\","
                        + "\"decisionDate\":\"2023-10-02\",\"decisionReference\":\"Khs 2.10.2023 § 5\"}");
        step(official, id, "{\"action\":\"SIGN\",\"date\":\"2023-10-20\"}");
        var places = Api.as(base, "coord.vantaa")
                .put(
                        "api/v1/agreements/" + id + "/places/2024",
                        "{\"places\":{\"QUOTA_REFUGEE\":10,\"ASYLUM_PERMIT\":10}}");
        assertThat(places.status()).as(places.toString()).isEqualTo(200);

        enter("2022-07", "ASYLUM_PERMIT", 12, 2, false);
        enter("2023-02", "TEMPORARY_PROTECTION", 5, 1, false); // before temporary protection was compensated
        enter("2024-03", "QUOTA_REFUGEE", 5, 1, false);
        enter("2024-03", "QUOTA_REFUGEE", 6, 2, false); // replaces the row above
        enter("2024-03", "ASYLUM_PERMIT", 3, 0, true);
        entered = true;
    }

    @Test
    void theEstimateAppliesTheRatesOfEachMonthAndThePeriodOfEachGroup() {
        figures();
        JsonObject in2024 = estimate("coord.vantaa", VANTAA, 2024);
        // Asylum 2022-07: all of 2024 at 10 × 1,955 + 2 × 6,503 = 32,556; self-settled asylum 2024-03:
        // 3 × 1,955 × 10/12 = 4,887.50; quota 2024-03: (4 × 1,955 + 2 × 6,503) × 10/12 = 17,355.
        assertThat(in2024.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("54798.50");
        assertThat(in2024.getInt("personsWithoutPeriod")).isEqualTo(5);
        List<JsonObject> lines = in2024.getJsonArray("byGroup").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> l.getString("targetGroup")).containsExactly("QUOTA_REFUGEE", "ASYLUM_PERMIT");
        assertThat(lines.get(1).getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("37443.50");
        assertThat(lines.get(0).getJsonNumber("personMonths7OrOver").longValue())
                .isEqualTo(40);
        assertThat(in2024.getJsonArray("ratesApplied").getValuesAs(JsonObject.class))
                .extracting(
                        r -> r.getJsonNumber("annualAmount").bigDecimalValue().toPlainString())
                .containsExactlyInAnyOrder("1955.00", "6503.00");
        assertThat(in2024.getJsonArray("periodsApplied").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("targetGroup") + "=" + p.getInt("years"))
                // contains, not exactly: other test classes share this database and may record Vantaa's other
                // years (a test that needs Vantaa's totals untouched must keep to years no one else writes).
                .contains("QUOTA_REFUGEE=4", "ASYLUM_PERMIT=3");
        assertThat(in2024.getString("method")).isNotBlank();

        // 2022: July to December at the old rates, 10 × 2,300 / 2 + 2 × 6,845 / 2.
        JsonObject in2022 = estimate("official.uusimaa", VANTAA, 2022);
        assertThat(in2022.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("18345.00");
        JsonObject in2021 = estimate("manager", VANTAA, 2021);
        assertThat(in2021.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void utilisationComparesAgreedPlacesWithAssignedPersons() {
        figures();
        List<JsonObject> rows = utilisation("coord.vantaa", "?year=2024");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getString("municipalityCode")).isEqualTo(VANTAA);
            assertThat(row.getJsonObject("agreed").getInt("total")).isEqualTo(20);
            assertThat(row.getJsonObject("agreed").getJsonObject("byGroup").getInt("QUOTA_REFUGEE"))
                    .isEqualTo(10);
            assertThat(row.getJsonObject("realised").getInt("total")).isEqualTo(6);
            assertThat(row.getJsonObject("realised").getJsonObject("byGroup").getInt("QUOTA_REFUGEE"))
                    .isEqualTo(6);
            assertThat(row.getJsonObject("realised").getJsonObject("byGroup").getInt("ASYLUM_PERMIT"))
                    .isZero();
            assertThat(row.getJsonObject("selfSettled").getInt("total")).isEqualTo(3);
            assertThat(row.getInt("remaining")).isEqualTo(14);
            assertThat(row.getJsonNumber("utilisation").bigDecimalValue()).isEqualByComparingTo("0.3");
            assertThat(row.getBoolean("deviation")).isTrue();
        });
        assertThat(utilisation("manager", "?year=2024&municipality=092")).hasSize(1);
        assertThat(utilisation("manager", "?year=2024&authority=EVK05"))
                .extracting(r -> r.getString("municipalityCode"))
                .doesNotContain(VANTAA)
                .contains("179");
        assertThat(Api.as(base, "manager").get("api/v1/utilisation").status()).isEqualTo(422);
    }

    @Test
    void eachRoleSeesOnlyTheFiguresOfItsScope() {
        assertThat(utilisation("coord.helsinki", "?year=2025"))
                .extracting(r -> r.getString("municipalityCode"))
                .containsExactly("091");
        assertThat(utilisation("coord.helsinki", "?year=2025&municipality=179")).isEmpty();
        assertThat(utilisation("official.keskisuomi", "?year=2025"))
                .extracting(r -> r.getString("municipalityCode"))
                .containsExactly("179");
        assertThat(utilisation("manager", "?year=2025"))
                .extracting(r -> r.getString("municipalityCode"))
                .contains("091", "092", "179");
        assertThat(Api.as(base, "coord.helsinki")
                        .get("api/v1/compensation/estimate?municipality=179&year=2025")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(base, "coord.helsinki")
                        .get("api/v1/compensation/estimate?municipality=091&year=2025")
                        .status())
                .isEqualTo(200);
        List<JsonObject> jyvaskyla = ((JsonArray) Api.as(base, "manager")
                        .get("api/v1/agreements?municipality=179")
                        .json())
                .getValuesAs(JsonObject.class);
        assertThat(jyvaskyla).isNotEmpty();
        for (JsonObject agreement : jyvaskyla) {
            assertThat(Api.as(base, "coord.helsinki")
                            .get("api/v1/agreements/" + agreement.getJsonNumber("id"))
                            .status())
                    .isEqualTo(404);
        }
        assertThat(Api.as(base, "coord.helsinki")
                        .put("api/v1/placements", row("091", "2024-05", "ASYLUM_PERMIT", 1, 0, false))
                        .status())
                .isEqualTo(403);
        var foreign = Api.as(base, "official.keskisuomi")
                .put("api/v1/placements", row("091", "2024-05", "ASYLUM_PERMIT", 1, 0, false));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
    }

    @Test
    void administratorsExtendTheRateAndPeriodTablesFromADateAndThePastStaysAsItWas() {
        Api admin = Api.as(base, "admin");
        Api coordinator = Api.as(base, "coord.vantaa");
        List<JsonObject> rates = list(coordinator, "api/v1/compensation/rates");
        LocalDate latest = rates.stream()
                .map(r -> LocalDate.parse(r.getString("validFrom")))
                .max(LocalDate::compareTo)
                .orElseThrow();
        LocalDate from = LocalDate.of(Math.max(2040, latest.getYear() + 1), 1, 1);
        String rate = """
                {"targetGroup":"ALL","ageBand":"AGE_7_OR_OVER","annualAmount":2100.00,"validFrom":"%s"}""".formatted(from);

        assertThat(coordinator.post("api/v1/compensation/rates", rate).status()).isEqualTo(403);
        var added = admin.post("api/v1/compensation/rates", rate);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(((JsonObject) added.json()).getJsonNumber("annualAmount").bigDecimalValue())
                .isEqualByComparingTo("2100");
        List<JsonObject> after = list(coordinator, "api/v1/compensation/rates").stream()
                .filter(r -> r.getString("targetGroup").equals("ALL")
                        && r.getString("ageBand").equals("AGE_7_OR_OVER"))
                .toList();
        assertThat(after)
                .extracting(r -> r.getString("validFrom") + "/"
                        + (r.isNull("validTo") ? "-" : r.getString("validTo")) + "/"
                        + r.getJsonNumber("annualAmount")
                                .bigDecimalValue()
                                .stripTrailingZeros()
                                .toPlainString())
                .contains("2012-01-01/2022-12-31/2300", "%s/-/2100".formatted(from))
                .anyMatch(row -> row.equals("2023-01-01/%s/1955".formatted(from.minusDays(1))));

        var again = admin.post("api/v1/compensation/rates", rate);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.body()).contains(from.toString());
        var invalid = admin.post(
                "api/v1/compensation/rates",
                "{\"targetGroup\":\"PIRATES\",\"annualAmount\":-1,\"validFrom\":\"soon\"}");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(((JsonObject) invalid.json()).getJsonArray("errors")).hasSize(4);

        var period = admin.post(
                "api/v1/compensation/periods",
                "{\"targetGroup\":\"QUOTA_REFUGEE\",\"years\":3,\"validFrom\":\"%s\"}".formatted(from));
        assertThat(period.status()).as(period.toString()).isEqualTo(201);
        assertThat(list(admin, "api/v1/compensation/periods"))
                .filteredOn(p -> p.getString("targetGroup").equals("QUOTA_REFUGEE"))
                .extracting(p -> p.getInt("years") + "/" + p.getString("validFrom"))
                .contains("4/2012-01-01", "3/" + from);
        assertThat(admin.post(
                                "api/v1/compensation/periods",
                                "{\"targetGroup\":\"QUOTA_REFUGEE\",\"years\":30,"
                                        + "\"validFrom\":\"%s\"}".formatted(from.plusYears(1)))
                        .status())
                .isEqualTo(422);
    }

    private static List<JsonObject> list(Api api, String path) {
        var answer = api.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return ((JsonArray) answer.json()).getValuesAs(JsonObject.class);
    }

    @Test
    void handEntryIsValidatedAndEveryProblemIsReported() {
        var invalid = Api.as(base, "admin")
                .put(
                        "api/v1/placements",
                        "{\"municipalityCode\":\"999\",\"month\":\"2024-13\",\"targetGroup\":\"TOURISTS\",\"persons\":2,"
                                + "\"under7\":3}");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(((JsonObject) invalid.json()).getJsonArray("errors")).hasSize(4);
        assertThat(Api.as(base, "admin")
                        .put("api/v1/placements", row("092", "2099-01", "ASYLUM_PERMIT", 1, 0, false))
                        .status())
                .as("a future month")
                .isEqualTo(422);
        assertThat(Api.as(base, "admin")
                        .put(
                                "api/v1/placements",
                                "{\"municipalityCode\":\"092\",\"month\":\"2024-01\","
                                        + "\"targetGroup\":\"ASYLUM_PERMIT\",\"persons\":-1}")
                        .status())
                .isEqualTo(422);
    }

    private void enter(String month, String group, int persons, int under7, boolean selfSettled) {
        var response = Api.as(base, "official.uusimaa")
                .put("api/v1/placements", row(VANTAA, month, group, persons, under7, selfSettled));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonObject body = (JsonObject) response.json();
        assertThat(body.getInt("persons")).isEqualTo(persons);
        assertThat(body.getString("month")).isEqualTo(month);
    }

    private static String row(
            String municipality, String month, String group, int persons, int under7, boolean selfSettled) {
        return "{\"municipalityCode\":\"%s\",\"month\":\"%s\",\"targetGroup\":\"%s\",\"persons\":%d,\"under7\":%d,"
                        .formatted(municipality, month, group, persons, under7)
                + "\"selfSettled\":" + selfSettled + "}";
    }

    private void step(Api api, long id, String json) {
        var response = api.post("api/v1/agreements/" + id + "/transitions", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private JsonObject estimate(String user, String municipality, int year) {
        var response = Api.as(base, user)
                .get("api/v1/compensation/estimate?municipality=%s&year=%d".formatted(municipality, year));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (JsonObject) response.json();
    }

    private List<JsonObject> utilisation(String user, String query) {
        var response = Api.as(base, user).get("api/v1/utilisation" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ((JsonArray) response.json()).getValuesAs(JsonObject.class);
    }
}
