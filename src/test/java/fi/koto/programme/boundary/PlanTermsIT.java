package fi.koto.programme.boundary;

import static fi.koto.programme.boundary.ProgrammeClient.BASE;
import static fi.koto.programme.boundary.ProgrammeClient.id;
import static fi.koto.programme.boundary.ProgrammeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.WebSession;
import fi.koto.platform.i18n.PlanTermsTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
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
 * What a person reads about a plan under Act 681/2023 never calls it a kotoutumisohjelma, kotouttamisohjelma,
 * integrationsprogram or integration programme (docs/domain.md, "Legal basis and terms"): the list page and a
 * plan's page in Finnish and Swedish, and the programme status report in both (the mails are checked in
 * NotificationMailIT). Titles typed by people (other tests') are left out of the check; Koto's own text is not.
 * Also the date rule of the legal basis and the Swedish title, which is a warning only and never blocks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanTermsIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void aKotouttamisohjelmaIsHistoryAndTheNewActIsForPeriodsFrom2025() {
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var late = coordinator.create(List.of("091"), "ACT_1386_2010", "Myöhässä " + RUN, "2026-01-01", "2029-12-31");
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.body()).contains("1386/2010", "2029-12-31");
        var early =
                coordinator.create(List.of("091"), "ACT_681_2023", "Liian aikaisin " + RUN, "2021-01-01", "2024-12-31");
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.body()).contains("681/2023", "2024-12-31");
        JsonObject history =
                coordinator.created(List.of("091"), "ACT_1386_2010", "Historia " + RUN, "2021-01-01", "2024-12-31");
        assertThat(history.getString("legalBasis")).isEqualTo("ACT_1386_2010");
    }

    @Test
    void aMissingSwedishTitleIsAWarningAndATitleChangedInOneLanguageIsFlagged() {
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        JsonObject created = coordinator.created(List.of("091"), "ACT_681_2023", "Ilman ruotsia " + RUN);
        long id = id(created);
        assertThat(created.getBoolean("swedishTitleMissing")).isTrue();
        coordinator.fill(id, "Teksti", "Text");
        JsonObject submitted = ok(coordinator.transition(id, "SUBMIT", null));
        assertThat(submitted.getString("status"))
                .as("no Swedish title never blocks")
                .isEqualTo("SUBMITTED");

        var official = new ProgrammeClient(base, "official.uusimaa");
        ok(official.transition(id, "START_REVIEW", null));
        JsonObject returned = ok(official.transition(id, "REQUEST_CHANGES", "Nimi myös ruotsiksi."));
        assertThat(returned.getBoolean("titleLanguageDrift")).isFalse();
        JsonObject renamed = ok(title(coordinator, id, "Uusi nimi " + RUN, null, version(returned)));
        assertThat(renamed.getString("title")).isEqualTo("Uusi nimi " + RUN);
        assertThat(renamed.getBoolean("titleLanguageDrift"))
                .as("Finnish changed, Swedish did not")
                .isTrue();
        JsonObject both = ok(title(coordinator, id, "Uusi nimi " + RUN, "Nytt namn " + RUN, version(renamed)));
        assertThat(both.getString("titleSv")).isEqualTo("Nytt namn " + RUN);
        assertThat(both.getBoolean("swedishTitleMissing")).isFalse();
        assertThat(title(coordinator, id, " ", null, version(both)).status()).isEqualTo(422);
        assertThat(title(coordinator, id, "Vanha", null, 0).status()).isEqualTo(409);
        assertThat(ok(coordinator.transition(id, "SUBMIT", null)).getString("status"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void noPageOrReportCallsANewPlanByTheOldNames() throws IOException {
        Api api = Api.as(base, "coord.helsinki");
        var created = api.post(
                BASE,
                Json.createObjectBuilder()
                        .add("municipalityCodes", Json.createArrayBuilder().add("091"))
                        .add("legalBasis", "ACT_681_2023")
                        .add("title", "Helsingin suunnitelma " + RUN)
                        .add("titleSv", "Helsingfors plan " + RUN)
                        .add("periodStart", "2026-01-01")
                        .add("periodEnd", "2029-12-31")
                        .build()
                        .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = id((JsonObject) created.json());
        Set<String> titles = titles(Api.as(base, "manager"));
        try {
            for (String language : List.of("fi", "sv")) {
                assertThat(api.put("api/v1/me/language", "{\"language\":\"" + language + "\"}")
                                .status())
                        .isIn(200, 204);
                var session = new WebSession(base);
                assertThat(session.login("coord.helsinki", "demo").statusCode()).isIn(302, 303);

                String list = page(session, "programmes/index.xhtml");
                assertThat(list).contains("lang=\"" + language + "\"");
                assertThat(PlanTermsTest.wrongTerms(text(list, titles)))
                        .as("the list page in " + language)
                        .isEmpty();

                String plan = page(session, "programmes/view.xhtml?id=" + id);
                assertThat(PlanTermsTest.wrongTerms(text(plan, Set.of())))
                        .as("a 681/2023 plan's page in " + language)
                        .isEmpty();
                assertThat(plan)
                        .contains(
                                language.equals("fi")
                                        ? "Kotoutumisen edistämisen suunnitelma"
                                        : "Plan för integrationsfrämjande")
                        .contains("Helsingfors plan " + RUN)
                        .doesNotContain("id=\"swedishTitleMissing\"");
            }
        } finally {
            api.put("api/v1/me/language", "{\"language\":\"fi\"}");
        }

        // The report holds both kinds: a row of a kotouttamisohjelma names its basis, every other cell is about a
        // 681/2023 plan or neutral (the title, headings, sheet names).
        Api manager = Api.as(base, "manager");
        for (String language : List.of("fi", "sv")) {
            String oldAct = language.equals("fi") ? "Kotouttamisohjelma (" : "Integrationsprogram (";
            for (List<String> row : reportRows(manager, language)) {
                if (row.stream().anyMatch(cell -> cell.startsWith(oldAct))) {
                    continue;
                }
                for (String cell : row) {
                    if (!titles.contains(cell)) {
                        assertThat(PlanTermsTest.wrongTerms(cell))
                                .as("the programme status report in " + language + ": " + row)
                                .isEmpty();
                    }
                }
            }
        }
    }

    private static Api.Response title(ProgrammeClient client, long id, String fi, String sv, long version) {
        var body = Json.createObjectBuilder().add("fi", fi).add("version", version);
        if (sv != null) {
            body.add("sv", sv);
        }
        return client.api.put(BASE + "/" + id + "/title", body.build().toString());
    }

    private static long version(JsonObject programme) {
        return programme.getJsonNumber("version").longValue();
    }

    /** Every title people typed, in both languages, longest first so that none is left half removed. */
    private static Set<String> titles(Api manager) {
        Set<String> titles = new TreeSet<>(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (int offset = 0; ; offset += 200) {
            var response = manager.get(BASE + "?limit=200&offset=" + offset);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            var page = ((jakarta.json.JsonArray) response.json()).getValuesAs(JsonObject.class);
            for (JsonObject p : page) {
                titles.add(p.getString("title"));
                if (!p.isNull("titleSv")) {
                    titles.add(p.getString("titleSv"));
                }
            }
            if (page.size() < 200) {
                return titles;
            }
        }
    }

    private static String page(WebSession session, String path) {
        HttpResponse<String> answer = session.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    /** The page's text and attribute values as a reader meets them, without the titles people typed. */
    private static String text(String html, Set<String> titles) {
        String text = html.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("<[^>]*?(?:title|alt|aria-label|placeholder|value)=\"([^\"]*)\"[^>]*>", " $1 ")
                .replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        for (String title : titles) {
            text = text.replace(title, " ");
        }
        return text;
    }

    /** Every row of the programme status report of 2026 in the language, as text; sheet names and title too. */
    private static List<List<String>> reportRows(Api manager, String language) throws IOException {
        var answer = manager.post(
                "api/v1/reports",
                "{\"type\":\"PROGRAMME_STATUS\",\"year\":2026,\"format\":\"XLSX\",\"language\":\"" + language + "\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        long report = ((JsonObject) answer.json()).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String status;
        do {
            var view = manager.get("api/v1/reports/" + report + "?wait=10");
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            status = ((JsonObject) view.json()).getString("status");
            assertThat(Instant.now()).as("report " + report + " still running").isBefore(deadline);
        } while ("STARTED".equals(status));
        assertThat(status).isEqualTo("COMPLETED");
        HttpResponse<byte[]> file = manager.sendForBytes(manager.request("api/v1/reports/" + report + "/file")
                .setHeader("Accept", "*/*")
                .GET());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        List<List<String>> rows = new ArrayList<>();
        var format = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            rows.add(List.of(workbook.getProperties().getCoreProperties().getTitle()));
            for (Sheet sheet : workbook) {
                rows.add(List.of(sheet.getSheetName()));
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(format.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}
