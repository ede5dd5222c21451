package fi.koto.document.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.document.control.Samples;
import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Programme attachments and agreement decision documents over REST: who may add, read and remove them, what the
 * downloads carry, and what is refused (disguised, oversized, outside the scope, at the wrong time). The failsafe
 * run sets KOTO_ATTACHMENT_MAX_BYTES to 1 MiB, so an oversized upload is cheap.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsIT {

    private static final String PROGRAMMES = "api/v1/programmes";
    private static final String AGREEMENTS = "api/v1/agreements";
    private static final int LIMIT = 1024 * 1024;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void programmeAttachmentsAreReadInScopeAndChangedOnlyWhileTheProgrammeCanBeEdited() throws Exception {
        Api coordinator = Api.as(base, "coord.helsinki");
        long id = createProgramme(coordinator);
        // the draft is shared for guidance, so that the official of Uusimaa and the manager read its attachments
        var shared = coordinator.post(PROGRAMMES + "/" + id + "/sharing", "");
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
        String attachments = PROGRAMMES + "/" + id + "/attachments";

        byte[] docx = Samples.docx();
        var added = raw(
                coordinator,
                attachments + "?description=Valtuuston%20p%C3%A4%C3%A4t%C3%B6s",
                DOCX,
                "attachment; filename*=UTF-8''Liite%201%20%E2%80%93%20p%C3%A4%C3%A4t%C3%B6s.docx",
                docx);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonObject first = (JsonObject) added.json();
        assertThat(first.getString("name")).isEqualTo("Liite 1 – päätös.docx");
        assertThat(first.getString("mediaType")).isEqualTo(DOCX);
        assertThat(first.getJsonNumber("size").longValue()).isEqualTo(docx.length);
        assertThat(first.getString("sha256")).isEqualTo(sha256(docx));
        assertThat(first.getString("description")).isEqualTo("Valtuuston päätös");
        assertThat(added.header("Location")).endsWith(attachments + "/" + first.getJsonNumber("id"));

        byte[] pdf = Samples.pdf();
        var form = multipart(coordinator, attachments, "../../selvitys § 3.pdf", pdf, "Selvitys § 3");
        assertThat(form.status()).as(form.toString()).isEqualTo(201);
        JsonObject second = (JsonObject) form.json();
        assertThat(second.getString("name")).isEqualTo("selvitys § 3.pdf");
        assertThat(second.getString("description")).isEqualTo("Selvitys § 3");
        assertThat(second.getString("mediaType")).isEqualTo("application/pdf");

        for (String reader : List.of("official.uusimaa", "manager", "coord.helsinki")) {
            Api api = Api.as(base, reader);
            JsonArray listed = array(api.get(attachments));
            assertThat(listed.getValuesAs(JsonObject.class))
                    .as(reader)
                    .extracting(o -> o.getString("name"))
                    .containsExactly("Liite 1 – päätös.docx", "selvitys § 3.pdf");
            var download = download(api, attachments + "/" + first.getJsonNumber("id"));
            assertThat(download.statusCode()).as(reader).isEqualTo(200);
            assertThat(download.body()).isEqualTo(docx);
            assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith(DOCX);
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment;")
                    .contains("filename*=UTF-8''Liite%201%20%E2%80%93%20p%C3%A4%C3%A4t%C3%B6s.docx");
            assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(download(api, attachments + "/" + second.getJsonNumber("id"))
                            .body())
                    .isEqualTo(pdf);
        }

        for (String outsider : List.of("coord.vantaa", "coord.jyvaskyla", "official.keskisuomi")) {
            Api api = Api.as(base, outsider);
            assertThat(api.get(attachments).status()).as(outsider).isEqualTo(404);
            assertThat(download(api, attachments + "/" + first.getJsonNumber("id"))
                            .statusCode())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(raw(
                                Api.as(base, "coord.vantaa"),
                                attachments,
                                "application/pdf",
                                "attachment; filename=\"x.pdf\"",
                                pdf)
                        .status())
                .isEqualTo(404);
        assertThat(raw(Api.as(base, "manager"), attachments, "application/pdf", "attachment; filename=\"x.pdf\"", pdf)
                        .status())
                .isEqualTo(403);
        assertThat(raw(
                                Api.as(base, "official.uusimaa"),
                                attachments,
                                "application/pdf",
                                "attachment; filename=\"x.pdf\"",
                                pdf)
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(base, "official.uusimaa")
                        .send(Api.as(base, "official.uusimaa")
                                .request(attachments + "/" + first.getJsonNumber("id"))
                                .DELETE())
                        .status())
                .isEqualTo(403);

        var exe = raw(
                coordinator, attachments, "application/pdf", "attachment; filename=\"raportti.pdf\"", Samples.exe());
        assertThat(exe.status()).as(exe.toString()).isEqualTo(422);
        assertThat(exe.header("Content-Type")).startsWith("application/problem+json");
        assertThat(exe.body()).contains("raportti.pdf", "PDF document");
        var html = raw(coordinator, attachments, DOCX, "attachment; filename=\"ohjelma.docx\"", Samples.html());
        assertThat(html.status()).as(html.toString()).isEqualTo(422);
        var swapped = raw(coordinator, attachments, "application/pdf", "attachment; filename=\"ohjelma.pdf\"", docx);
        assertThat(swapped.status()).as(swapped.toString()).isEqualTo(422);
        assertThat(swapped.body()).contains("ohjelma.pdf", "Word document (DOCX)");
        byte[] oversized = java.util.Arrays.copyOf(pdf, LIMIT + 1);
        var tooLarge = raw(coordinator, attachments, "application/pdf", "attachment; filename=\"iso.pdf\"", oversized);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.body()).contains("iso.pdf", "1048576");
        var nameless = raw(coordinator, attachments, "application/pdf", null, pdf);
        assertThat(nameless.status()).as(nameless.toString()).isEqualTo(422);
        assertThat(array(coordinator.get(attachments))).hasSize(2);

        var removed = coordinator.send(coordinator
                .request(attachments + "/" + second.getJsonNumber("id"))
                .DELETE());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(array(coordinator.get(attachments))).hasSize(1);
        assertThat(download(coordinator, attachments + "/" + second.getJsonNumber("id"))
                        .statusCode())
                .isEqualTo(404);

        JsonArray history = array(coordinator.get(PROGRAMMES + "/" + id + "/history"));
        assertThat(history.getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " " + (e.isNull("comment") ? "" : e.getString("comment")))
                .contains(
                        "ATTACHMENT_ADDED Liite 1 – päätös.docx",
                        "ATTACHMENT_ADDED selvitys § 3.pdf",
                        "ATTACHMENT_REMOVED selvitys § 3.pdf");
        JsonArray audit = array(Api.as(base, "manager").get("api/v1/audit?limit=200"));
        assertThat(audit.getValuesAs(JsonObject.class))
                .filteredOn(a -> String.valueOf(id).equals(a.isNull("subjectId") ? null : a.getString("subjectId"))
                        && a.getString("subjectType").equals("Programme"))
                .extracting(a -> a.getString("action"))
                .containsOnlyOnce("PROGRAMME_ATTACHMENT_REMOVED")
                .filteredOn("PROGRAMME_ATTACHMENT_ADDED"::equals)
                .hasSize(2);

        submitAndStartReview(coordinator, id);
        var lateRemoval = coordinator.send(coordinator
                .request(attachments + "/" + first.getJsonNumber("id"))
                .DELETE());
        assertThat(lateRemoval.status()).as(lateRemoval.toString()).isEqualTo(409);
        assertThat(lateRemoval.header("Content-Type")).startsWith("application/problem+json");
        assertThat(raw(coordinator, attachments, "application/pdf", "attachment; filename=\"myohassa.pdf\"", pdf)
                        .status())
                .isEqualTo(409);
        assertThat(download(Api.as(base, "official.uusimaa"), attachments + "/" + first.getJsonNumber("id"))
                        .body())
                .isEqualTo(docx);
    }

    @Test
    void theCoordinatorUploadsTheDecisionDocumentBetweenSendingAndSigning() throws Exception {
        Api official = Api.as(base, "official.uusimaa");
        Api coordinator = Api.as(base, "coord.helsinki");
        var drafted = official.post(
                AGREEMENTS,
                "{\"municipalityCode\":\"091\",\"wellbeingConsultedDate\":\"%s\"}"
                        .formatted(LocalDate.now().minusDays(7)));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        long id = ((JsonObject) drafted.json()).getJsonNumber("id").longValue();
        String path = AGREEMENTS + "/" + id + "/decision-document";
        byte[] pdf = Samples.pdf();
        String disposition = "attachment; filename*=UTF-8''Khs%20%C2%A7%2012%20p%C3%A4%C3%A4t%C3%B6s.pdf";

        assertThat(raw(coordinator, path, "application/pdf", disposition, pdf).status())
                .isEqualTo(409);
        assertThat(download(official, path).statusCode()).isEqualTo(404);
        assertThat(official.post(AGREEMENTS + "/" + id + "/transitions", "{\"action\":\"SEND\"}")
                        .status())
                .isEqualTo(200);

        assertThat(raw(official, path, "application/pdf", disposition, pdf).status())
                .isEqualTo(403);
        assertThat(raw(Api.as(base, "coord.vantaa"), path, "application/pdf", disposition, pdf)
                        .status())
                .isEqualTo(404);
        var disguised = raw(coordinator, path, "application/pdf", "attachment; filename=\"paatos.pdf\"", Samples.exe());
        assertThat(disguised.status()).as(disguised.toString()).isEqualTo(422);

        var uploaded = raw(coordinator, path, "application/pdf", disposition, pdf);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(((JsonObject) uploaded.json()).getString("name")).isEqualTo("Khs § 12 päätös.pdf");
        for (String reader : List.of("official.uusimaa", "manager", "coord.helsinki")) {
            var download = download(Api.as(base, reader), path);
            assertThat(download.statusCode()).as(reader).isEqualTo(200);
            assertThat(download.body()).isEqualTo(pdf);
            assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/pdf");
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("filename*=UTF-8''Khs%20%C2%A7%2012%20p%C3%A4%C3%A4t%C3%B6s.pdf");
        }
        assertThat(download(Api.as(base, "official.keskisuomi"), path).statusCode())
                .isEqualTo(404);

        var decided = coordinator.post(AGREEMENTS + "/" + id + "/transitions", """
                {"action":"RECORD_DECISION","decisionBody":"Kaupunginhallitus","decisionDate":"%s",
                 "decisionReference":"Khs § 12"}""".formatted(
                        LocalDate.now().minusDays(1)));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        byte[] odt = Samples.odt();
        var form = multipart(coordinator, path, "päätös.odt", odt, null);
        assertThat(form.status()).as(form.toString()).isEqualTo(201);
        var replaced = download(official, path);
        assertThat(replaced.body()).isEqualTo(odt);
        assertThat(replaced.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.oasis.opendocument.text");

        assertThat(official.post(AGREEMENTS + "/" + id + "/transitions", "{\"action\":\"SIGN\"}")
                        .status())
                .isEqualTo(200);
        assertThat(raw(coordinator, path, "application/pdf", disposition, pdf).status())
                .isEqualTo(409);
        JsonArray history = array(official.get(AGREEMENTS + "/" + id + "/history"));
        assertThat(history.getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " " + (e.isNull("comment") ? "" : e.getString("comment")))
                .contains("DECISION_DOCUMENT Khs § 12 päätös.pdf", "DECISION_DOCUMENT päätös.odt");
    }

    private long createProgramme(Api coordinator) {
        var body = Json.createObjectBuilder()
                .add("municipalityCodes", Json.createArrayBuilder(List.of("091")))
                .add("legalBasis", "ACT_681_2023")
                .add("title", "Liitteet (IT)")
                .add("periodStart", "2026-01-01")
                .add("periodEnd", "2029-12-31")
                .build();
        var created = coordinator.post(PROGRAMMES, body.toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((JsonObject) created.json()).getJsonNumber("id").longValue();
    }

    private void submitAndStartReview(Api coordinator, long id) {
        JsonObject programme =
                (JsonObject) coordinator.get(PROGRAMMES + "/" + id).json();
        for (JsonObject section : programme.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            var saved = coordinator.put(
                    PROGRAMMES + "/" + id + "/sections/" + section.getString("key"),
                    Json.createObjectBuilder()
                            .add("fi", "Teksti")
                            .add("sv", "Text")
                            .add("version", programme.getJsonNumber("version").longValue())
                            .build()
                            .toString());
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            programme = (JsonObject) saved.json();
        }
        assertThat(coordinator
                        .post(PROGRAMMES + "/" + id + "/transitions", "{\"action\":\"SUBMIT\"}")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(base, "official.uusimaa")
                        .post(PROGRAMMES + "/" + id + "/transitions", "{\"action\":\"START_REVIEW\"}")
                        .status())
                .isEqualTo(200);
    }

    private static Api.Response raw(Api api, String path, String mediaType, String disposition, byte[] content) {
        var request = api.request(path)
                .header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (disposition != null) {
            request.header("Content-Disposition", disposition);
        }
        return api.send(request);
    }

    private static Api.Response multipart(Api api, String path, String fileName, byte[] content, String description) {
        String boundary = "koto-it-boundary";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        if (description != null) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                            + description)
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static HttpResponse<byte[]> download(Api api, String path) {
        return api.sendForBytes(api.request(path).setHeader("Accept", "*/*").GET());
    }

    private static JsonArray array(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (JsonArray) response.json();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
