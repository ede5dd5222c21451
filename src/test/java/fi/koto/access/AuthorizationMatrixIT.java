package fi.koto.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.koto.access.AuthorizationMatrix.Caller;
import fi.koto.access.AuthorizationMatrix.Channel;
import fi.koto.access.AuthorizationMatrix.Row;
import fi.koto.access.AuthorizationMatrix.Side;
import fi.koto.document.control.Samples;
import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.WebSession;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs {@link AuthorizationMatrix}: every REST call, download and page as each demo role (and anonymously), on
 * objects of Helsinki (091) and of Jyväskylä (179) that this test creates itself, with the exact status each must
 * get, and no identifying text of an object in a 200 answer to someone outside its scope. Every mismatch is listed
 * at once; the whole table of answers is written to target/authorization-matrix.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)\\}");
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private final Map<String, String> objects = new HashMap<>();
    private final Map<Caller, WebSession> sessions = new EnumMap<>(Caller.class);

    @Test
    void everyCallerGetsExactlyWhatTheMatrixSays() throws IOException {
        for (Side side : List.of(Side.HEL, Side.JKL)) {
            createObjects(side);
        }
        for (Caller caller : Caller.values()) {
            WebSession session = new WebSession(base);
            if (caller.username != null) {
                assertThat(session.login(caller.username, "demo").statusCode())
                        .as(caller.username)
                        .isEqualTo(302);
            }
            sessions.put(caller, session);
        }
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder("channel method path side caller in-scope expected actual\n");
        for (Row row : AuthorizationMatrix.rows()) {
            for (Caller caller : Caller.values()) {
                String path = resolve(row.template(), row.side());
                Answer answer;
                try {
                    answer = row.channel() == Channel.API ? callApi(row, caller, path) : callWeb(caller, path);
                } catch (RuntimeException e) {
                    answer = new Answer(-1, e.toString());
                }
                int expected = row.expected(caller);
                boolean inScope = caller.inScope(row.side());
                String line = row.channel() + " " + row.method() + " " + path + " " + row.side() + " " + caller + " "
                        + inScope + " " + expected + " " + answer.status;
                table.append(line).append('\n');
                if (answer.status != expected) {
                    failures.add(line + "  <- " + abbreviate(answer.body));
                } else if (answer.status == 200 && row.marker() != null) {
                    String marker = row.marker().apply(this::get, row.side());
                    boolean shown = answer.body.contains(marker);
                    if (shown && row.mayNotSee().contains(caller)) {
                        failures.add(line + "  <- shows " + marker + " outside the caller's scope");
                    } else if (!shown && !row.mayNotSee().contains(caller)) {
                        failures.add(line + "  <- does not show " + marker + " to a caller who may see it");
                    }
                }
            }
        }
        failures.addAll(importsOutsideTheScopeAreRejected());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/authorization-matrix.txt"), table);
        assertThat(failures)
                .as("answers that differ from AuthorizationMatrix (whole table in "
                        + "target/authorization-matrix.txt)")
                .isEmpty();
    }

    /** An official importing rows of a municipality another authority serves: every such row rejected. */
    private List<String> importsOutsideTheScopeAreRejected() {
        Api official = Api.as(base, "official.keskisuomi");
        var imported = official.send(official.request("api/v1/placements/imports")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("municipality_code,month,target_group,persons,under_7,"
                        + "self_settled\n091,2001-04,FAMILY_MEMBER,1,0,false\n")));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
        long id = id(json(imported));
        await().atMost(Duration.ofMinutes(2)).until(() -> !"STARTED"
                .equals(json(official.get("api/v1/placements/imports/" + id)).getString("status")));
        JsonObject done = json(official.get("api/v1/placements/imports/" + id));
        if (done.getInt("accepted") != 0 || done.getInt("rejected") != 1) {
            return List.of("official.keskisuomi imported a row of Helsinki (091): " + done);
        }
        return List.of();
    }

    private record Answer(int status, String body) {}

    private Answer callApi(Row row, Caller caller, String path) {
        Api api = caller.username == null ? Api.anonymous(base) : Api.as(base, caller.username);
        HttpRequest.Builder request = api.request("api/v1" + path).setHeader("Accept", "*/*");
        byte[] body = row.body() == null ? null : row.body().apply(this::get, row.side());
        if (body == null) {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", row.contentType());
            if ("application/pdf".equals(row.contentType())) {
                request.header("Content-Disposition", "attachment; filename=\"matrix.pdf\"");
            }
            request.method(row.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        }
        var response = api.sendForBytes(request);
        return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    private Answer callWeb(Caller caller, String path) {
        var response = sessions.get(caller).get(path.substring(1));
        return new Answer(response.statusCode(), response.body());
    }

    private String resolve(String template, Side side) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(get(m.group(1), side)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An object's id (or text) by name for a side; versions are read just before they are needed. */
    private String get(String name, Side side) {
        switch (name) {
            case "muni":
                return side.municipality;
            case "year":
                return "2030";
            case "section":
                return "goals";
            case "round1":
                return "1";
            case "progVersion":
                return String.valueOf(json(manager().get("api/v1/programmes/" + get("prog", side)))
                        .getJsonNumber("version")
                        .longValue());
            case "placesVersion":
                JsonArray places = (JsonArray) ok(manager().get("api/v1/agreements/" + get("active", side) + "/places"))
                        .json();
                return places.getValuesAs(JsonObject.class).stream()
                        .filter(p -> p.getInt("year") == 2030)
                        .map(p -> String.valueOf(p.getJsonNumber("version").longValue()))
                        .findFirst()
                        .orElse("0");
            default:
                String value = objects.get(name + "." + side);
                if (value == null) {
                    throw new IllegalStateException("No object " + name + " for " + side);
                }
                return value;
        }
    }

    private Api manager() {
        return Api.as(base, "manager");
    }

    // ---------------------------------------------------------------- the objects the rows are about

    private void createObjects(Side side) {
        String muni = side.municipality;
        Api coordinator = Api.as(base, side == Side.HEL ? "coord.helsinki" : "coord.jyvaskyla");
        Api official = Api.as(base, side == Side.HEL ? "official.uusimaa" : "official.keskisuomi");
        Api admin = Api.as(base, "admin");

        // a draft programme with two attachments and a measure
        String title = "Matrix " + RUN + " " + side;
        JsonObject draft = created(coordinator.post("api/v1/programmes", programme(muni, title)));
        long prog = id(draft);
        // shared for guidance, so that the authority serving the municipality (and managers) see the draft
        ok(coordinator.post("api/v1/programmes/" + prog + "/sharing", ""));
        put("prog", side, prog);
        put("progMarker", side, title);
        put("doc", side, id(created(upload(coordinator, "api/v1/programmes/" + prog + "/attachments"))));
        put("docDel", side, id(created(upload(coordinator, "api/v1/programmes/" + prog + "/attachments"))));
        JsonObject withMeasure = json(coordinator.post(
                "api/v1/programmes/" + prog + "/measures",
                "{\"action\":\"Kurssi\",\"responsibleParty\":\"Kunta\",\"schedule\":\"2027\",\"indicator\":\"N\",\"version\":"
                        + json(coordinator.get("api/v1/programmes/" + prog)).getJsonNumber("version") + "}"));
        JsonArray measures = withMeasure.getJsonArray("measures");
        put("measure", side, id(measures.getJsonObject(measures.size() - 1)));

        // the year monitored (the programmes run 2026-2029) and a year after the period
        put("monYear", side, LocalDate.now().getYear());
        put("farYear", side, 2031);
        // the draft's plan: a goal, a measure serving it and an indicator following it (monitoring)
        JsonObject plan = created(coordinator.post(
                "api/v1/programmes/" + prog + "/plan/goals",
                "{\"theme\":\"EMPLOYMENT_AND_ENTREPRENEURSHIP\",\"fi\":\"Työllisyys\",\"sv\":\"Sysselsättning\"}"));
        long goal = id(plan.getJsonArray("goals").getJsonObject(0));
        put("goal", side, goal);
        plan = created(coordinator.post(
                "api/v1/programmes/" + prog + "/plan/measures",
                "{\"goalId\":" + goal + ",\"fi\":\"Kurssi\",\"sv\":\"Kurs\",\"responsibleParty\":\"Kunta\"}"));
        JsonArray planMeasures = plan.getJsonArray("measures");
        put("planMeasure", side, id(planMeasures.getJsonObject(planMeasures.size() - 1)));
        plan = created(coordinator.post(
                "api/v1/programmes/" + prog + "/plan/indicators",
                "{\"goalId\":" + goal + ",\"fi\":\"Työlliset\",\"sv\":\"Sysselsatta\",\"unit\":\"PERCENT\","
                        + "\"baseline\":40,\"target\":50}"));
        JsonArray indicators = plan.getJsonArray("indicators");
        put("indicator", side, id(indicators.getJsonObject(indicators.size() - 1)));

        // private drafts: one stays private, one the matrix shares, one shared that the matrix makes private
        String privateTitle = "Matrix private " + RUN + " " + side;
        put("priv", side, id(created(coordinator.post("api/v1/programmes", programme(muni, privateTitle)))));
        put("privMarker", side, privateTitle);
        put("toShare", side, id(created(coordinator.post("api/v1/programmes", programme(muni, "Matrix to share")))));
        long toUnshare = id(created(coordinator.post("api/v1/programmes", programme(muni, "Matrix to unshare"))));
        ok(coordinator.post("api/v1/programmes/" + toUnshare + "/sharing", ""));
        put("toUnshare", side, toUnshare);

        // a programme in review with a note open and a note resolved
        String reviewTitle = "Matrix review " + RUN + " " + side;
        long review = id(created(coordinator.post("api/v1/programmes", programme(muni, reviewTitle))));
        put("review", side, review);
        put("reviewMarker", side, reviewTitle);
        JsonObject p = json(coordinator.get("api/v1/programmes/" + review));
        for (JsonObject section : p.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            String sv = side == Side.HEL ? ",\"sv\":\"Text " + section.getString("key") + "\"" : "";
            p = json(ok(coordinator.put(
                    "api/v1/programmes/" + review + "/sections/" + section.getString("key"),
                    "{\"fi\":\"Teksti " + section.getString("key") + "\"" + sv + ",\"version\":"
                            + p.getJsonNumber("version") + "}")));
        }
        ok(coordinator.post("api/v1/programmes/" + review + "/transitions", "{\"action\":\"SUBMIT\"}"));
        p = json(ok(official.post("api/v1/programmes/" + review + "/transitions", "{\"action\":\"START_REVIEW\"}")));
        put("req", side, p.getJsonArray("checklist").getJsonObject(0).getString("key"));
        put(
                "note",
                side,
                id(created(official.post(
                        "api/v1/programmes/" + review + "/notes", "{\"section\":\"goals\",\"text\":\"Tarkenna\"}"))));
        long resolved = id(created(official.post(
                "api/v1/programmes/" + review + "/notes", "{\"section\":\"goals\",\"text\":\"Ratkaistaan\"}")));
        ok(official.post("api/v1/programmes/" + review + "/notes/" + resolved + "/resolve", ""));
        put("resolvedNote", side, resolved);

        // a programme whose review is accepted, waiting for adoption, with its adoption document
        String acceptedTitle = "Matrix accepted " + RUN + " " + side;
        long accepted = id(created(coordinator.post("api/v1/programmes", programme(muni, acceptedTitle))));
        JsonObject a = json(coordinator.get("api/v1/programmes/" + accepted));
        for (JsonObject section : a.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            String sv = side == Side.HEL ? ",\"sv\":\"Text " + section.getString("key") + "\"" : "";
            a = json(ok(coordinator.put(
                    "api/v1/programmes/" + accepted + "/sections/" + section.getString("key"),
                    "{\"fi\":\"Teksti " + section.getString("key") + "\"" + sv + ",\"version\":"
                            + a.getJsonNumber("version") + "}")));
        }
        ok(coordinator.post("api/v1/programmes/" + accepted + "/transitions", "{\"action\":\"SUBMIT\"}"));
        a = json(ok(official.post("api/v1/programmes/" + accepted + "/transitions", "{\"action\":\"START_REVIEW\"}")));
        for (JsonObject requirement : a.getJsonArray("checklist").getValuesAs(JsonObject.class)) {
            ok(official.put(
                    "api/v1/programmes/" + accepted + "/checklist/" + requirement.getString("key"),
                    "{\"verdict\":\"MEETS\"}"));
        }
        ok(official.post("api/v1/programmes/" + accepted + "/transitions", "{\"action\":\"APPROVE\"}"));
        created(upload(coordinator, "api/v1/programmes/" + accepted + "/adoption/document"));
        put("accepted", side, accepted);
        put("acceptedMarker", side, acceptedTitle);

        // an agreement sent to the municipality, with its decision document
        String consulted = "{\"municipalityCode\":\"" + muni + "\",\"wellbeingConsultedDate\":\""
                + LocalDate.now().minusDays(7) + "\"}";
        long agr = id(created(official.post("api/v1/agreements", consulted)));
        ok(official.post("api/v1/agreements/" + agr + "/transitions", "{\"action\":\"SEND\"}"));
        created(upload(coordinator, "api/v1/agreements/" + agr + "/decision-document"));
        put("agr", side, agr);

        // a signed agreement with an extra-places request
        long active = id(created(official.post("api/v1/agreements", consulted)));
        ok(official.post("api/v1/agreements/" + active + "/transitions", "{\"action\":\"SEND\"}"));
        String reference = "Matrix-" + RUN + "-" + side;
        ok(coordinator.post("api/v1/agreements/" + active + "/transitions", """
                {"action":"RECORD_DECISION","decisionBody":"Kaupunginhallitus","decisionDate":"%s",
                 "decisionReference":"%s"}""".formatted(
                        LocalDate.now().minusDays(2), reference)));
        ok(official.post(
                "api/v1/agreements/" + active + "/transitions",
                "{\"action\":\"SIGN\",\"date\":\"" + LocalDate.now().minusDays(1) + "\"}"));
        put("active", side, active);
        put("activeMarker", side, reference);
        put(
                "extra",
                side,
                id(created(official.post(
                        "api/v1/agreements/" + active + "/extra-places-requests",
                        "{\"year\":" + LocalDate.now().getYear()
                                + ",\"targetGroup\":\"TEMPORARY_PROTECTION\",\"persons\":2,"
                                + "\"reason\":\"Matrix\",\"replyBy\":\""
                                + LocalDate.now().plusDays(30) + "\"}"))));

        // the authority's open places round
        put("round", side, openRound(official));

        // a placement import of the official's own municipality
        var imported = official.send(official.request("api/v1/placements/imports")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("municipality_code,month,target_group,persons,under_7,"
                        + "self_settled\n" + muni + ",2001-03,FAMILY_MEMBER,0,0,false\n")));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
        long importId = id(json(imported));
        await().atMost(Duration.ofMinutes(2)).until(() -> !"STARTED"
                .equals(json(official.get("api/v1/placements/imports/" + importId))
                        .getString("status")));
        put("import", side, importId);

        // a report the coordinator pulled
        var report = coordinator.post("api/v1/reports", "{\"type\":\"PLACEMENTS\",\"year\":2025,\"format\":\"XLSX\"}");
        assertThat(report.status()).as(report.toString()).isEqualTo(202);
        long reportId = id(json(report));
        await().atMost(Duration.ofMinutes(3)).until(() -> "COMPLETED"
                .equals(json(coordinator.get("api/v1/reports/" + reportId)).getString("status")));
        put("report", side, reportId);

        // an account of the municipality
        createGuidelines(side, official);
        put("user", side, id(created(admin.post("api/v1/users", """
                {"username":"matrix.%s.%s","password":"a-long-enough-password","role":"COORDINATOR",
                 "displayName":"Matrix","municipalityCodes":["%s"]}""".formatted(
                        side.name().toLowerCase(), RUN, muni)))));
    }

    /** An open round of the official's authority: one already open, or a new one for a year still free. */
    private long openRound(Api official) {
        JsonArray open =
                (JsonArray) ok(official.get("api/v1/places-rounds?status=OPEN")).json();
        if (!open.isEmpty()) {
            return id(open.getJsonObject(0));
        }
        int year = LocalDate.now().getYear();
        for (int y = year + 5; y >= year; y--) {
            var created = official.post(
                    "api/v1/places-rounds",
                    "{\"year\":%d,\"deadline\":\"%s\"}"
                            .formatted(y, LocalDate.now().plusDays(30)));
            if (created.status() == 201) {
                return id(((JsonObject) created.json()).getJsonObject("round"));
            }
        }
        throw new AssertionError("No places round could be opened");
    }

    private static String programme(String muni, String title) {
        return "{\"municipalityCodes\":[\"" + muni + "\"],\"legalBasis\":\"ACT_681_2023\",\"title\":\"" + title
                + "\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2029-12-31\"}";
    }

    private static Api.Response upload(Api api, String path) {
        return api.send(api.request(path)
                .header("Content-Type", "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"matrix.pdf\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Samples.pdf())));
    }

    /** A draft guideline of the side's authority with a party, and one in consultation with a statement document. */
    private void createGuidelines(Side side, Api official) {
        String authority = side == Side.HEL ? "EVK01" : "EVK05";
        String marker = "Matrix guideline " + RUN + " " + side;
        int year = side == Side.HEL ? 2091 : 2093;
        long wpg = id(created(official.post("api/v1/work-permit-guidelines", guideline(authority, year, marker))));
        put("wpg", side, wpg);
        put("wpgMarker", side, marker);
        JsonObject withParty = json(official.post(
                "api/v1/work-permit-guidelines/" + wpg + "/parties",
                "{\"name\":\"TE-palvelut " + side + "\",\"kind\":\"EMPLOYMENT_AUTHORITY\"}"));
        put("wpgParty", side, id(withParty.getJsonArray("parties").getJsonObject(0)));
        long wpgc = id(created(official.post("api/v1/work-permit-guidelines", guideline(authority, year + 1, marker))));
        put("wpgc", side, wpgc);
        JsonObject consulted = json(official.post(
                "api/v1/work-permit-guidelines/" + wpgc + "/parties",
                "{\"name\":\"Poliisi " + side + "\",\"kind\":\"SUPERVISORY_AUTHORITY\"}"));
        long party = id(consulted.getJsonArray("parties").getJsonObject(0));
        put("wpgcParty", side, party);
        ok(official.post(
                "api/v1/work-permit-guidelines/" + wpgc + "/transitions",
                "{\"action\":\"START_CONSULTATION\",\"deadline\":\"2090-01-01\",\"version\":"
                        + consulted.getJsonNumber("version") + "}"));
        ok(upload(
                official,
                "api/v1/work-permit-guidelines/" + wpgc + "/parties/" + party
                        + "/statement/document?receivedOn=2026-01-02"));
    }

    private static String guideline(String authority, int year, String marker) {
        return "{\"authorityCodes\":[\"" + authority + "\"],\"validFrom\":\"" + year + "-01-01\",\"validTo\":\""
                + year + "-06-30\",\"situationFi\":\"" + marker + "\",\"situationSv\":\"" + marker
                + "\",\"occupations\":[{\"code\":\"7212\",\"justificationFi\":\"Pula\"}]}";
    }

    private void put(String name, Side side, Object value) {
        objects.put(name + "." + side, String.valueOf(value));
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static JsonObject created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return (JsonObject) response.json();
    }

    private static JsonObject json(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return (JsonObject) response.json();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
