package fi.koto.programme.boundary;

import static fi.koto.programme.boundary.ProgrammeClient.id;
import static fi.koto.programme.boundary.ProgrammeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole review cycle of a bilingual municipality's programme, through the REST API only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeReviewCycleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void aProgrammeGoesFromDraftThroughChangesToApproval() {
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var official = new ProgrammeClient(base, "official.uusimaa");

        // Create: 201, Location, a draft with the five sections of Act 681/2023 in Finnish and Swedish.
        var response = coordinator.create(List.of("091"), "ACT_681_2023", "Helsingin suunnitelma (IT)");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonObject created = (JsonObject) response.json();
        long id = id(created);
        assertThat(response.header("Location")).endsWith("/api/v1/programmes/" + id);
        assertThat(created.getString("status")).isEqualTo("DRAFT");
        assertThat(created.getString("title")).isEqualTo("Helsingin suunnitelma (IT)");
        assertThat(created.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("fi", "sv");
        assertThat(created.getJsonArray("sections").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("key"))
                .containsExactly("goals", "measures", "responsibleParties", "cooperation", "monitoring");
        assertThat(created.getJsonArray("sections").getValuesAs(JsonObject.class))
                .allSatisfy(s -> {
                    assertThat(s.getBoolean("required")).isTrue();
                    assertThat(s.isNull("fi")).isTrue();
                    assertThat(s.isNull("sv")).isTrue();
                });
        assertThat(created.getJsonArray("checklist").getValuesAs(JsonObject.class))
                .hasSize(7)
                .allSatisfy(c -> assertThat(c.isNull("verdict")).isTrue());

        // Finnish only: submission is refused with every missing Swedish section listed.
        coordinator.fill(id, "Tavoitteet", null);
        var refused = coordinator.transition(id, "SUBMIT", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        var errors = ((JsonObject) refused.json()).getJsonArray("errors").getValuesAs(jakarta.json.JsonString.class);
        assertThat(errors).hasSize(5).allSatisfy(e -> assertThat(e.getString()).contains("Swedish text"));
        assertThat(errors.get(0).getString()).contains("goals");

        // Both languages: submitted, due in 30 days.
        JsonObject filled = coordinator.fill(id, "Tavoitteet", "Mål");
        JsonObject submitted = ok(coordinator.transition(id, "SUBMIT", "Ensimmäinen versio"));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getJsonNumber("version").longValue())
                .isGreaterThan(filled.getJsonNumber("version").longValue());
        assertThat(submitted.getInt("round")).isEqualTo(1);
        assertThat(LocalDate.parse(submitted.getString("reviewDue")))
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(30));

        // The official claims it, pins a note and sends it back: a comment is required.
        JsonObject inReview = ok(official.transition(id, "START_REVIEW", null));
        assertThat(inReview.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(inReview.getString("reviewer")).isEqualTo("official.uusimaa");
        var note = official.note(id, "goals", "Tavoitteille puuttuvat mittarit.");
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        long noteId = ((JsonObject) note.json()).getJsonNumber("id").longValue();
        var noComment = official.transition(id, "REQUEST_CHANGES", "  ");
        assertThat(noComment.status()).as(noComment.toString()).isEqualTo(422);
        assertThat(noComment.body()).contains("comment is required");
        JsonObject returned = ok(official.transition(id, "REQUEST_CHANGES", "Lisätkää mittarit."));
        assertThat(returned.getString("status")).isEqualTo("CHANGES_REQUESTED");

        // The coordinator replies, changes one section in both languages and submits again.
        ok(coordinator.api.put(
                ProgrammeClient.BASE + "/" + id + "/notes/" + noteId + "/reply", "{\"text\":\"Mittarit lisätty.\"}"));
        long version = returned.getJsonNumber("version").longValue();
        JsonObject changed = ok(coordinator.save(
                id,
                "goals",
                "Tavoitteet goals\nMittari: työllisyysaste",
                "Mål goals\nIndikator: sysselsättningsgrad",
                version));
        assertThat(section(changed, "goals").getBoolean("languageDrift")).isFalse();
        JsonObject resubmitted = ok(coordinator.transition(id, "SUBMIT", null));
        assertThat(resubmitted.getInt("round")).isEqualTo(2);

        // The diff of round 2 against round 1 shows the added lines of goals only.
        JsonObject diff = ok(official.api.get(ProgrammeClient.BASE + "/" + id + "/diff"));
        assertThat(diff.getInt("round")).isEqualTo(2);
        assertThat(diff.getInt("previousRound")).isEqualTo(1);
        var sections = diff.getJsonArray("sections").getValuesAs(JsonObject.class);
        assertThat(sections)
                .filteredOn(s -> s.getBoolean("changed"))
                .extracting(s -> s.getString("key") + "/" + s.getString("language"))
                .containsExactly("goals/fi", "goals/sv");
        JsonObject goalsFi = sections.get(0);
        assertThat(goalsFi.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("kind") + " " + l.getString("text"))
                .containsExactly("SAME Tavoitteet goals", "ADDED Mittari: työllisyysaste");

        // Second review: the note is resolved; approval waits for every verdict and refuses MISSING.
        ok(official.transition(id, "START_REVIEW", null));
        JsonObject resolved =
                ok(official.api.post(ProgrammeClient.BASE + "/" + id + "/notes/" + noteId + "/resolve", "{}"));
        assertThat(resolved.getBoolean("resolved")).isTrue();
        assertThat(resolved.getString("reply")).isEqualTo("Mittarit lisätty.");
        var noVerdicts = official.transition(id, "APPROVE", null);
        assertThat(noVerdicts.status()).as(noVerdicts.toString()).isEqualTo(422);
        for (String key :
                List.of("goals", "measures", "responsibleParties", "cooperation", "indicators", "coordination")) {
            ok(official.verdict(id, key, "MEETS"));
        }
        JsonObject judged = ok(official.verdict(id, "valko", "MISSING"));
        assertThat(judged.getJsonArray("checklist").getValuesAs(JsonObject.class))
                .filteredOn(c -> c.getString("key").equals("valko"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.getString("verdict")).isEqualTo("MISSING");
                    assertThat(c.getString("note")).isEqualTo("checked");
                });
        var missing = official.transition(id, "APPROVE", null);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(422);
        assertThat(((JsonObject) missing.json()).getJsonArray("errors")).hasSize(1);
        assertThat(missing.body()).contains("valko");
        ok(official.verdict(id, "valko", "PARTLY"));
        JsonObject approved = ok(official.transition(id, "APPROVE", "Hyväksytty."));
        assertThat(approved.getString("status")).isEqualTo("APPROVED");

        // History: oldest first, every transition once.
        var history =
                coordinator.array(ProgrammeClient.BASE + "/" + id + "/history").getValuesAs(JsonObject.class);
        assertThat(history)
                .extracting(h -> h.getString("action"))
                .containsExactly(
                        "CREATE", "SUBMIT", "START_REVIEW", "REQUEST_CHANGES", "SUBMIT", "START_REVIEW", "APPROVE");
        assertThat(history)
                .extracting(h -> h.isNull("fromStatus") ? null : h.getString("fromStatus"))
                .containsExactly(
                        null, "DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "SUBMITTED", "IN_REVIEW");
        assertThat(history.get(3).getString("comment")).isEqualTo("Lisätkää mittarit.");
        assertThat(history.get(3).getString("actor")).isEqualTo("official.uusimaa");
        for (int i = 1; i < history.size(); i++) {
            assertThat(OffsetDateTime.parse(history.get(i).getString("at")))
                    .isAfterOrEqualTo(OffsetDateTime.parse(history.get(i - 1).getString("at")));
        }

        // Both submitted versions stay readable as they were.
        var versions =
                coordinator.array(ProgrammeClient.BASE + "/" + id + "/versions").getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getInt("round")).containsExactly(1, 2);
        JsonObject first = ok(coordinator.api.get(ProgrammeClient.BASE + "/" + id + "/versions/1"));
        JsonObject second = ok(coordinator.api.get(ProgrammeClient.BASE + "/" + id + "/versions/2"));
        assertThat(versionSection(first, "goals").getString("fi")).isEqualTo("Tavoitteet goals");
        assertThat(versionSection(second, "goals").getString("fi"))
                .isEqualTo("Tavoitteet goals\nMittari: työllisyysaste");
        assertThat(versionSection(first, "goals").getString("sv")).isEqualTo("Mål goals");
        assertThat(coordinator
                        .api
                        .get(ProgrammeClient.BASE + "/" + id + "/versions/3")
                        .status())
                .isEqualTo(404);

        // The new approval supersedes any older approved programme for Helsinki alone.
        var approvedForHelsinki = new ProgrammeClient(base, "manager")
                .array(ProgrammeClient.BASE + "?status=APPROVED&municipality=091&limit=200")
                .getValuesAs(JsonObject.class);
        assertThat(approvedForHelsinki)
                .filteredOn(p -> p.getJsonArray("municipalityCodes").size() == 1)
                .extracting(ProgrammeClient::id)
                .containsExactly(id);
    }

    @Test
    void aFinnishSpeakingMunicipalityFilesInFinnishOnly() {
        var coordinator = new ProgrammeClient(base, "coord.jyvaskyla");
        JsonObject created = coordinator.created(
                List.of("179"), "ACT_1386_2010", "Jyväskylän ohjelma (IT)", "2021-01-01", "2024-12-31");
        long id = id(created);
        assertThat(created.getJsonArray("languages")).containsExactly(jakarta.json.Json.createValue("fi"));
        assertThat(created.getJsonArray("sections")).hasSize(8);
        assertThat(created.getJsonArray("checklist")).hasSize(9);
        coordinator.fill(id, "Sisältö", null);
        JsonObject submitted = ok(coordinator.transition(id, "SUBMIT", null));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");

        var queue = new ProgrammeClient(base, "official.keskisuomi");
        var page = queue.api.get(ProgrammeClient.BASE + "?status=SUBMITTED&sort=reviewDue");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(((jakarta.json.JsonArray) page.json()).getValuesAs(JsonObject.class))
                .extracting(ProgrammeClient::id)
                .contains(id);
        assertThat(Long.parseLong(page.header("X-Total-Count"))).isGreaterThanOrEqualTo(1);
        assertThat(((jakarta.json.JsonArray) page.json()).getValuesAs(JsonObject.class))
                .allSatisfy(p ->
                        assertThat(p.getJsonArray("municipalityCodes")).contains(jakarta.json.Json.createValue("179")));
    }

    @Test
    void aSectionChangedInOneLanguageOnlyIsFlaggedUntilTheOtherFollows() {
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        long id = id(coordinator.created(List.of("091"), "ACT_681_2023", "Drift (IT)"));
        coordinator.fill(id, "Teksti", "Text");
        ok(coordinator.transition(id, "SUBMIT", null));
        var official = new ProgrammeClient(base, "official.uusimaa");
        ok(official.transition(id, "START_REVIEW", null));
        JsonObject returned = ok(official.transition(id, "REQUEST_CHANGES", "Tarkentakaa."));
        assertThat(returned.getJsonArray("sections").getValuesAs(JsonObject.class))
                .allSatisfy(s -> assertThat(s.getBoolean("languageDrift")).isFalse());

        JsonObject finnishOnly = ok(coordinator.save(
                id,
                "measures",
                "Teksti measures\nUusi toimenpide",
                "Text measures",
                returned.getJsonNumber("version").longValue()));
        assertThat(section(finnishOnly, "measures").getBoolean("languageDrift")).isTrue();
        assertThat(section(finnishOnly, "goals").getBoolean("languageDrift")).isFalse();
        JsonObject both = ok(coordinator.save(
                id,
                "measures",
                "Teksti measures\nUusi toimenpide",
                "Text measures\nNy åtgärd",
                finnishOnly.getJsonNumber("version").longValue()));
        assertThat(section(both, "measures").getBoolean("languageDrift")).isFalse();
    }

    @Test
    void theDemoQueuesArePopulatedForBothOfficials() {
        var uusimaa = new ProgrammeClient(base, "official.uusimaa");
        for (String status :
                List.of("DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "SUPERSEDED")) {
            var page = uusimaa.api.get(ProgrammeClient.BASE + "?limit=1&status=" + status);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(Long.parseLong(page.header("X-Total-Count"))).as(status).isPositive();
        }
        var keskisuomi = new ProgrammeClient(base, "official.keskisuomi")
                .array(ProgrammeClient.BASE + "?limit=200")
                .getValuesAs(JsonObject.class);
        assertThat(keskisuomi).extracting(p -> p.getString("status")).contains("SUBMITTED", "APPROVED");
        assertThat(keskisuomi).allSatisfy(p -> assertThat(p.getJsonArray("municipalityCodes"))
                .doesNotContain(jakarta.json.Json.createValue("091"), jakarta.json.Json.createValue("092")));
    }

    @Test
    void coordinatorsListMeasuresWithResponsiblePartiesScheduleAndIndicator() {
        var coordinator = new ProgrammeClient(base, "coord.jyvaskyla");
        JsonObject created = (JsonObject) coordinator
                .create(List.of("179"), "ACT_681_2023", "Toimenpiteet (IT)")
                .json();
        long id = id(created);
        var api = Api.as(base, "coord.jyvaskyla");
        var added = api.post("api/v1/programmes/" + id + "/measures", """
                {"action":"Kielikurssit <b>kaikille</b>","responsibleParty":"Työllisyysalue","schedule":"2026–2027",
                 "indicator":"Osallistujia 200/v","version":%d}
                """.formatted(
                        created.getJsonNumber("version").longValue()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject detail = (JsonObject) added.json();
        JsonObject measure = detail.getJsonArray("measures").getJsonObject(0);
        assertThat(measure.getString("action")).isEqualTo("Kielikurssit <b>kaikille</b>");
        assertThat(measure.getString("indicator")).isEqualTo("Osallistujia 200/v");

        var stale = api.post(
                "api/v1/programmes/" + id + "/measures",
                "{\"action\":\"X\",\"responsibleParty\":\"Y\",\"version\":" + created.getJsonNumber("version") + "}");
        assertThat(stale.status()).isEqualTo(409);
        long version = detail.getJsonNumber("version").longValue();
        var invalid = api.post(
                "api/v1/programmes/" + id + "/measures",
                "{\"action\":\" \",\"responsibleParty\":\"\",\"version\":" + version + "}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("action", "responsible");
        assertThat(Api.as(base, "coord.helsinki")
                        .post(
                                "api/v1/programmes/" + id + "/measures",
                                "{\"action\":\"X\",\"responsibleParty\":\"Y\",\"version\":" + version + "}")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(base, "official.keskisuomi")
                        .post(
                                "api/v1/programmes/" + id + "/measures",
                                "{\"action\":\"X\",\"responsibleParty\":\"Y\",\"version\":" + version + "}")
                        .status())
                .isEqualTo(403);

        long measureId = measure.getJsonNumber("id").longValue();
        var removed = api.send(api.request("api/v1/programmes/" + id + "/measures/" + measureId + "?version=" + version)
                .DELETE());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(((JsonObject) removed.json()).getJsonArray("measures")).isEmpty();
    }

    private static JsonObject section(JsonObject programme, String key) {
        return programme.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject versionSection(JsonObject version, String key) {
        return version.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }
}
