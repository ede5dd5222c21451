package fi.koto.guideline.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.ReportFiles;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
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
 * A guideline's whole cycle over HTTP, as an official of Lapin elinvoimakeskus (EVK10, no demo guideline) does it:
 * prepare, consult, decide; the previous guideline superseded on the effective day, what changed, the public
 * answers (JSON, CSV, "where is X exempt and since when"), the 30-day reminder mail, and every refusal (403, 404,
 * 409 stale, 422 with every reason and the unknown occupation code named).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidelineWorkflowIT {

    static final String BASE = "api/v1/work-permit-guidelines";
    static final String PUBLIC = "api/v1/public/work-permit-guidelines";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));

    private Api lappi() {
        Api admin = Api.as(base, "admin");
        var created = admin.post("api/v1/users", """
                {"username":"official.lappi","password":"a-long-enough-password","role":"OFFICIAL",
                 "displayName":"Liisa Lappi","email":"official.lappi@demo.koto.invalid","language":"fi",
                 "authorityCode":"EVK10"}""");
        assertThat(created.status()).as(created.toString()).isIn(201, 409, 422);
        return Api.as(base, "official.lappi", "a-long-enough-password");
    }

    private static JsonObject json(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return (JsonObject) response.json();
    }

    private static String body(LocalDate from, LocalDate to, String occupations, boolean copy) {
        return "{\"validFrom\":\"" + from + "\",\"validTo\":\"" + to + "\",\"situationFi\":\"Tilanne " + from
                + "\",\"situationSv\":\"Läget " + from + "\",\"copyFromInForce\":" + copy + ",\"occupations\":["
                + occupations + "]}";
    }

    private JsonObject decided(Api official, JsonObject draft, LocalDate decidedOn, LocalDate effective) {
        long id = draft.getJsonNumber("id").longValue();
        JsonObject withParty = json(
                official.post(
                        BASE + "/" + id + "/parties",
                        "{\"name\":\"Lapin TE-palvelut\",\"kind\":\"EMPLOYMENT_AUTHORITY\"}"),
                200);
        JsonObject consulting = json(
                official.post(
                        BASE + "/" + id + "/transitions",
                        "{\"action\":\"START_CONSULTATION\",\"deadline\":\"" + today.plusDays(7) + "\",\"version\":"
                                + withParty.getJsonNumber("version") + "}"),
                200);
        assertThat(consulting.getString("status")).isEqualTo("IN_CONSULTATION");
        long party = consulting
                .getJsonArray("parties")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        JsonObject heard = json(
                official.put(
                        BASE + "/" + id + "/parties/" + party + "/statement",
                        "{\"receivedOn\":\"" + decidedOn + "\",\"text\":\"Puollamme hitsaajia.\"}"),
                200);
        return json(
                official.post(
                        BASE + "/" + id + "/transitions",
                        "{\"action\":\"DECIDE\",\"decidedOn\":\"" + decidedOn + "\",\"decisionMaker\":\"Ylijohtaja\","
                                + "\"reference\":\"LAPEVK/" + id + "/2026\",\"effectiveOn\":\"" + effective
                                + "\",\"version\":" + heard.getJsonNumber("version") + "}"),
                200);
    }

    @Test
    void preparedConsultedDecidedSupersedesAndIsPublic() {
        Api official = lappi();
        // the first guideline: in force since 30 days ago, welders and cooks
        JsonObject first = json(
                official.post(
                        BASE,
                        body(
                                today.minusDays(30),
                                today.plusDays(100),
                                "{\"code\":\"7212\",\"justificationFi\":\"Pula\","
                                        + "\"justificationSv\":\"Brist\"},{\"code\":\"5120\"}",
                                false)),
                201);
        assertThat(first.getString("status")).isEqualTo("DRAFT");
        JsonObject firstDecided = decided(official, first, today.minusDays(31), today.minusDays(30));
        assertThat(firstDecided.getString("status")).isEqualTo("IN_FORCE");

        // the next one, copied from the one in force, drops cooks and adds software developers; overlapping with a
        // guideline in force that began earlier is allowed (it supersedes it), with a draft it is not
        JsonObject next = json(official.post(BASE, body(today, today.plusDays(20), "{\"code\":\"2512\"}", true)), 201);
        assertThat(next.getJsonArray("occupations").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("code"))
                .containsExactlyInAnyOrder("7212", "5120", "2512");
        var overlapping = official.post(BASE, body(today.plusDays(5), today.plusDays(40), "", false));
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.body()).contains("overlaps guideline " + next.getJsonNumber("id"));
        long nextId = next.getJsonNumber("id").longValue();
        JsonObject edited = json(
                official.put(
                        BASE + "/" + nextId,
                        "{\"version\":" + next.getJsonNumber("version") + ",\"validFrom\":\"" + today
                                + "\",\"validTo\":\"" + today.plusDays(20) + "\",\"situationFi\":\"Uusi tilanne\","
                                + "\"situationSv\":\"Nytt läge\",\"occupations\":[{\"code\":\"7212\",\"justificationFi\":"
                                + "\"Pula jatkuu\"},{\"code\":\"2512\"}]}"),
                200);
        // stale: the version read before the edit
        var stale = official.put(
                BASE + "/" + nextId,
                "{\"version\":" + next.getJsonNumber("version") + ",\"validFrom\":\"" + today + "\",\"validTo\":\""
                        + today.plusDays(20) + "\"}");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.body()).contains("official.lappi");

        JsonObject nextDecided = decided(official, edited, today, today);
        assertThat(nextDecided.getString("status")).isEqualTo("IN_FORCE");
        JsonObject changes = nextDecided.getJsonObject("changes");
        assertThat(changes.getJsonNumber("previousId").longValue())
                .isEqualTo(first.getJsonNumber("id").longValue());
        assertThat(codes(changes.getJsonArray("added"))).containsExactly("2512");
        assertThat(codes(changes.getJsonArray("removed"))).containsExactly("5120");
        assertThat(nextDecided.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsSubsequence(
                        "CREATE",
                        "EDIT",
                        "PARTY_ADDED",
                        "START_CONSULTATION",
                        "STATEMENT_RECORDED",
                        "DECIDE",
                        "TAKE_EFFECT");

        JsonObject superseded = json(official.get(BASE + "/" + first.getJsonNumber("id")), 200);
        assertThat(superseded.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(superseded.getString("lastDay")).isEqualTo(today.minusDays(1).toString());
        assertThat(superseded.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .endsWith("SUPERSEDE");

        // public, without credentials: where are welders exempt today, and since when (unbroken since the first)
        Api anonymous = Api.anonymous(base);
        JsonObject exempt = json(anonymous.get(PUBLIC + "/exempt?occupation=7212&lang=sv"), 200);
        JsonObject lapland = exempt.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonObject("authority").getString("code").equals("EVK10"))
                .findFirst()
                .orElseThrow();
        assertThat(lapland.getString("since")).isEqualTo(today.minusDays(30).toString());
        assertThat(lapland.getJsonObject("authority").getString("name")).isEqualTo("Lapplands livskraftscentral");
        assertThat(exempt.getJsonObject("occupation").getString("titleLanguage"))
                .isEqualTo("en");
        JsonObject developers = json(anonymous.get(PUBLIC + "/exempt?occupation=2512"), 200);
        assertThat(developers.getJsonArray("areas").getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getJsonObject("authority").getString("code").equals("EVK10"))
                .extracting(a -> a.getString("since"))
                .containsExactly(today.toString());
        var unknown = anonymous.get(PUBLIC + "/exempt?occupation=9999");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("\\\"9999\\\" is not a code of the occupation classification");

        JsonArray list =
                (JsonArray) anonymous.get(PUBLIC + "?authority=EVK10&lang=en").json();
        assertThat(list.getValuesAs(JsonObject.class))
                .extracting(g -> g.getJsonNumber("id").longValue())
                .contains(nextId, first.getJsonNumber("id").longValue());
        var csv = anonymous.send(
                anonymous.request(PUBLIC + "/occupations.csv?lang=fi").setHeader("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines())
                .anyMatch(l ->
                        l.startsWith(nextId + ",IN_FORCE,true,EVK10,Lapin elinvoimakeskus,") && l.contains(",2512,"));

        // the dashboard card and the reminder: the new guideline ends in 20 days with no successor
        JsonArray coverage =
                (JsonArray) Api.as(base, "manager").get(BASE + "/coverage").json();
        assertThat(coverage.getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getJsonObject("authority").getString("code").equals("EVK10"))
                .extracting(a -> a.getString("state"))
                .containsExactly("EXPIRING");
        Api admin = Api.as(base, "admin");
        json(admin.post(BASE + "/lifecycle-run", ""), 200);
        JsonArray outbox =
                (JsonArray) admin.get("api/v1/notifications?limit=200").json();
        assertThat(outbox.getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("kind").equals("GUIDELINE_EXPIRING")
                        && m.getString("reference").equals("WorkPermitGuideline:" + nextId))
                .extracting(m -> m.getString("recipient"))
                .containsExactly("official.lappi");
        JsonObject second = json(admin.post(BASE + "/lifecycle-run", ""), 200);
        assertThat(second.getInt("reminded")).isZero();
    }

    @Test
    void everyReasonIsGivenAndOthersMayNotChangeIt() {
        Api official = lappi();
        var bad = official.post(BASE, """
                {"authorityCodes":["EVK99"],"validFrom":"2099-13-01","validTo":"x","occupations":[{"code":"9999"},
                 {"code":"72"},{"code":"7212"},{"code":"7212"}]}""");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.body())
                .contains("Unknown authority \\\"EVK99\\\"")
                .contains("2099-13-01")
                .contains("\\\"9999\\\" is not a code of the occupation classification")
                .contains("72 (")
                .contains("listed twice");
        JsonObject draft = json(
                official.post(
                        BASE, body(LocalDate.of(2097, 1, 1), LocalDate.of(2097, 6, 30), "{\"code\":\"7212\"}", false)),
                201);
        long id = draft.getJsonNumber("id").longValue();
        // no consultation without parties; no decision without a consultation
        var start = official.post(
                BASE + "/" + id + "/transitions", "{\"action\":\"START_CONSULTATION\",\"deadline\":\"2000-01-01\"}");
        assertThat(start.status()).isEqualTo(422);
        assertThat(start.body()).contains("has passed").contains("Name at least one party");
        var decide = official.post(BASE + "/" + id + "/transitions", "{\"action\":\"DECIDE\"}");
        assertThat(decide.status()).isEqualTo(409);
        json(
                official.post(
                        BASE + "/" + id + "/parties", "{\"name\":\"Työsuojelu\",\"kind\":\"SUPERVISORY_AUTHORITY\"}"),
                200);
        json(
                official.post(
                        BASE + "/" + id + "/transitions",
                        "{\"action\":\"START_CONSULTATION\",\"deadline\":\"2096-12-01\"}"),
                200);
        var noRecord = official.post(
                BASE + "/" + id + "/transitions",
                "{\"action\":\"DECIDE\",\"decidedOn\":\"2999-01-01\",\"decisionMaker\":\" \",\"reference\":\"R\"}");
        assertThat(noRecord.status()).isEqualTo(422);
        assertThat(noRecord.body())
                .contains("No decision without a consultation record")
                .contains("in the future")
                .contains("decision-maker");
        // other authorities' officials, coordinators and managers do not change it
        for (String other : List.of("official.uusimaa", "official.keskisuomi")) {
            assertThat(Api.as(base, other)
                            .post(BASE + "/" + id + "/parties", "{\"name\":\"X\",\"kind\":\"OTHER\"}")
                            .status())
                    .as(other)
                    .isEqualTo(404);
        }
        assertThat(Api.as(base, "coord.helsinki")
                        .post(BASE + "/" + id + "/parties", "{\"name\":\"X\",\"kind\":\"OTHER\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(base, "manager").get(BASE + "/" + id).status()).isEqualTo(200);
        // in consultation it is not public
        assertThat(Api.anonymous(base).get(PUBLIC + "/" + id).status()).isEqualTo(404);
    }

    /** The public API opens GET only, and nothing else of the application is opened with it. */
    @Test
    void onlyThePublicPartIsOpenWithoutALogin() {
        Api anonymous = Api.anonymous(base);
        assertThat(anonymous.get(PUBLIC).status()).isEqualTo(200);
        assertThat(anonymous.post(PUBLIC, "{}").status()).isEqualTo(401);
        assertThat(anonymous
                        .send(anonymous.request(PUBLIC).method("DELETE", HttpRequest.BodyPublishers.noBody()))
                        .status())
                .isEqualTo(401);
        assertThat(anonymous.post(BASE + "/lifecycle-run", "").status()).isEqualTo(401);
        assertThat(Api.as(base, "manager").post(PUBLIC, "{}").status()).isEqualTo(405);
        for (String closed : List.of(
                BASE,
                BASE + "/coverage",
                "api/v1/programmes",
                "api/v1/me",
                "api/v1/publicx",
                "api/v1/public-work-permit-guidelines",
                "api/v1/audit")) {
            assertThat(anonymous.get(closed).status()).as(closed).isEqualTo(401);
        }
        for (String page : List.of(
                "guidelines/index.xhtml",
                "guidelines/new.xhtml",
                "index.xhtml",
                "programmes/index.xhtml",
                "publicx/guidelines.xhtml",
                "admin/users.xhtml")) {
            assertThat(anonymous.get(page).status()).as(page).isEqualTo(302);
        }
        var page = anonymous.get("public/guidelines.xhtml?occupation=7212&lang=sv");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"sv\"").contains("Regionala arbetstillståndsriktlinjer");
        assertThat(anonymous.get("public/guidelines.xhtml?occupation=12345").body())
                .contains("12345");
        // wrong credentials on the public API are still refused, not ignored
        assertThat(Api.as(base, "manager", "wrong").get(PUBLIC).status()).isEqualTo(401);
    }

    private static List<String> codes(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code"))
                .toList();
    }

    /**
     * The national report of the guidelines in force, as a manager pulls it through the report job, re-opened: in
     * the workbook every area of the demo (Uusimaa in force, Keski-Suomi ending within 30 days, an area with none)
     * and Keski-Suomi's exempt occupations; in the Swedish PDF the Swedish title, section and authority names.
     */
    @Test
    void managersPullTheNationalReportOfGuidelinesInForce() throws Exception {
        Api manager = Api.as(base, "manager");
        int year = today.getYear();
        byte[] xlsx = ReportFiles.pull(
                manager,
                "{\"type\":\"WORK_PERMIT_GUIDELINES\",\"year\":" + year + ",\"format\":\"XLSX\",\"language\":\"fi\"}");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Alueittain");
            assertThat(ReportFiles.title(workbook.getSheetAt(1)))
                    .isEqualTo(ReportFiles.sheetTitle(
                            "fi", "Alueelliset työlupalinjaukset", "Alueittain", "Vuosi " + year));
            List<String> areas =
                    ReportFiles.text(workbook.getSheetAt(1)).lines().toList();
            assertThat(areas).anyMatch(l -> l.startsWith("Uudenmaan elinvoimakeskus|Voimassa|"));
            assertThat(areas)
                    .anyMatch(l -> l.startsWith("Keski-Suomen elinvoimakeskus|Päättyy 30 päivän kuluessa|")
                            && l.contains("KSEVK/455/2026"));
            assertThat(areas).anyMatch(l -> l.contains("|Ei voimassa olevaa linjausta|"));
            List<String> occupations =
                    ReportFiles.text(workbook.getSheetAt(2)).lines().toList();
            assertThat(occupations).anyMatch(l -> l.startsWith("Keski-Suomen elinvoimakeskus|7212|"));
        }
        byte[] pdf = ReportFiles.pull(
                manager,
                "{\"type\":\"WORK_PERMIT_GUIDELINES\",\"year\":" + year + ",\"format\":\"PDF\",\"language\":\"sv\"}");
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page).replaceAll("[\\s\u00a0]+", " "));
            }
            assertThat(all)
                    .contains("Regionala riktlinjer för arbetstillstånd")
                    .contains("Yrken utan tillgångsprövning")
                    .contains("Nylands livskraftscentral");
        } finally {
            reader.close();
        }
    }
}
