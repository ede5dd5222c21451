package fi.koto.agreement.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The annual places round and extra-places requests over REST, with the refusals each step can meet. Each test
 * works on its own year of places (two and three years ahead), so it meets neither the demo round for next year
 * nor the other test; the demo round itself is read by the last test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlacesRoundIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    /** Reminders are mailed: a real SMTP server on the port the test server was given (pom.xml). */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
                    Integer.getInteger("koto.it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static List<MimeMessage> mailsTo(String address, String subjectStart) throws MessagingException {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (address.equals(message.getRecipients(Message.RecipientType.TO)[0].toString())
                    && message.getSubject().startsWith(subjectStart)) {
                found.add(message);
            }
        }
        return found;
    }

    @Test
    void aRoundIsOpenedAnsweredRemindedClosedAndReopened() throws Exception {
        int year = TODAY.getYear() + 2;
        Api official = Api.as(base, "official.uusimaa");
        var created = official.post("api/v1/places-rounds", """
                {"year":%d,"deadline":"%s","caseReference":"UUDELY/IT/1"}""".formatted(year, TODAY.plusDays(30)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).matches(".*/api/v1/places-rounds/[0-9]+");
        JsonObject round = ((JsonObject) created.json()).getJsonObject("round");
        long id = round.getJsonNumber("id").longValue();
        assertThat(round.getString("status")).isEqualTo("OPEN");
        assertThat(round.getString("authorityCode")).isEqualTo("EVK01");
        assertThat(round.getInt("answered")).isZero();
        int municipalities = round.getInt("municipalities");
        assertThat(round.getInt("outstanding")).isEqualTo(municipalities).isGreaterThan(20);
        JsonObject detail = get(official, id);
        assertThat(strings(detail.getJsonArray("actions"))).containsExactly("CLOSE");
        assertThat(request(detail, "091").getString("state")).isEqualTo("OUTSTANDING");
        assertThat(request(detail, "092").getString("state")).isEqualTo("OUTSTANDING");
        assertThat(request(detail, "092").isNull("places")).isTrue();

        // One round per authority and year; dates and roles are checked.
        assertThat(official.post(
                                "api/v1/places-rounds",
                                "{\"year\":%d,\"deadline\":\"%s\"}".formatted(year, TODAY.plusDays(30)))
                        .status())
                .isEqualTo(409);
        var invalid = official.post(
                "api/v1/places-rounds",
                "{\"year\":%d,\"deadline\":\"%s\"}".formatted(TODAY.getYear() + 9, TODAY.minusDays(1)));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(((JsonObject) invalid.json()).getJsonArray("errors")).hasSize(2);
        assertThat(Api.as(base, "manager").post("api/v1/places-rounds", "{}").status())
                .isEqualTo(403);
        assertThat(Api.as(base, "coord.helsinki")
                        .post("api/v1/places-rounds", "{}")
                        .status())
                .isEqualTo(403);

        // Scope: another authority's official sees nothing; a coordinator sees only their own municipality.
        Api keskiSuomi = Api.as(base, "official.keskisuomi");
        assertThat(keskiSuomi.get("api/v1/places-rounds/" + id).status()).isEqualTo(404);
        assertThat(list(keskiSuomi, "?year=" + year))
                .noneMatch(r -> r.getJsonNumber("id").longValue() == id);
        assertThat(Api.as(base, "manager").get("api/v1/places-rounds/" + id).status())
                .isEqualTo(200);
        Api helsinki = Api.as(base, "coord.helsinki");
        JsonObject seenByHelsinki = get(helsinki, id);
        assertThat(seenByHelsinki.getJsonArray("municipalities").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("municipalityCode"))
                .containsExactly("091");
        assertThat(seenByHelsinki.getJsonObject("round").getInt("municipalities"))
                .isEqualTo(1);
        assertThat(seenByHelsinki.getJsonArray("actions")).isEmpty();
        var toAnswer = ((JsonArray) helsinki.get("api/v1/places-rounds/requests?roundStatus=OPEN")
                        .json())
                .getValuesAs(JsonObject.class);
        assertThat(toAnswer).anySatisfy(r -> {
            assertThat(r.getJsonNumber("roundId").longValue()).isEqualTo(id);
            assertThat(r.getString("municipalityCode")).isEqualTo("091");
        });

        // Vantaa's coordinator cannot answer for Helsinki; Helsinki's answer lands on its agreement.
        long version = request(seenByHelsinki, "091").getJsonNumber("version").longValue();
        String answer = """
                {"places":{"QUOTA_REFUGEE":40,"ASYLUM_PERMIT":60,"FAMILY_MEMBER":10},"nationalityPreferences":"Afghanistan",
                 "decisionBody":"Kaupunginhallitus","decisionDate":"%s","decisionReference":"Khs § 1","version":%d}""".formatted(TODAY, version);
        assertThat(Api.as(base, "coord.vantaa")
                        .put(answerPath(id, "091"), answer)
                        .status())
                .isEqualTo(404);
        var answered = helsinki.put(answerPath(id, "091"), answer);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        JsonObject mine = (JsonObject) answered.json();
        assertThat(mine.getString("state")).isEqualTo("ANSWERED");
        assertThat(mine.getBoolean("late")).isFalse();
        assertThat(mine.getInt("total")).isEqualTo(110);
        assertThat(mine.getString("answeredBy")).isEqualTo("coord.helsinki");
        assertThat(mine.getString("decisionReference")).isEqualTo("Khs § 1");
        long agreementId = mine.getJsonNumber("agreementId").longValue();

        var stale = helsinki.put(answerPath(id, "091"), answer);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.body()).contains("coord.helsinki");
        var wrong = helsinki.put(
                answerPath(id, "091"),
                "{\"places\":{\"PIRATES\":1,\"QUOTA_REFUGEE\":-2},\"version\":%d}"
                        .formatted(mine.getJsonNumber("version").longValue()));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(((JsonObject) wrong.json()).getJsonArray("errors")).hasSize(2);

        JsonObject places = ((JsonArray) helsinki.get("api/v1/agreements/" + agreementId + "/places")
                        .json())
                .getValuesAs(JsonObject.class).stream()
                        .filter(p -> p.getInt("year") == year)
                        .findFirst()
                        .orElseThrow();
        assertThat(places.getJsonObject("places").getInt("QUOTA_REFUGEE")).isEqualTo(40);
        assertThat(places.getInt("total")).isEqualTo(110);
        assertThat(places.getString("nationalityPreferences")).isEqualTo("Afghanistan");
        assertThat(history(official, agreementId)).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("PLACES_SET");
            assertThat(e.getString("actor")).isEqualTo("coord.helsinki");
            assertThat(e.getString("comment"))
                    .startsWith(year + ": QUOTA_REFUGEE 0->40")
                    .endsWith("[PLACES_ROUND " + id + "]");
        });

        // Reminders go to the municipalities that have not answered, and are recorded.
        assertThat(helsinki.post("api/v1/places-rounds/" + id + "/reminders", "{}")
                        .status())
                .isEqualTo(403);
        var answeredOne =
                official.post("api/v1/places-rounds/" + id + "/reminders", "{\"municipalityCodes\":[\"091\"]}");
        assertThat(answeredOne.status()).as(answeredOne.toString()).isEqualTo(422);
        var reminded = official.post("api/v1/places-rounds/" + id + "/reminders", "{}");
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        JsonObject sent = (JsonObject) reminded.json();
        List<JsonObject> remindedMunicipalities =
                sent.getJsonArray("municipalities").getValuesAs(JsonObject.class);
        assertThat(remindedMunicipalities)
                .extracting(m -> m.getString("code"))
                .contains("092")
                .doesNotContain("091")
                .hasSize(municipalities - 1);
        assertThat(remindedMunicipalities)
                .filteredOn(m -> m.getString("code").equals("092"))
                .singleElement()
                .satisfies(m -> assertThat(m.getInt("coordinators")).isPositive());
        assertThat(sent.getString("sentBy")).isEqualTo("official.uusimaa");
        JsonObject afterReminder = get(official, id);
        assertThat(afterReminder.getJsonArray("reminders").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getString("sentBy")).isEqualTo("official.uusimaa");
                    assertThat(strings(r.getJsonArray("municipalityCodes")))
                            .contains("092")
                            .doesNotContain("091");
                });
        assertThat(request(afterReminder, "092").getInt("remindersSent")).isEqualTo(1);
        assertThat(request(afterReminder, "092").isNull("lastRemindedAt")).isFalse();
        assertThat(request(afterReminder, "091").getInt("remindersSent")).isZero();
        assertThat(afterReminder.getJsonObject("round").getInt("remindersSent")).isEqualTo(1);
        assertThat(get(helsinki, id).getJsonArray("reminders"))
                .as("Helsinki was not reminded")
                .isEmpty();

        // The reminder reaches Vantaa's coordinator by mail, read back from the test's SMTP server; Helsinki's
        // coordinator, whose municipality answered, gets none for this year.
        String subject = "Koto: muistutus kuntapaikkojen vuodelle " + year + " vastaamisesta";
        MimeMessage mail = await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsTo("coord.vantaa@demo.koto.invalid", subject), found -> !found.isEmpty())
                .get(0);
        assertThat(mail.getContent().toString().replace("\r\n", "\n"))
                .contains("Uudenmaan", "Vantaa", "/places/index.xhtml");
        assertThat(mailsTo("coord.helsinki@demo.koto.invalid", subject)).isEmpty();

        // A closed round refuses answers and reminders; reopened, it takes them again.
        long roundVersion =
                afterReminder.getJsonObject("round").getJsonNumber("version").longValue();
        assertThat(helsinki.post(transitions(id), "{\"action\":\"CLOSE\"}").status())
                .isEqualTo(403);
        var closed = official.post(transitions(id), "{\"action\":\"CLOSE\",\"version\":%d}".formatted(roundVersion));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(((JsonObject) closed.json()).getJsonObject("round").getString("status"))
                .isEqualTo("CLOSED");
        assertThat(strings(((JsonObject) closed.json()).getJsonArray("actions")))
                .containsExactly("REOPEN");
        assertThat(official.post(transitions(id), "{\"action\":\"CLOSE\"}").status())
                .isEqualTo(409);
        assertThat(official.post(transitions(id), "{\"action\":\"FLY\"}").status())
                .isEqualTo(422);
        Api vantaa = Api.as(base, "coord.vantaa");
        String vantaaAnswer = "{\"places\":{\"QUOTA_REFUGEE\":15},\"version\":%d}"
                .formatted(
                        request(get(vantaa, id), "092").getJsonNumber("version").longValue());
        var refused = vantaa.put(answerPath(id, "092"), vantaaAnswer);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body()).contains("closed");
        assertThat(official.post("api/v1/places-rounds/" + id + "/reminders", "{}")
                        .status())
                .isEqualTo(409);

        assertThat(official.post(transitions(id), "{\"action\":\"REOPEN\"}").status())
                .isEqualTo(200);
        var late = vantaa.put(answerPath(id, "092"), vantaaAnswer);
        assertThat(late.status()).as(late.toString()).isEqualTo(200);
        assertThat(((JsonObject) late.json()).getString("state")).isEqualTo("ANSWERED");

        List<String> audit = ((JsonArray)
                        Api.as(base, "admin").get("api/v1/audit?limit=500").json())
                .getValuesAs(JsonObject.class).stream()
                        .filter(a -> a.getString("subjectType").equals("PlacesRound")
                                && String.valueOf(id).equals(a.getString("subjectId", null)))
                        .map(a -> a.getString("action"))
                        .toList();
        assertThat(audit)
                .containsExactlyInAnyOrder(
                        "PLACES_ROUND_OPENED",
                        "PLACES_ROUND_ANSWERED",
                        "PLACES_ROUND_REMINDED",
                        "PLACES_ROUND_CLOSE",
                        "PLACES_ROUND_REOPEN",
                        "PLACES_ROUND_ANSWERED");
    }

    @Test
    void acceptedExtraPlacesAreAddedToTheYearAndKeptWhenTheRoundIsAnswered() {
        int year = TODAY.getYear() + 3;
        Api official = Api.as(base, "official.uusimaa");
        Api helsinki = Api.as(base, "coord.helsinki");
        long agreementId = ((JsonArray) official.get("api/v1/agreements?municipality=091&status=ACTIVE")
                        .json())
                .getValuesAs(JsonObject.class)
                .get(0)
                .getJsonNumber("id")
                .longValue();
        String path = "api/v1/agreements/" + agreementId + "/extra-places-requests";

        var invalid = official.post(path, "{\"year\":%d,\"targetGroup\":\"PIRATES\",\"persons\":0}".formatted(year));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(((JsonObject) invalid.json()).getJsonArray("errors")).hasSize(3);
        String ask = """
                {"year":%d,"targetGroup":"TEMPORARY_PROTECTION","persons":30,"reason":"Reception centres are full",
                 "replyBy":"%s"}""".formatted(year, TODAY.plusDays(14));
        assertThat(helsinki.post(path, ask).status()).isEqualTo(403);
        assertThat(Api.as(base, "official.keskisuomi").post(path, ask).status()).isEqualTo(404);
        var created = official.post(path, ask);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject request = (JsonObject) created.json();
        long id = request.getJsonNumber("id").longValue();
        assertThat(request.getString("status")).isEqualTo("REQUESTED");
        assertThat(request.getString("municipalityCode")).isEqualTo("091");
        assertThat(Api.as(base, "official.keskisuomi").get(path + "/" + id).status())
                .isEqualTo(404);
        assertThat(list(helsinki, path))
                .extracting(x -> x.getJsonNumber("id").longValue())
                .contains(id);

        String response = """
                {"acceptedPlaces":20,"decisionBody":"Kaupunginhallitus","decisionDate":"%s",
                 "decisionReference":"Khs § 2","version":%d}""".formatted(TODAY, request.getJsonNumber("version").longValue());
        assertThat(Api.as(base, "coord.vantaa").put(path + "/" + id, response).status())
                .isEqualTo(404);
        var answered = helsinki.put(path + "/" + id, response);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(((JsonObject) answered.json()).getString("status")).isEqualTo("ANSWERED");
        assertThat(((JsonObject) answered.json()).getInt("acceptedPlaces")).isEqualTo(20);
        var again = helsinki.put(path + "/" + id, response);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.body()).contains("coord.helsinki");
        assertThat(places(helsinki, agreementId, year).getInt("TEMPORARY_PROTECTION"))
                .isEqualTo(20);

        // The round's answer for that year keeps the accepted extra places on top.
        var opened = official.post(
                "api/v1/places-rounds", "{\"year\":%d,\"deadline\":\"%s\"}".formatted(year, TODAY.plusDays(10)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long roundId = ((JsonObject) opened.json())
                .getJsonObject("round")
                .getJsonNumber("id")
                .longValue();
        long version =
                request(get(helsinki, roundId), "091").getJsonNumber("version").longValue();
        var answer = helsinki.put(
                answerPath(roundId, "091"),
                "{\"places\":{\"QUOTA_REFUGEE\":10,\"TEMPORARY_PROTECTION\":5},\"version\":%d}".formatted(version));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject afterAnswer = places(helsinki, agreementId, year);
        assertThat(afterAnswer.getInt("QUOTA_REFUGEE")).isEqualTo(10);
        assertThat(afterAnswer.getInt("TEMPORARY_PROTECTION")).isEqualTo(25);

        assertThat(history(official, agreementId))
                .extracting(e -> e.getString("action"))
                .containsSubsequence("EXTRA_PLACES_REQUESTED", "EXTRA_PLACES_ANSWERED", "PLACES_SET", "PLACES_SET");
        assertThat(history(official, agreementId)).anySatisfy(e -> assertThat(e.getString("comment", ""))
                .isEqualTo(year + ": TEMPORARY_PROTECTION 0->20 [EXTRA_PLACES " + id + "]"));
    }

    @Test
    void theDemoRoundForNextYearShowsWhoHasAnswered() {
        int year = TODAY.getYear() + 1;
        List<JsonObject> uusimaa = list(Api.as(base, "official.uusimaa"), "?year=" + year);
        assertThat(uusimaa).singleElement().satisfies(r -> assertThat(r.getInt("answered"))
                .isPositive());
        JsonObject detail = get(
                Api.as(base, "official.uusimaa"),
                uusimaa.get(0).getJsonNumber("id").longValue());
        assertThat(request(detail, "091").getBoolean("answered")).isTrue();
        assertThat(request(detail, "091").isNull("agreementId")).isFalse();
        assertThat(request(detail, "092").getBoolean("answered")).isFalse();
        List<JsonObject> jyvaskyla = list(Api.as(base, "coord.jyvaskyla"), "?year=" + year);
        assertThat(jyvaskyla).singleElement().satisfies(r -> {
            assertThat(r.getString("authorityCode")).isNotEqualTo("EVK01");
            assertThat(r.getInt("municipalities")).isEqualTo(1);
        });
        assertThat(Api.as(base, "manager")
                        .get("api/v1/places-rounds?status=NONSENSE")
                        .status())
                .isEqualTo(422);
    }

    private JsonObject get(Api api, long id) {
        var response = api.get("api/v1/places-rounds/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (JsonObject) response.json();
    }

    private static List<JsonObject> list(Api api, String pathOrQuery) {
        String path = pathOrQuery.startsWith("?") ? "api/v1/places-rounds" + pathOrQuery : pathOrQuery;
        var response = api.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ((JsonArray) response.json()).getValuesAs(JsonObject.class);
    }

    private static JsonObject request(JsonObject detail, String code) {
        return detail.getJsonArray("municipalities").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("municipalityCode").equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject places(Api api, long agreementId, int year) {
        return list(api, "api/v1/agreements/" + agreementId + "/places").stream()
                .filter(p -> p.getInt("year") == year)
                .findFirst()
                .orElseThrow()
                .getJsonObject("places");
    }

    private static List<JsonObject> history(Api api, long agreementId) {
        return list(api, "api/v1/agreements/" + agreementId + "/history");
    }

    private static String answerPath(long id, String code) {
        return "api/v1/places-rounds/" + id + "/answers/" + code;
    }

    private static String transitions(long id) {
        return "api/v1/places-rounds/" + id + "/transitions";
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
    }
}
