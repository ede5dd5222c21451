package fi.koto.agreement.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * A placement agreement through its whole life cycle over REST, with the refusals each step can meet: 403 for the
 * wrong role, 404 outside the scope, 409 in the wrong status or with a stale version, 422 for missing input or an
 * unmet precondition. Works on Espoo (049), which the demo data leaves alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgreementLifecycleIT {

    private static final String ESPOO = "049";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAgreementGoesFromDraftToTerminatedWithEveryRefusalOnTheWay() {
        Api official = Api.as(base, "official.uusimaa");
        JsonObject draft = draft(ESPOO);
        long id = draft.getJsonNumber("id").longValue();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("authorityCode")).isEqualTo("EVK01");
        assertThat(strings(draft.getJsonArray("actions"))).containsExactly("RECORD_CONSULTATION", "SEND", "TERMINATE");

        var early = transition(official, id, "{\"action\":\"SEND\"}");
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.body()).contains("wellbeing services county");

        var future = transition(
                official,
                id,
                "{\"action\":\"RECORD_CONSULTATION\",\"date\":\"%s\"}"
                        .formatted(LocalDate.now().plusDays(30)));
        assertThat(future.status()).as(future.toString()).isEqualTo(422);
        assertThat(ok(transition(official, id, "{\"action\":\"RECORD_CONSULTATION\",\"date\":\"2026-11-02\"}"))
                        .getString("wellbeingConsultedDate"))
                .isEqualTo("2026-11-02");

        var tooEarly = transition(official, id, "{\"action\":\"SIGN\"}");
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(transition(official, id, "{\"action\":\"FLY\"}").status()).isEqualTo(422);
        assertThat(ok(transition(official, id, "{\"action\":\"SEND\"}")).getString("status"))
                .isEqualTo("SENT_TO_MUNICIPALITY");

        // Only the municipality's coordinator records its decision.
        assertThat(transition(official, id, decision()).status()).isEqualTo(403);
        assertThat(transition(Api.as(base, "coord.helsinki"), id, decision()).status())
                .isEqualTo(404);
        Api espoo = coordinatorOf(ESPOO);
        var incomplete = transition(espoo, id, "{\"action\":\"RECORD_DECISION\",\"decisionDate\":\"2026-11-05\"}");
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(422);
        assertThat(((JsonObject) incomplete.json()).getJsonArray("errors")).hasSize(2);
        JsonObject decided = ok(transition(espoo, id, decision()));
        assertThat(decided.getString("status")).isEqualTo("MUNICIPAL_DECISION_RECORDED");
        assertThat(decided.getString("decisionBody")).isEqualTo("Kaupunginhallitus");
        assertThat(decided.getString("decisionReference")).isEqualTo("Khs 5.11.2026 § 12");

        long version = decided.getJsonNumber("version").longValue();
        var stale = transition(official, id, "{\"action\":\"SIGN\",\"version\":%d}".formatted(version - 1));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        JsonObject signed = ok(transition(
                official, id, "{\"action\":\"SIGN\",\"date\":\"2026-11-10\",\"version\":%d}".formatted(version)));
        assertThat(signed.getString("status")).isEqualTo("ACTIVE");
        assertThat(signed.getString("signedDate")).isEqualTo("2026-11-10");

        assertThat(transition(official, id, "{\"action\":\"TERMINATE\"}").status())
                .isEqualTo(422);
        JsonObject terminated =
                ok(transition(official, id, "{\"action\":\"TERMINATE\",\"comment\":\"Replaced by a new agreement\"}"));
        assertThat(terminated.getString("status")).isEqualTo("TERMINATED");
        assertThat(terminated.getJsonArray("actions")).isEmpty();
        assertThat(transition(official, id, "{\"action\":\"TERMINATE\",\"comment\":\"again\"}")
                        .status())
                .isEqualTo(409);

        var history = official.get("api/v1/agreements/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        List<JsonObject> events = ((JsonArray) history.json()).getValuesAs(JsonObject.class);
        assertThat(events)
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATED", "RECORD_CONSULTATION", "SEND", "RECORD_DECISION", "SIGN", "TERMINATE");
        assertThat(events.get(5).getString("comment")).isEqualTo("Replaced by a new agreement");
        assertThat(events.get(3).getString("actor")).startsWith("coord.espoo.");

        // Exactly one audit record per step, refusals leave none.
        List<JsonObject> audit = ((JsonArray)
                        Api.as(base, "admin").get("api/v1/audit?limit=500").json())
                .getValuesAs(JsonObject.class).stream()
                        .filter(a -> a.getString("subjectType").equals("PlacementAgreement")
                                && String.valueOf(id).equals(a.getString("subjectId", null)))
                        .toList();
        assertThat(audit)
                .extracting(a -> a.getString("action"))
                .containsExactlyInAnyOrder(
                        "AGREEMENT_CREATED",
                        "AGREEMENT_RECORD_CONSULTATION",
                        "AGREEMENT_SEND",
                        "AGREEMENT_RECORD_DECISION",
                        "AGREEMENT_SIGN",
                        "AGREEMENT_TERMINATE");
    }

    @Test
    void placesPerYearAreVersionedAndWrittenToTheTimeline() {
        Api official = Api.as(base, "official.uusimaa");
        long id = draft(ESPOO).getJsonNumber("id").longValue();
        String path = "api/v1/agreements/" + id + "/places/2027";

        var first = official.put(path, "{\"places\":{\"QUOTA_REFUGEE\":20,\"QUOTA_EMERGENCY\":5}}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonObject created = (JsonObject) first.json();
        assertThat(created.getInt("total")).isEqualTo(25);
        assertThat(created.getJsonObject("places").getInt("ASYLUM_PERMIT")).isZero();
        long version = created.getJsonNumber("version").longValue();

        var changed = official.put(
                path,
                "{\"places\":{\"QUOTA_REFUGEE\":15,\"ASYLUM_PERMIT\":30},"
                        + "\"nationalityPreferences\":\"Syria\",\"version\":%d}".formatted(version));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(((JsonObject) changed.json()).getInt("total")).isEqualTo(45);

        var stale = official.put(path, "{\"places\":{\"QUOTA_REFUGEE\":99},\"version\":%d}".formatted(version));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        var late = official.put(path, "{\"places\":{\"QUOTA_REFUGEE\":99}}");
        assertThat(late.status()).as("a second creator is stale too").isEqualTo(409);
        var invalid = official.put(
                path, "{\"places\":{\"QUOTA_REFUGEE\":-1,\"PIRATES\":3},\"version\":%d}".formatted(version + 1));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(((JsonObject) invalid.json()).getJsonArray("errors")).hasSize(2);

        List<JsonObject> places =
                ((JsonArray) official.get("api/v1/agreements/" + id + "/places").json()).getValuesAs(JsonObject.class);
        assertThat(places).singleElement().satisfies(p -> {
            assertThat(p.getInt("year")).isEqualTo(2027);
            assertThat(p.getJsonObject("places").getInt("QUOTA_REFUGEE")).isEqualTo(15);
            assertThat(p.getString("nationalityPreferences")).isEqualTo("Syria");
        });
        List<JsonObject> events = ((JsonArray)
                        official.get("api/v1/agreements/" + id + "/history").json())
                .getValuesAs(JsonObject.class);
        assertThat(events)
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATED", "PLACES_SET", "PLACES_SET");
        assertThat(events.get(2).getString("comment"))
                .isEqualTo("2027: QUOTA_REFUGEE 20->15, QUOTA_EMERGENCY 5->0, ASYLUM_PERMIT 0->30");
        assertThat(Api.as(base, "manager")
                        .put(path, "{\"places\":{\"QUOTA_REFUGEE\":1}}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void officialsDraftOnlyWhereTheirAuthorityServesAndSeeOnlyTheirScope() {
        var foreign = Api.as(base, "official.keskisuomi").post("api/v1/agreements", "{\"municipalityCode\":\"091\"}");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(Api.as(base, "official.uusimaa")
                        .post("api/v1/agreements", "{}")
                        .status())
                .isEqualTo(422);
        assertThat(Api.as(base, "manager")
                        .post("api/v1/agreements", "{\"municipalityCode\":\"091\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(base, "coord.helsinki")
                        .post("api/v1/agreements", "{\"municipalityCode\":\"091\"}")
                        .status())
                .isEqualTo(403);

        long id = draft(ESPOO).getJsonNumber("id").longValue();
        assertThat(Api.as(base, "official.keskisuomi")
                        .get("api/v1/agreements/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(base, "coord.helsinki")
                        .get("api/v1/agreements/" + id + "/history")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(base, "official.keskisuomi")
                        .put("api/v1/agreements/" + id + "/places/2027", "{\"places\":{\"QUOTA_REFUGEE\":1}}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(base, "manager").get("api/v1/agreements/" + id).status())
                .isEqualTo(200);
        assertThat(Api.as(base, "official.keskisuomi")
                        .get("api/v1/agreements/999999")
                        .status())
                .isEqualTo(404);

        List<JsonObject> keskiSuomi = list("official.keskisuomi", "");
        assertThat(keskiSuomi).isNotEmpty().allSatisfy(a -> assertThat(a.getString("municipalityCode"))
                .isEqualTo("179"));
        assertThat(list("coord.helsinki", "")).isNotEmpty().allSatisfy(a -> assertThat(a.getString("municipalityCode"))
                .isEqualTo("091"));
        assertThat(list("coord.helsinki", "?municipality=179")).isEmpty();
        assertThat(list("manager", "?municipality=179&status=TERMINATED"))
                .singleElement()
                .satisfies(a -> assertThat(a.getString("terminatedDate")).isEqualTo("2024-12-31"));
        assertThat(list("official.uusimaa", "?municipality=049&status=DRAFT"))
                .extracting(a -> a.getJsonNumber("id").longValue())
                .contains(id);
        assertThat(Api.as(base, "manager")
                        .get("api/v1/agreements?status=NONSENSE")
                        .status())
                .isEqualTo(422);
    }

    private JsonObject draft(String municipality) {
        var response = Api.as(base, "official.uusimaa")
                .post("api/v1/agreements", "{\"municipalityCode\":\"%s\"}".formatted(municipality));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.header("Location")).matches(".*/api/v1/agreements/[0-9]+");
        JsonObject body = (JsonObject) response.json();
        assertThat(body.getString("municipalityCode")).isEqualTo(municipality);
        return body;
    }

    private List<JsonObject> list(String user, String query) {
        var response = Api.as(base, user).get("api/v1/agreements" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ((JsonArray) response.json()).getValuesAs(JsonObject.class);
    }

    private static Api.Response transition(Api api, long id, String json) {
        return api.post("api/v1/agreements/" + id + "/transitions", json);
    }

    private static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (JsonObject) response.json();
    }

    private static String decision() {
        return "{\"action\":\"RECORD_DECISION\",\"decisionBody\":\"Kaupunginhallitus\",\"decisionDate\":\"2026-11-05\","
                + "\"decisionReference\":\"Khs 5.11.2026 § 12\",\"comment\":\"Approved\"}";
    }

    private Api coordinatorOf(String municipality) {
        String username = "coord.espoo." + Long.toString(System.nanoTime(), 36);
        var created = Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"COORDINATOR","displayName":"Espoo",
                 "municipalityCodes":["%s"]}
                """.formatted(username, municipality));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Api.as(base, username, "a-long-enough-password");
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
