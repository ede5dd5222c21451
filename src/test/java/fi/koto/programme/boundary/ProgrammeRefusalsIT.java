package fi.koto.programme.boundary;

import static fi.koto.programme.boundary.ProgrammeClient.BASE;
import static fi.koto.programme.boundary.ProgrammeClient.id;
import static fi.koto.programme.boundary.ProgrammeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the programme API refuses, and with which status: 403 role, 404 scope, 409 state or version, 422 input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeRefusalsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private long helsinkiDraft() {
        return id(new ProgrammeClient(base, "coord.helsinki").created(List.of("091"), "ACT_681_2023", "Refusals (IT)"));
    }

    /** A draft the coordinator shared for guidance: the authority serving Helsinki and managers see it. */
    private long sharedHelsinkiDraft() {
        long id = helsinkiDraft();
        ok(new ProgrammeClient(base, "coord.helsinki").share(id));
        return id;
    }

    @Test
    void programmesOutsideTheScopeAreNotFound() {
        long id = sharedHelsinkiDraft();
        for (String outsider : List.of("coord.jyvaskyla", "official.keskisuomi", "coord.vantaa")) {
            var client = new ProgrammeClient(base, outsider);
            assertThat(client.get(id).status()).as(outsider).isEqualTo(404);
            assertThat(client.api.get(BASE + "/" + id + "/history").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(client.api.get(BASE + "/" + id + "/versions").status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(client.array(BASE + "?limit=200&municipality=091").getValuesAs(JsonObject.class))
                    .as(outsider)
                    .extracting(ProgrammeClient::id)
                    .doesNotContain(id);
        }
        var jyvaskyla = new ProgrammeClient(base, "coord.jyvaskyla");
        assertThat(jyvaskyla.save(id, "goals", "x", "y", 1).status()).isEqualTo(404);
        assertThat(jyvaskyla.transition(id, "SUBMIT", null).status()).isEqualTo(404);
        assertThat(new ProgrammeClient(base, "official.keskisuomi")
                        .transition(id, "START_REVIEW", null)
                        .status())
                .isEqualTo(404);
        var notFound = new ProgrammeClient(base, "coord.helsinki").get(987_654_321L);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.header("Content-Type")).startsWith("application/problem+json");

        assertThat(ok(new ProgrammeClient(base, "manager").get(id)).getString("status"))
                .isEqualTo("DRAFT");
        assertThat(ok(new ProgrammeClient(base, "official.uusimaa").get(id)).getString("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void coordinatorsFileOnlyForTheirOwnMunicipalitiesWithValidInput() {
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var foreign = coordinator.create(List.of("091", "179"), "ACT_681_2023", "Foreign");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(foreign.body()).contains("\\\"179\\\"").doesNotContain("\\\"091\\\"");
        var bad = coordinator.api.post(BASE, """
                {"municipalityCodes":[],"legalBasis":"ACT_2099","title":" ","periodStart":"2028-01-01",
                 "periodEnd":"2025-01-01"}""");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(((JsonObject) bad.json()).getJsonArray("errors")).hasSize(4);
        assertThat(coordinator.api.post(BASE, "").status()).isEqualTo(400);
    }

    @Test
    void rolesThatMayNotActAreForbidden() {
        long id = helsinkiDraft();
        var manager = new ProgrammeClient(base, "manager");
        assertThat(manager.transition(id, "SUBMIT", null).status()).isEqualTo(403);
        assertThat(manager.create(List.of("091"), "ACT_681_2023", "Manager").status())
                .isEqualTo(403);
        var official = new ProgrammeClient(base, "official.uusimaa");
        assertThat(official.transition(id, "SUBMIT", null).status()).isEqualTo(403);
        assertThat(official.save(id, "goals", "x", "y", 1).status()).isEqualTo(403);

        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        coordinator.fill(id, "Sisältö", "Innehåll");
        ok(coordinator.transition(id, "SUBMIT", null));
        ok(official.transition(id, "START_REVIEW", null));
        var approve = coordinator.transition(id, "APPROVE", null);
        assertThat(approve.status()).as(approve.toString()).isEqualTo(403);
        assertThat(approve.body()).contains("role does not allow");
        assertThat(coordinator.verdict(id, "goals", "MEETS").status()).isEqualTo(403);
        assertThat(coordinator.note(id, "goals", "self-review").status()).isEqualTo(403);
        assertThat(ok(coordinator.get(id)).getString("status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void transitionsInTheWrongStateAndStaleVersionsConflict() {
        long id = helsinkiDraft();
        // the official meets a draft only once it is shared (a second draft, so that the timeline of the first
        // holds the review cycle alone)
        long shared = sharedHelsinkiDraft();
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var official = new ProgrammeClient(base, "official.uusimaa");
        assertThat(official.transition(shared, "START_REVIEW", null).status()).isEqualTo(409);
        assertThat(official.note(shared, "goals", "too early").status()).isEqualTo(409);
        assertThat(coordinator.transition(id, "WITHDRAW", null).status()).isEqualTo(409);

        JsonObject draft = ok(coordinator.get(id));
        long version = draft.getJsonNumber("version").longValue();
        ok(coordinator.save(id, "goals", "eka", "första", version));
        var stale = coordinator.save(id, "goals", "toka", "andra", version);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.body()).contains("coord.helsinki");
        assertThat(ok(coordinator.get(id))
                        .getJsonArray("sections")
                        .getJsonObject(0)
                        .getString("fi"))
                .isEqualTo("eka");
        var staleTransition = coordinator.api.post(
                BASE + "/" + id + "/transitions", "{\"action\":\"SUBMIT\",\"version\":" + version + "}");
        assertThat(staleTransition.status()).as(staleTransition.toString()).isEqualTo(409);

        coordinator.fill(id, "Sisältö", "Innehåll");
        ok(coordinator.transition(id, "SUBMIT", null));
        var twice = coordinator.transition(id, "SUBMIT", null);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(coordinator
                        .save(
                                id,
                                "goals",
                                "x",
                                "y",
                                ok(coordinator.get(id)).getJsonNumber("version").longValue())
                        .status())
                .isEqualTo(409);
        JsonObject withdrawn = ok(coordinator.transition(id, "WITHDRAW", "Korjaan vielä"));
        assertThat(withdrawn.getString("status")).isEqualTo("DRAFT");
        ok(coordinator.transition(id, "SUBMIT", null));
        ok(official.transition(id, "START_REVIEW", null));
        assertThat(official.transition(id, "START_REVIEW", null).status()).isEqualTo(409);
        assertThat(coordinator.transition(id, "WITHDRAW", null).status()).isEqualTo(409);

        var history = coordinator.array(BASE + "/" + id + "/history").getValuesAs(JsonObject.class);
        assertThat(history)
                .extracting(h -> h.getString("action"))
                .containsExactly("CREATE", "SUBMIT", "WITHDRAW", "SUBMIT", "START_REVIEW");
    }

    @Test
    void aDoubleClickedSubmitIsRecordedOnce() {
        long id = helsinkiDraft();
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        coordinator.fill(id, "Sisältö", "Innehåll");
        var first = CompletableFuture.supplyAsync(() -> coordinator.transition(id, "SUBMIT", null));
        var second = CompletableFuture.supplyAsync(() -> coordinator.transition(id, "SUBMIT", null));
        List<Integer> statuses = List.of(first.join().status(), second.join().status());
        assertThat(statuses).as(first.join() + " / " + second.join()).containsExactlyInAnyOrder(200, 409);
        var history = coordinator.array(BASE + "/" + id + "/history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("action")).containsExactly("CREATE", "SUBMIT");
        assertThat(coordinator.array(BASE + "/" + id + "/versions")).hasSize(1);
        var audit = new ProgrammeClient(base, "manager")
                .array("api/v1/audit?limit=500")
                .getValuesAs(JsonObject.class);
        assertThat(audit)
                .filteredOn(a -> a.getString("subjectType").equals("Programme")
                        && !a.isNull("subjectId")
                        && String.valueOf(id).equals(a.getString("subjectId"))
                        && a.getString("action").equals("PROGRAMME_SUBMIT"))
                .hasSize(1);
    }

    @Test
    void invalidInputIsUnprocessable() {
        long id = helsinkiDraft();
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        assertThat(coordinator.transition(id, "FINISH", null).status()).isEqualTo(422);
        assertThat(coordinator.save(id, "noSuchSection", "x", "y", 1).status()).isIn(409, 422);
        long version = ok(coordinator.get(id)).getJsonNumber("version").longValue();
        assertThat(coordinator.save(id, "noSuchSection", "x", "y", version).status())
                .isEqualTo(422);
        assertThat(coordinator
                        .api
                        .put(BASE + "/" + id + "/sections/goals", "{\"fi\":\"x\"}")
                        .status())
                .isEqualTo(422);
        assertThat(coordinator.api.get(BASE + "?status=NOPE").status()).isEqualTo(422);
        assertThat(coordinator.api.get(BASE + "?sort=nope").status()).isEqualTo(422);

        coordinator.fill(id, "Sisältö", "Innehåll");
        ok(coordinator.transition(id, "SUBMIT", null));
        var official = new ProgrammeClient(base, "official.uusimaa");
        ok(official.transition(id, "START_REVIEW", null));
        assertThat(official.verdict(id, "noSuchRequirement", "MEETS").status()).isEqualTo(422);
        assertThat(official.verdict(id, "goals", "GREAT").status()).isEqualTo(422);
        assertThat(official.note(id, "noSuchSection", "x").status()).isEqualTo(422);
        assertThat(official.note(id, "goals", " ").status()).isEqualTo(422);
        Api.Response noComment = official.transition(id, "REQUEST_CHANGES", null);
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(ok(official.get(id)).getString("status")).isEqualTo("IN_REVIEW");
    }
}
