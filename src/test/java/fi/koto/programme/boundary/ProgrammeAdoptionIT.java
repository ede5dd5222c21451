package fi.koto.programme.boundary;

import static fi.koto.programme.boundary.ProgrammeClient.BASE;
import static fi.koto.programme.boundary.ProgrammeClient.id;
import static fi.koto.programme.boundary.ProgrammeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.document.control.Samples;
import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The municipality's adoption of a plan whose review the authority accepted, over REST: the decision document,
 * the decision itself, the revision day per legal basis, what supersedes what, and every refusal (docs/api.md,
 * "Programmes"). The plans are of a municipality of their own (Hyvinkää, 106, Finnish-speaking, served by
 * Uusimaa), with a coordinator made for the test, so that superseding never touches another test's programmes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeAdoptionIT {

    private static final String MUNICIPALITY = "106";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private ProgrammeClient coordinator;
    private ProgrammeClient official;
    private LocalDate today;

    @BeforeEach
    void coordinatorOfHyvinkaa() {
        String username = "coord.adoption." + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"COORDINATOR",
                 "displayName":"Adoption IT","municipalityCodes":["%s"]}""".formatted(username, MUNICIPALITY));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        coordinator = new ProgrammeClient(Api.as(base, username, "a-long-enough-password"));
        official = new ProgrammeClient(base, "official.uusimaa");
        today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    }

    @Test
    void aCoordinatorRecordsTheAdoptionOfAnAcceptedPlanAndOnlyThenIsItInForce() {
        long id = accepted681("Hyvinkään suunnitelma (adoption IT)");

        // Every missing field and the missing document in one 422.
        var empty = adopt(coordinator, id, null, null, null, null, null);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(errors(empty))
                .hasSize(5)
                .anySatisfy(e -> assertThat(e).contains("Decision-making body"))
                .anySatisfy(e -> assertThat(e).contains("Date of the decision"))
                .anySatisfy(e -> assertThat(e).contains("Minutes section"))
                .anySatisfy(e -> assertThat(e).contains("Next revision due by"))
                .anySatisfy(e -> assertThat(e).contains("adoption decision as a document"));

        // The document: the coordinator uploads it, the official may not; everyone in scope reads it.
        assertThat(upload(official.api, id).status()).isEqualTo(403);
        var uploaded = upload(coordinator.api, id);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(official.api.get(BASE + "/" + id + "/adoption/document").status())
                .isEqualTo(200);
        JsonObject waiting = coordinator.programme(id);
        assertThat(waiting.getString("status")).isEqualTo("APPROVED");
        assertThat(waiting.getJsonObject("adoption").getString("documentName")).isEqualTo("poytakirja.pdf");
        assertThat(waiting.getJsonObject("adoption").isNull("decisionDate")).isTrue();

        // Wrong values: a decision in the future, a revision day not after the adoption, a stale version.
        String council = "Kaupunginvaltuusto";
        var future = adopt(coordinator, id, council, today.plusDays(1), "Kv § 12", today.plusYears(4), null);
        assertThat(future.status()).as(future.toString()).isEqualTo(422);
        assertThat(future.body()).contains("lies in the future");
        var order = adopt(coordinator, id, council, today, "Kv § 12", today, null);
        assertThat(order.status()).as(order.toString()).isEqualTo(422);
        assertThat(order.body()).contains("must be after the day of the adoption");
        var stale = adopt(coordinator, id, council, today, "Kv § 12", today.plusYears(4), 0L);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        // Who may not: the official and the manager (403), a coordinator of another municipality (404), nobody
        // signed in (401).
        var decided = today.minusDays(3);
        assertThat(adopt(official, id, council, decided, "Kv § 12", today.plusYears(4), null)
                        .status())
                .isEqualTo(403);
        assertThat(adopt(new ProgrammeClient(base, "manager"), id, council, decided, "Kv § 12", today, null)
                        .status())
                .isEqualTo(403);
        assertThat(adopt(new ProgrammeClient(base, "coord.helsinki"), id, council, decided, "Kv § 12", today, null)
                        .status())
                .isEqualTo(404);
        assertThat(Api.anonymous(base).post(BASE + "/" + id + "/adoption", "{}").status())
                .isEqualTo(401);

        // Recorded: in force, the municipality's own revision day (Act 681/2023 sets no interval).
        long version = coordinator.programme(id).getJsonNumber("version").longValue();
        LocalDate revision = LocalDate.of(today.getYear() + 3, 6, 30);
        JsonObject adopted = ok(adopt(coordinator, id, council, decided, "Kv 1.12. § 12", revision, version));
        assertThat(adopted.getString("status")).isEqualTo("ADOPTED");
        assertThat(adopted.getString("revisionDue")).isEqualTo(revision.toString());
        JsonObject adoption = adopted.getJsonObject("adoption");
        assertThat(adoption.getString("decisionBody")).isEqualTo(council);
        assertThat(adoption.getString("decisionDate")).isEqualTo(decided.toString());
        assertThat(adoption.getString("decisionReference")).isEqualTo("Kv 1.12. § 12");
        assertThat(adoption.isNull("documentId")).isFalse();

        // The timeline and the audit trail have the step once; it cannot be taken again, nor the document changed.
        var history = coordinator.array(BASE + "/" + id + "/history").getValuesAs(JsonObject.class);
        assertThat(history)
                .extracting(h -> h.getString("action"))
                .containsExactly("CREATE", "SUBMIT", "START_REVIEW", "APPROVE", "ADOPTION_DOCUMENT", "ADOPT");
        JsonObject last = history.get(history.size() - 1);
        assertThat(last.getString("fromStatus")).isEqualTo("APPROVED");
        assertThat(last.getString("toStatus")).isEqualTo("ADOPTED");
        var audit = new ProgrammeClient(base, "manager")
                .array("api/v1/audit?limit=500")
                .getValuesAs(JsonObject.class);
        assertThat(audit)
                .filteredOn(a -> String.valueOf(id).equals(a.isNull("subjectId") ? null : a.getString("subjectId"))
                        && a.getString("subjectType").equals("Programme")
                        && a.getString("action").equals("PROGRAMME_ADOPT"))
                .hasSize(1);
        assertThat(adopt(coordinator, id, council, decided, "Kv § 12", revision, null)
                        .status())
                .isEqualTo(409);
        assertThat(upload(coordinator.api, id).status()).isEqualTo(409);
        assertThat(coordinator
                        .array(BASE + "?status=ADOPTED&municipality=" + MUNICIPALITY + "&limit=200")
                        .getValuesAs(JsonObject.class))
                .extracting(ProgrammeClient::id)
                .contains(id);
    }

    @Test
    void anOldLawProgrammeNeedsNoParticularSectionIsDueFourYearsAfterItsAdoptionAndIsSupersededOnlyByAnAdoption() {
        // Act 1386/2010 §33: one section is enough; recommended checklist items may be "not included".
        var created = coordinator.api.post(
                BASE,
                Json.createObjectBuilder()
                        .add("municipalityCodes", Json.createArrayBuilder(List.of(MUNICIPALITY)))
                        .add("legalBasis", "ACT_1386_2010")
                        .add("title", "Hyvinkään kotouttamisohjelma 2021–2024 (adoption IT)")
                        .add("periodStart", "2021-01-01")
                        .add("periodEnd", "2024-12-31")
                        .build()
                        .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long old = id((JsonObject) created.json());
        JsonObject draft = coordinator.programme(old);
        assertThat(draft.getJsonArray("sections").getValuesAs(JsonObject.class))
                .allSatisfy(s -> assertThat(s.getBoolean("required")).isFalse());
        assertThat(draft.isNull("planForm")).isTrue();
        var nothing = coordinator.transition(old, "SUBMIT", null);
        assertThat(nothing.status()).as(nothing.toString()).isEqualTo(422);
        assertThat(nothing.body()).contains("no written section");
        ok(coordinator.save(
                old,
                "services",
                "Palvelut",
                null,
                draft.getJsonNumber("version").longValue()));
        ok(coordinator.transition(old, "SUBMIT", null));
        ok(official.transition(old, "START_REVIEW", null));
        JsonObject review = coordinator.programme(old);
        for (JsonObject requirement : review.getJsonArray("checklist").getValuesAs(JsonObject.class)) {
            assertThat(requirement.getBoolean("required")).isFalse();
            String key = requirement.getString("key");
            ok(official.verdict(old, key, key.equals("services") ? "MEETS" : "NOT_INCLUDED"));
        }
        ok(official.transition(old, "APPROVE", null));
        assertThat(upload(coordinator.api, old).status()).isEqualTo(201);

        // §32: reviewed at least every four years, counted from the adoption; another day is refused.
        LocalDate adoptedOn = today.minusDays(10);
        var ownDay = adopt(coordinator, old, "Kunnanvaltuusto", adoptedOn, "Kv § 5", adoptedOn.plusYears(2), null);
        assertThat(ownDay.status()).as(ownDay.toString()).isEqualTo(422);
        assertThat(ownDay.body()).contains(adoptedOn.plusYears(4).toString());
        JsonObject inForce = ok(adopt(coordinator, old, "Kunnanvaltuusto", adoptedOn, "Kv § 5", null, null));
        assertThat(inForce.getString("status")).isEqualTo("ADOPTED");
        assertThat(inForce.getString("revisionDue"))
                .isEqualTo(adoptedOn.plusYears(4).toString());

        // A newer plan accepted in review leaves the plan in force as it is; its adoption supersedes it.
        long newer = accepted681("Hyvinkään suunnitelma 2025–2028 (adoption IT)");
        assertThat(coordinator.programme(old).getString("status")).isEqualTo("ADOPTED");
        assertThat(upload(coordinator.api, newer).status()).isEqualTo(201);
        ok(adopt(coordinator, newer, "Kaupunginvaltuusto", today, "Kv § 40", today.plusYears(4), null));
        JsonObject superseded = coordinator.programme(old);
        assertThat(superseded.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(superseded.isNull("revisionDue")).isTrue();
        var history = coordinator.array(BASE + "/" + old + "/history").getValuesAs(JsonObject.class);
        JsonObject last = history.get(history.size() - 1);
        assertThat(last.getString("action")).isEqualTo("SUPERSEDE");
        assertThat(last.getString("fromStatus")).isEqualTo("ADOPTED");
        assertThat(last.getString("comment")).isEqualTo("#" + newer);
    }

    @Test
    void aRequiredItemCannotBeLeftOutAndTheFormOfANewLawPlanIsRecorded() {
        long id = id(coordinator.created(List.of(MUNICIPALITY), "ACT_681_2023", "Hyvinkään muoto (adoption IT)"));
        JsonObject draft = coordinator.programme(id);
        assertThat(draft.getString("planForm")).isEqualTo("SEPARATE_PROGRAMME");

        var unnamed = coordinator.api.put(
                BASE + "/" + id + "/plan-form",
                "{\"planForm\":\"PART_OF_OTHER_DOCUMENT\",\"version\":" + draft.getJsonNumber("version") + "}");
        assertThat(unnamed.status()).as(unnamed.toString()).isEqualTo(422);
        assertThat(unnamed.body()).contains("welfare report and plan");
        assertThat(official.api
                        .put(
                                BASE + "/" + id + "/plan-form",
                                "{\"planForm\":\"SEPARATE_PROGRAMME\",\"version\":" + draft.getJsonNumber("version")
                                        + "}")
                        .status())
                .isEqualTo(403);
        JsonObject named = ok(coordinator.api.put(
                BASE + "/" + id + "/plan-form",
                "{\"planForm\":\"PART_OF_OTHER_DOCUMENT\",\"planDocumentName\":\"Hyvinvointikertomus ja -suunnitelma"
                        + " 2025–2029\",\"version\":" + draft.getJsonNumber("version") + "}"));
        assertThat(named.getString("planForm")).isEqualTo("PART_OF_OTHER_DOCUMENT");
        assertThat(named.getString("planDocumentName")).isEqualTo("Hyvinvointikertomus ja -suunnitelma 2025–2029");

        coordinator.fill(id, "Teksti", null);
        ok(coordinator.transition(id, "SUBMIT", null));
        ok(official.transition(id, "START_REVIEW", null));
        var leftOut = official.verdict(id, "goals", "NOT_INCLUDED");
        assertThat(leftOut.status()).as(leftOut.toString()).isEqualTo(422);
        assertThat(leftOut.body()).contains("required by the act");
        assertThat(coordinator.programme(id).getJsonArray("checklist").getValuesAs(JsonObject.class))
                .allSatisfy(c -> {
                    assertThat(c.getBoolean("required")).isTrue();
                    assertThat(c.isNull("verdict")).isTrue();
                });
    }

    /** A plan under Act 681/2023 of the test's municipality, filled, submitted, reviewed and accepted. */
    private long accepted681(String title) {
        long id = id(coordinator.created(List.of(MUNICIPALITY), "ACT_681_2023", title));
        coordinator.fill(id, "Teksti", null);
        ok(coordinator.transition(id, "SUBMIT", null));
        JsonObject review = ok(official.transition(id, "START_REVIEW", null));
        for (JsonObject requirement : review.getJsonArray("checklist").getValuesAs(JsonObject.class)) {
            ok(official.verdict(id, requirement.getString("key"), "MEETS"));
        }
        JsonObject accepted = ok(official.transition(id, "APPROVE", null));
        assertThat(accepted.getString("status")).isEqualTo("APPROVED");
        return id;
    }

    private static Api.Response adopt(
            ProgrammeClient client,
            long id,
            String body,
            LocalDate date,
            String reference,
            LocalDate nextRevision,
            Long version) {
        var json = Json.createObjectBuilder();
        if (body != null) {
            json.add("decisionBody", body);
        }
        if (date != null) {
            json.add("decisionDate", date.toString());
        }
        if (reference != null) {
            json.add("decisionReference", reference);
        }
        if (nextRevision != null) {
            json.add("nextRevisionDue", nextRevision.toString());
        }
        if (version != null) {
            json.add("version", version);
        }
        return client.api.post(BASE + "/" + id + "/adoption", json.build().toString());
    }

    private static Api.Response upload(Api api, long id) {
        return api.send(api.request(BASE + "/" + id + "/adoption/document")
                .header("Content-Type", "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"poytakirja.pdf\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Samples.pdf())));
    }

    private static List<String> errors(Api.Response response) {
        return ((JsonObject) response.json())
                .getJsonArray("errors").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList();
    }
}
