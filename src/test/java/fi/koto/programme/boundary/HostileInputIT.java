package fi.koto.programme.boundary;

import static fi.koto.programme.boundary.ProgrammeClient.BASE;
import static fi.koto.programme.boundary.ProgrammeClient.id;
import static fi.koto.programme.boundary.ProgrammeClient.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text a person types is kept exactly and shown as text everywhere: markup, quotes, SQL, formula-like text,
 * right-to-left and combining characters go through every text field of a programme's review (title, sections
 * in both languages, measures, submission and review comments, notes and replies), come back unchanged from the
 * API, appear escaped in the page and as plain text in the PDF and XLSX reports (a formula-like title stays a
 * quote-prefixed text cell). Text over a field's limit is refused with a message naming the limit, and the
 * programme is left as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String TITLE = "=HYPERLINK(\"http://evil.example\",\"x\") " + SCRIPT;
    static final List<String> HOSTILE = List.of(
            SCRIPT,
            "\"Lainaus\" ja 'heittomerkki' & <b>lihava</b>",
            "'; DROP TABLE programme; --",
            "+SUM(A1:A9) @cmd -1",
            "\u202Eעברית مرحبا",
            "Ana\u0301r A\u030A Ohcejohka");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void hostileTextIsKeptExactlyAndShownAsTextInTheApiThePageAndTheReports() throws Exception {
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var official = new ProgrammeClient(base, "official.uusimaa");
        long id = id(coordinator.created(List.of("091"), "ACT_681_2023", TITLE));
        JsonObject programme = coordinator.programme(id);
        assertThat(programme.getString("title")).isEqualTo(TITLE);

        List<JsonObject> sections = programme.getJsonArray("sections").getValuesAs(JsonObject.class);
        for (int i = 0; i < sections.size(); i++) {
            programme = ok(coordinator.save(
                    id,
                    sections.get(i).getString("key"),
                    HOSTILE.get(i % HOSTILE.size()),
                    HOSTILE.get((i + 1) % HOSTILE.size()),
                    programme.getJsonNumber("version").longValue()));
        }
        List<JsonObject> stored =
                coordinator.programme(id).getJsonArray("sections").getValuesAs(JsonObject.class);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(stored.get(i).getString("fi")).isEqualTo(HOSTILE.get(i % HOSTILE.size()));
            assertThat(stored.get(i).getString("sv")).isEqualTo(HOSTILE.get((i + 1) % HOSTILE.size()));
        }
        var measure = coordinator.api.post(
                BASE + "/" + id + "/measures",
                Json.createObjectBuilder()
                        .add("action", HOSTILE.get(1))
                        .add("responsibleParty", HOSTILE.get(2))
                        .add("schedule", HOSTILE.get(4))
                        .add("indicator", HOSTILE.get(5))
                        .add("version", programme.getJsonNumber("version").longValue())
                        .build()
                        .toString());
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        JsonObject storedMeasure =
                coordinator.programme(id).getJsonArray("measures").getJsonObject(0);
        assertThat(storedMeasure.getString("action")).isEqualTo(HOSTILE.get(1));
        assertThat(storedMeasure.getString("responsibleParty")).isEqualTo(HOSTILE.get(2));
        assertThat(storedMeasure.getString("schedule")).isEqualTo(HOSTILE.get(4));
        assertThat(storedMeasure.getString("indicator")).isEqualTo(HOSTILE.get(5));

        ok(coordinator.transition(id, "SUBMIT", HOSTILE.get(4)));
        ok(official.transition(id, "START_REVIEW", null));
        var note = official.note(id, "goals", HOSTILE.get(0));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        long noteId = ((JsonObject) note.json()).getJsonNumber("id").longValue();
        ok(official.transition(id, "REQUEST_CHANGES", HOSTILE.get(2)));
        JsonObject reply = ok(coordinator.api.put(
                BASE + "/" + id + "/notes/" + noteId + "/reply",
                Json.createObjectBuilder().add("text", HOSTILE.get(5)).build().toString()));
        assertThat(reply.getString("reply")).isEqualTo(HOSTILE.get(5));
        assertThat(coordinator.array(BASE + "/" + id + "/history").getValuesAs(JsonObject.class))
                .extracting(e -> e.isNull("comment") ? "" : e.getString("comment"))
                .contains(HOSTILE.get(4), HOSTILE.get(2));

        // the page shows the text, escaped
        var web = new WebSession(base);
        assertThat(web.login("coord.helsinki", "demo").statusCode()).isEqualTo(302);
        String page = web.get("programmes/view.xhtml?id=" + id).body();
        assertThat(page)
                .doesNotContain(SCRIPT)
                .doesNotContain("<b>lihava</b>")
                .contains("&lt;script&gt;alert(")
                .contains("עברית")
                .contains("Ana\u0301r");

        // the reports carry it as text
        Api api = Api.as(base, "coord.helsinki");
        byte[] xlsx = report(api, "XLSX");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFCell title = null;
            for (Row row : workbook.getSheetAt(1)) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().equals(TITLE)) {
                        title = (XSSFCell) cell;
                    }
                }
            }
            assertThat(title).as("the title in the programme status workbook").isNotNull();
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
        }
        byte[] pdf = report(api, "PDF");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        reader.close();
        assertThat(text.toString().replaceAll("\\s+", "")).contains(SCRIPT.replaceAll("\\s+", ""));
    }

    @Test
    void textOverAFieldsLimitIsRefusedWithTheLimitAndNothingChanges() {
        var coordinator = new ProgrammeClient(base, "coord.helsinki");
        var official = new ProgrammeClient(base, "official.uusimaa");
        String huge = "x".repeat(100_001);
        String hundredKb = "<script>".repeat(12_800);

        var title = coordinator.create(List.of("091"), "ACT_681_2023", hundredKb);
        assertThat(title.status()).isEqualTo(422);
        assertThat(title.header("Content-Type")).startsWith("application/problem+json");
        assertThat(title.body()).contains("300");

        JsonObject programme = coordinator.created(List.of("091"), "ACT_681_2023", "Limits (IT)");
        long id = id(programme);
        long version = programme.getJsonNumber("version").longValue();
        var section = coordinator.save(id, "goals", huge, null, version);
        assertThat(section.status()).as(section.toString()).isEqualTo(422);
        assertThat(digits(section.body())).contains("100000");
        var measure = coordinator.api.post(
                BASE + "/" + id + "/measures",
                Json.createObjectBuilder()
                        .add("action", hundredKb)
                        .add("responsibleParty", "Kunta")
                        .add("schedule", "2027")
                        .add("indicator", "1")
                        .add("version", version)
                        .build()
                        .toString());
        assertThat(measure.status()).as(measure.toString()).isEqualTo(422);
        assertThat(digits(measure.body())).contains("2000");
        JsonObject unchanged = coordinator.programme(id);
        assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(version);
        assertThat(unchanged.getJsonArray("measures")).isEmpty();

        coordinator.fill(id, "Tavoitteet", "Mål");
        var comment = coordinator.transition(id, "SUBMIT", hundredKb);
        assertThat(comment.status()).as(comment.toString()).isEqualTo(422);
        assertThat(digits(comment.body())).contains("4000");
        assertThat(coordinator.programme(id).getString("status")).isEqualTo("DRAFT");
        ok(coordinator.transition(id, "SUBMIT", null));
        ok(official.transition(id, "START_REVIEW", null));
        var note = official.note(id, "goals", hundredKb);
        assertThat(note.status()).as(note.toString()).isEqualTo(422);
        assertThat(coordinator.array(BASE + "/" + id + "/history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATE", "SUBMIT", "START_REVIEW");
    }

    /** The text without spaces, commas and dots, so that a limit reads the same however its digits are grouped. */
    private static String digits(String text) {
        return text.replaceAll("[\\s,.\u00a0\u202f]", "");
    }

    /** The programme status report of this year as the format asked for, once completed. */
    private static byte[] report(Api api, String format) throws Exception {
        int year =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")).getYear();
        var started = api.post(
                "api/v1/reports",
                "{\"type\":\"PROGRAMME_STATUS\",\"year\":" + year + ",\"format\":\"" + format
                        + "\",\"language\":\"fi\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long report = ((JsonObject) started.json()).getJsonNumber("id").longValue();
        AtomicReference<JsonObject> view = new AtomicReference<>();
        try {
            await().atMost(Duration.ofMinutes(2))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        view.set(
                                (JsonObject) api.get("api/v1/reports/" + report).json());
                        return !"STARTED".equals(view.get().getString("status"));
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("report still running: " + view.get(), e);
        }
        assertThat(view.get().getString("status")).as(view.get().toString()).isEqualTo("COMPLETED");
        HttpResponse<byte[]> file = api.sendForBytes(api.request("api/v1/reports/" + report + "/file")
                .setHeader("Accept", "*/*")
                .GET());
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }
}
