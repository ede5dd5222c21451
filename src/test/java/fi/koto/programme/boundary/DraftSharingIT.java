package fi.koto.programme.boundary;

import static fi.koto.programme.boundary.ProgrammeClient.BASE;
import static fi.koto.programme.boundary.ProgrammeClient.id;
import static fi.koto.programme.boundary.ProgrammeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.WebSession;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drafts are private to their municipality until the coordinator shares them with the regional authority for
 * guidance (issue 16 item 5; docs/domain.md "Sharing drafts for guidance"): a private draft is not found (404) by
 * officials and managers, on the page and in the API, is left out of their lists, counts and reports; once
 * shared, the authority serving the municipality reads it and leaves guidance notes, which the timeline and the
 * audit trail record; unsharing makes it private again and hides the notes from the authority.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DraftSharingIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private long draft(String title) {
        return id(new ProgrammeClient(base, "coord.helsinki").created(List.of("091"), "ACT_681_2023", title));
    }

    @Test
    void aPrivateDraftIsNotFoundByOfficialsAndManagersUntilItIsShared() {
        String title = "Private draft " + RUN;
        long id = draft(title);
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var official = new ProgrammeClient(base, "official.uusimaa");
        var manager = new ProgrammeClient(base, "manager");
        assertThat(ok(coordinator.get(id)).isNull("sharedForGuidanceAt")).isTrue();
        for (var reader : List.of(official, manager, new ProgrammeClient(base, "admin"))) {
            var answer = reader.get(id);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(title);
            assertThat(reader.api.get(BASE + "/" + id + "/history").status()).isEqualTo(404);
            assertThat(reader.api.get(BASE + "/" + id + "/attachments").status())
                    .isEqualTo(404);
            assertThat(reader.api.get(BASE + "/" + id + "/plan").status()).isEqualTo(404);
        }
        // the same answer as a programme out of the area, on the page too
        var page = page("official.uusimaa", id);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(title);
        assertThat(page("coord.helsinki", id).body()).contains(title);

        ok(coordinator.share(id));
        JsonObject seen = ok(official.get(id));
        assertThat(seen.getString("status")).isEqualTo("DRAFT");
        assertThat(seen.getString("sharedBy")).isEqualTo("coord.helsinki");
        assertThat(ok(manager.get(id)).getString("title")).isEqualTo(title);
        assertThat(page("official.uusimaa", id).body()).contains(title);
        // another authority's official still does not find it
        assertThat(new ProgrammeClient(base, "official.keskisuomi").get(id).status())
                .isEqualTo(404);
    }

    @Test
    void listsAndCountsLeaveOutPrivateDrafts() {
        var official = new ProgrammeClient(base, "official.uusimaa");
        var manager = new ProgrammeClient(base, "manager");
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        String drafts = BASE + "?limit=500&status=DRAFT&municipality=091";
        long officialBefore = total(official, drafts);
        long managerBefore = total(manager, drafts);
        long coordinatorBefore = total(coordinator, drafts);
        long dashboardBefore = draftsOnDashboard(coordinator);
        long id = draft("Counted draft " + RUN);
        assertThat(total(coordinator, drafts)).isEqualTo(coordinatorBefore + 1);
        // the coordinator's dashboard counts their own drafts, private ones included
        assertThat(draftsOnDashboard(coordinator)).isEqualTo(dashboardBefore + 1);
        assertThat(total(official, drafts)).isEqualTo(officialBefore);
        assertThat(total(manager, drafts)).isEqualTo(managerBefore);
        assertThat(official.array(drafts).getValuesAs(JsonObject.class))
                .extracting(ProgrammeClient::id)
                .doesNotContain(id);
        assertThat(manager.array(BASE + "?limit=500").getValuesAs(JsonObject.class))
                .extracting(ProgrammeClient::id)
                .doesNotContain(id);

        ok(coordinator.share(id));
        assertThat(total(official, drafts)).isEqualTo(officialBefore + 1);
        assertThat(total(manager, drafts)).isEqualTo(managerBefore + 1);
        assertThat(official.array(drafts).getValuesAs(JsonObject.class))
                .filteredOn(p -> id(p) == id)
                .singleElement()
                .satisfies(p -> assertThat(p.isNull("sharedForGuidanceAt")).isFalse());
    }

    @Test
    void officialsLeaveGuidanceNotesOnASharedDraftAndTheTimelineAndAuditRecordThem() {
        long id = draft("Guided draft " + RUN);
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var official = new ProgrammeClient(base, "official.uusimaa");

        // a private draft is not found for the official's note either
        assertThat(official.guidance(id, null, "Liian aikaista").status()).isEqualTo(404);
        // the coordinator cannot unshare what is not shared, nor leave guidance notes
        assertThat(coordinator.unshare(id).status()).isEqualTo(422);
        assertThat(coordinator.guidance(id, null, "Itse").status()).isEqualTo(403);

        ok(coordinator.share(id));
        var twice = coordinator.share(id);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
        assertThat(twice.header("Content-Type")).startsWith("application/problem+json");
        assertThat(official.share(id).status()).isEqualTo(403);

        var note = official.guidance(id, "goals", "Kirjatkaa tavoitteille mittarit ja lähtötasot.");
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(((JsonObject) note.json()).getString("author")).isEqualTo("official.uusimaa");
        assertThat(official.guidance(id, null, "Koko luonnos näyttää hyvältä.").status())
                .isEqualTo(201);
        var bad = official.guidance(id, "noSuchSection", " ");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(((JsonObject) bad.json()).getJsonArray("errors")).hasSize(2);
        // no review round: the draft stays a draft, with nothing submitted
        JsonObject read = ok(coordinator.get(id));
        assertThat(read.getString("status")).isEqualTo("DRAFT");
        assertThat(read.getInt("round")).isZero();
        assertThat(read.getJsonArray("guidanceNotes").getValuesAs(JsonObject.class))
                .extracting(n -> n.isNull("section") ? "-" : n.getString("section"))
                .containsExactly("goals", "-");
        assertThat(ok(official.get(id)).getJsonArray("guidanceNotes")).hasSize(2);

        JsonArray history = coordinator.array(BASE + "/" + id + "/history");
        assertThat(history.getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " " + e.getString("toStatus"))
                .containsExactly("CREATE DRAFT", "SHARE DRAFT", "GUIDANCE_NOTE DRAFT", "GUIDANCE_NOTE DRAFT");
        JsonArray audit =
                (JsonArray) Api.as(base, "admin").get("api/v1/audit?limit=300").json();
        assertThat(audit.getValuesAs(JsonObject.class))
                .filteredOn(a -> String.valueOf(id).equals(a.isNull("subjectId") ? null : a.getString("subjectId"))
                        && a.getString("subjectType").equals("Programme"))
                .extracting(a -> a.getString("action"))
                .containsOnlyOnce("PROGRAMME_SHARED")
                .filteredOn("PROGRAMME_GUIDANCE_NOTE"::equals)
                .hasSize(2);
        // the page shows the notes and the official's form
        String page = page("official.uusimaa", id).body();
        assertThat(page)
                .contains("Kirjatkaa tavoitteille mittarit ja lähtötasot.")
                .contains("guidanceText");
        assertThat(page("coord.helsinki", id).body())
                .contains("Kirjatkaa tavoitteille mittarit ja lähtötasot.")
                .contains("unshare");
    }

    @Test
    void unsharingMakesTheDraftPrivateAgainAndKeepsItsNotesForTheMunicipality() {
        long id = draft("Unshared draft " + RUN);
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var official = new ProgrammeClient(base, "official.uusimaa");
        ok(coordinator.share(id));
        assertThat(official.guidance(id, null, "Hyvä alku.").status()).isEqualTo(201);
        assertThat(official.unshare(id).status()).isEqualTo(403);

        JsonObject unshared = ok(coordinator.unshare(id));
        assertThat(unshared.isNull("sharedForGuidanceAt")).isTrue();
        assertThat(official.get(id).status()).isEqualTo(404);
        assertThat(official.guidance(id, null, "Vielä yksi").status()).isEqualTo(404);
        assertThat(page("official.uusimaa", id).statusCode()).isEqualTo(404);
        assertThat(ok(coordinator.get(id)).getJsonArray("guidanceNotes")).hasSize(1);
        assertThat(coordinator.array(BASE + "/" + id + "/history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATE", "SHARE", "GUIDANCE_NOTE", "UNSHARE");

        // submitted without sharing again: the authority sees the programme, not the guidance notes
        coordinator.fill(id, "Sisältö", "Innehåll");
        ok(coordinator.transition(id, "SUBMIT", null));
        JsonObject submitted = ok(official.get(id));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getJsonArray("guidanceNotes")).isEmpty();
        assertThat(official.array(BASE + "/" + id + "/history").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("action").equals("GUIDANCE_NOTE"))
                .allSatisfy(e -> assertThat(e.isNull("comment")).isTrue());
        assertThat(ok(coordinator.get(id)).getJsonArray("guidanceNotes")).hasSize(1);
        // only a draft can be shared or unshared
        assertThat(coordinator.share(id).status()).isEqualTo(422);
        assertThat(coordinator.unshare(id).status()).isEqualTo(422);
        assertThat(official.guidance(id, null, "Arvioinnissa").status()).isEqualTo(422);
    }

    @Test
    void aSharedDraftIsSubmittedAsBeforeAndAWithdrawnOneStaysShared() {
        long id = draft("Shared then submitted " + RUN);
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var official = new ProgrammeClient(base, "official.uusimaa");
        ok(coordinator.share(id));
        coordinator.fill(id, "Sisältö", "Innehåll");
        ok(coordinator.transition(id, "SUBMIT", null));
        ok(coordinator.transition(id, "WITHDRAW", null));
        assertThat(ok(official.get(id)).getString("status")).isEqualTo("DRAFT");
        ok(coordinator.transition(id, "SUBMIT", null));
        assertThat(ok(official.transition(id, "START_REVIEW", null)).getString("status"))
                .isEqualTo("IN_REVIEW");

        // a draft submitted and withdrawn without being shared is private again
        long other = draft("Withdrawn private " + RUN);
        coordinator.fill(other, "Sisältö", "Innehåll");
        ok(coordinator.transition(other, "SUBMIT", null));
        assertThat(official.get(other).status()).isEqualTo(200);
        ok(coordinator.transition(other, "WITHDRAW", null));
        assertThat(official.get(other).status()).isEqualTo(404);
    }

    @Test
    void theProgrammeStatusReportOfTheAuthorityLeavesOutPrivateDrafts() throws IOException {
        String privateTitle = "Report private " + RUN;
        String sharedTitle = "Report shared " + RUN;
        draft(privateTitle);
        long shared = draft(sharedTitle);
        ok(new ProgrammeClient(base, "coord.helsinki").share(shared));
        int year = LocalDate.now(ZoneId.of("Europe/Helsinki")).getYear();
        String order = "{\"type\":\"PROGRAMME_STATUS\",\"year\":" + year + ",\"format\":\"XLSX\",\"language\":\"fi\"}";

        String official = reportText(Api.as(base, "official.uusimaa"), order);
        assertThat(official).contains(sharedTitle).doesNotContain(privateTitle);
        String manager = reportText(Api.as(base, "manager"), order);
        assertThat(manager).contains(sharedTitle).doesNotContain(privateTitle);
        String coordinator = reportText(Api.as(base, "coord.helsinki"), order);
        assertThat(coordinator).contains(sharedTitle).contains(privateTitle);
    }

    private HttpResponse<String> page(String user, long id) {
        WebSession session = new WebSession(base);
        assertThat(session.login(user, "demo").statusCode()).isEqualTo(302);
        return session.get("programmes/view.xhtml?id=" + id);
    }

    /** The DRAFT bar of the coordinator's chart of programmes by state. */
    private static long draftsOnDashboard(ProgrammeClient coordinator) {
        JsonObject dashboard = ok(coordinator.api.get("api/v1/dashboard?language=en"));
        return dashboard.getJsonArray("charts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals("programmeStates"))
                .flatMap(c -> c.getJsonArray("bars").getValuesAs(JsonObject.class).stream())
                .filter(b -> b.getString("key").equals("DRAFT"))
                .mapToLong(b -> b.getJsonArray("values").getJsonNumber(0).longValue())
                .findFirst()
                .orElseThrow();
    }

    private static long total(ProgrammeClient client, String path) {
        var answer = client.api.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return Long.parseLong(answer.header("X-Total-Count"));
    }

    /** Orders a report, waits for it and returns the text of every cell of every sheet. */
    private static String reportText(Api api, String order) throws IOException {
        var answer = api.post("api/v1/reports", order);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        long id = ((JsonObject) answer.json()).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonObject view =
                    (JsonObject) api.get("api/v1/reports/" + id + "?wait=10").json();
            if (!"STARTED".equals(view.getString("status"))) {
                assertThat(view.getString("status")).as(view.toString()).isEqualTo("COMPLETED");
                break;
            }
            assertThat(Instant.now()).as("report " + id + " still running").isBefore(deadline);
        }
        var file = api.sendForBytes(api.request("api/v1/reports/" + id + "/file")
                .setHeader("Accept", "*/*")
                .GET());
        assertThat(file.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                for (Row row : workbook.getSheetAt(s)) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            text.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
        }
        return text.toString();
    }
}
