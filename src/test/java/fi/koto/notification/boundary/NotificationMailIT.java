package fi.koto.notification.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail as people receive it: a real SMTP server (GreenMail) runs inside this test on the port the server was given
 * through the environment (pom.xml), and every mail is read back from it. Drives the programme review through the
 * REST API as coord.helsinki and official.uusimaa, then runs the overdue digest twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationMailIT {

    static final String PROGRAMMES = "api/v1/programmes";
    static final String OFFICIAL = "official.uusimaa@demo.koto.invalid";
    static final String COORDINATOR = "coord.helsinki@demo.koto.invalid";
    static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
                    Integer.getInteger("koto.it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theReviewCycleMailsTheOtherSideInTheirLanguageAndTheDigestGoesOutOncePerDay() throws Exception {
        Api coordinator = Api.as(base, "coord.helsinki");
        Api official = Api.as(base, "official.uusimaa");
        Api admin = Api.as(base, "admin");
        // The official reads Swedish: their mail must be in Swedish, the coordinator's in Finnish.
        ok(official.put("api/v1/me/language", "{\"language\":\"sv\"}"));
        try {
            String marker = Long.toString(System.nanoTime(), 36);
            String title = "<script>alert('koto')</script> Helsingin ohjelma " + marker;
            long id = createFilledProgramme(coordinator, title);
            String link = "https://koto.example/programmes/view.xhtml?id=" + id;

            // Submitted: the official of the authority serving Helsinki is told, in Swedish, in plain text.
            ok(transition(coordinator, id, "SUBMIT", "Ensimmäinen versio"));
            MimeMessage submitted = awaitMail(OFFICIAL, marker, "inlämnat för granskning");
            assertThat(submitted.getSubject())
                    .isEqualTo("Koto: dokument inlämnat för granskning (Plan för integrationsfrämjande) – " + title);
            assertThat(submitted.getFrom()).extracting(Object::toString).containsExactly("koto@koto.example");
            assertThat(submitted.getRecipients(Message.RecipientType.TO))
                    .extracting(Object::toString)
                    .containsExactly(OFFICIAL);
            assertThat(submitted.getContentType())
                    .containsIgnoringCase("text/plain")
                    .containsIgnoringCase("charset=UTF-8");
            String dueDate =
                    LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(30).toString();
            assertThat(text(submitted))
                    .contains(
                            "Namn: " + title,
                            "Kommuner: Helsingfors",
                            "Kommentar: Ensimmäinen versio",
                            "Öppna dokumentet i Koto:\n" + link)
                    .doesNotContain("&lt;", "<html");
            assertThat(ok(coordinator.get(PROGRAMMES + "/" + id)).getString("reviewDue"))
                    .isEqualTo(dueDate);
            assertThat(mailsTo("official.keskisuomi@demo.koto.invalid", marker)).isEmpty();

            // Changes requested: Helsinki's coordinator is told, in Finnish, with the reason as typed.
            ok(transition(official, id, "START_REVIEW", null));
            ok(transition(official, id, "REQUEST_CHANGES", "Lisätkää <b>mittarit</b>."));
            MimeMessage changes = awaitMail(COORDINATOR, marker, "pyydetään muutoksia");
            assertThat(changes.getSubject())
                    .isEqualTo(
                            "Koto: asiakirjaan pyydetään muutoksia (Kotoutumisen edistämisen suunnitelma) – " + title);
            assertThat(text(changes))
                    .contains(
                            "Olli Virkamies palautti",
                            "Nimi: " + title,
                            "Kunnat: Helsinki",
                            "Pyydetyt muutokset: Lisätkää <b>mittarit</b>.",
                            link);
            assertThat(mailsTo("coord.vantaa@demo.koto.invalid", marker)).isEmpty();

            // Submitted again: the official hears of round 2.
            ok(transition(coordinator, id, "SUBMIT", null));
            assertThat(text(awaitMail(OFFICIAL, marker, "på nytt")))
                    .contains("(omgång 2)", "Kommentar: (ingen kommentar)");

            // Approved: the coordinator is told.
            ok(transition(official, id, "START_REVIEW", null));
            JsonObject programme = ok(official.get(PROGRAMMES + "/" + id));
            for (JsonObject requirement : programme.getJsonArray("checklist").getValuesAs(JsonObject.class)) {
                ok(official.put(
                        PROGRAMMES + "/" + id + "/checklist/" + requirement.getString("key"),
                        "{\"verdict\":\"MEETS\",\"note\":\"ok\"}"));
            }
            ok(transition(official, id, "APPROVE", "Hyväksytty."));
            MimeMessage approved = awaitMail(COORDINATOR, marker, "hyväksyttiin");
            assertThat(approved.getSubject())
                    .isEqualTo("Koto: asiakirja hyväksyttiin (Kotoutumisen edistämisen suunnitelma) – " + title);
            assertThat(text(approved)).contains("Olli Virkamies hyväksyi", "Kommentti: Hyväksytty.", link);
            // A plan under Act 681/2023 is never called by the old names in a mail (docs/domain.md).
            for (MimeMessage mail : List.of(submitted, changes, approved)) {
                String read = (subject(mail) + "\n" + text(mail)).replace(title, "");
                assertThat(fi.koto.platform.i18n.PlanTermsTest.wrongTerms(read))
                        .as(read)
                        .isEmpty();
            }

            // Operations see the four mails as sent; coordinators may not look.
            await().atMost(MAIL_WAIT).untilAsserted(() -> assertThat(outbox(admin, "SENT"))
                    .filteredOn(e -> ("Programme:" + id).equals(e.getString("reference")))
                    .extracting(
                            e -> e.getString("kind") + " " + e.getString("recipient") + " " + e.getString("language"))
                    .containsExactlyInAnyOrder(
                            "PROGRAMME_SUBMITTED official.uusimaa sv",
                            "PROGRAMME_CHANGES_REQUESTED coord.helsinki fi",
                            "PROGRAMME_SUBMITTED official.uusimaa sv",
                            "PROGRAMME_APPROVED coord.helsinki fi"));

            // Adopted: the official hears that the plan is in force, with the decision and the revision day.
            adoptionRecorded(coordinator, id);
            MimeMessage adopted = awaitMail(OFFICIAL, marker, "har antagit");
            assertThat(adopted.getSubject())
                    .isEqualTo("Koto: kommunen har antagit dokumentet (Plan för integrationsfrämjande) – " + title);
            assertThat(text(adopted))
                    .contains(
                            "Helena Koordinaattori registrerade kommunens beslut om antagande.",
                            "Organ som antog det: Kaupunginvaltuusto",
                            "Paragraf i protokollet: Kv § 99",
                            "Öppna dokumentet och beslutet i Koto:\n" + link);
            assertThat(fi.koto.platform.i18n.PlanTermsTest.wrongTerms(
                            (subject(adopted) + "\n" + text(adopted)).replace(title, "")))
                    .isEmpty();
            assertThat(mailsTo(COORDINATOR, marker))
                    .extracting(MimeMessage::getSubject)
                    .noneMatch(s -> s.contains("hyväksyi asiakirjan"));
            await().atMost(MAIL_WAIT).untilAsserted(() -> assertThat(outbox(admin, "SENT"))
                    .filteredOn(e -> ("Programme:" + id).equals(e.getString("reference"))
                            && "PROGRAMME_ADOPTED".equals(e.getString("kind")))
                    .extracting(e -> e.getString("recipient") + " " + e.getString("language"))
                    .containsExactly("official.uusimaa sv"));
            assertThat(coordinator.get("api/v1/notifications").status()).isEqualTo(403);
            assertThat(admin.get("api/v1/notifications?status=LOST").status()).isEqualTo(422);

            digestGoesOutOncePerOfficialPerDay(official, admin);
        } finally {
            ok(official.put("api/v1/me/language", "{\"language\":\"fi\"}"));
        }
    }

    /** The demo data has reviews overdue for both demo officials (submitted 60 days ago, due in 30). */
    /** The council's adoption as a coordinator records it: the minutes as a document, then the decision. */
    private static void adoptionRecorded(Api coordinator, long id) {
        var upload = coordinator.send(coordinator
                .request(PROGRAMMES + "/" + id + "/adoption/document")
                .header("Content-Type", "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"poytakirja.pdf\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(fi.koto.document.control.Samples.pdf())));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        ok(coordinator.post(
                PROGRAMMES + "/" + id + "/adoption",
                Json.createObjectBuilder()
                        .add("decisionBody", "Kaupunginvaltuusto")
                        .add("decisionDate", today.minusDays(1).toString())
                        .add("decisionReference", "Kv § 99")
                        .add("nextRevisionDue", today.plusYears(4).toString())
                        .build()
                        .toString()));
    }

    private void digestGoesOutOncePerOfficialPerDay(Api official, Api admin) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        List<String> overdue = overdueTitles(official, today);
        assertThat(overdue)
                .as("overdue reviews of official.uusimaa in the demo data")
                .isNotEmpty();

        assertThat(official.post("api/v1/notifications/overdue-digest", "").status())
                .isEqualTo(403);
        JsonObject first = ok(admin.post("api/v1/notifications/overdue-digest", ""));
        assertThat(first.getString("day")).isEqualTo(today.toString());
        JsonObject second = ok(admin.post("api/v1/notifications/overdue-digest", ""));
        assertThat(second.getInt("queued")).as("a second run the same day").isZero();
        assertThat(first.getInt("queued")).isGreaterThanOrEqualTo(1);

        MimeMessage digest = await().atMost(MAIL_WAIT)
                .until(() -> digestsTo(OFFICIAL), list -> !list.isEmpty())
                .get(0);
        assertThat(digest.getSubject()).isEqualTo("Koto: försenade granskningar (" + overdue.size() + ")");
        assertThat(text(digest))
                .contains(overdue.toArray(String[]::new))
                .contains("https://koto.example/programmes/index.xhtml");

        // However long we look: one digest per official for the day, never one per overdue programme.
        await().pollDelay(Duration.ofSeconds(3)).atMost(MAIL_WAIT).untilAsserted(() -> {
            Map<String, Long> perPerson = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(NotificationMailIT::isDigest)
                    .collect(Collectors.groupingBy(NotificationMailIT::firstRecipient, Collectors.counting()));
            assertThat(perPerson)
                    .containsEntry(OFFICIAL, 1L)
                    .allSatisfy((person, count) -> assertThat(count).as(person).isEqualTo(1L));
        });
    }

    private long createFilledProgramme(Api coordinator, String title) {
        var request = Json.createObjectBuilder()
                .add("municipalityCodes", Json.createArrayBuilder().add("091"))
                .add("legalBasis", "ACT_681_2023")
                .add("title", title)
                .add("periodStart", "2026-01-01")
                .add("periodEnd", "2029-12-31")
                .build();
        var created = coordinator.post(PROGRAMMES, request.toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject programme = (JsonObject) created.json();
        long id = programme.getJsonNumber("id").longValue();
        for (JsonObject section : programme.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            String key = section.getString("key");
            programme = ok(coordinator.put(
                    PROGRAMMES + "/" + id + "/sections/" + key,
                    Json.createObjectBuilder()
                            .add("fi", "Tavoitteet " + key)
                            .add("sv", "Mål " + key)
                            .add("version", programme.getJsonNumber("version").longValue())
                            .build()
                            .toString()));
        }
        return id;
    }

    private static Api.Response transition(Api api, long id, String action, String comment) {
        var body = Json.createObjectBuilder().add("action", action);
        if (comment != null) {
            body.add("comment", comment);
        }
        return api.post(PROGRAMMES + "/" + id + "/transitions", body.build().toString());
    }

    /** What the official's work queue shows as overdue: submitted or in review, due before today. */
    private static List<String> overdueTitles(Api official, LocalDate today) {
        return List.of("SUBMITTED", "IN_REVIEW").stream()
                .flatMap(status -> ((JsonArray) official.get(PROGRAMMES + "?limit=200&status=" + status)
                                .json())
                        .getValuesAs(JsonObject.class).stream())
                .filter(p -> !p.isNull("reviewDue")
                        && LocalDate.parse(p.getString("reviewDue")).isBefore(today))
                .map(p -> p.getString("title"))
                .toList();
    }

    private static List<JsonObject> outbox(Api admin, String status) {
        var response = admin.get("api/v1/notifications?limit=500&status=" + status);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("X-Total-Count")).isNotNull();
        return ((JsonArray) response.json()).getValuesAs(JsonObject.class);
    }

    private static MimeMessage awaitMail(String address, String marker, String subjectPart) {
        return await().atMost(MAIL_WAIT)
                .until(
                        () -> mailsTo(address, marker).stream()
                                .filter(m -> subject(m).contains(subjectPart))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .get();
    }

    private static List<MimeMessage> mailsTo(String address, String marker) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> address.equals(firstRecipient(m)) && subject(m).contains(marker))
                .toList();
    }

    private static List<MimeMessage> digestsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> address.equals(firstRecipient(m)) && isDigest(m))
                .toList();
    }

    private static boolean isDigest(MimeMessage message) {
        String subject = subject(message);
        return subject.startsWith("Koto: försenade granskningar")
                || subject.startsWith("Koto: myöhässä olevat")
                || subject.startsWith("Koto: overdue reviews");
    }

    private static String firstRecipient(MimeMessage message) {
        return read(m -> m.getRecipients(Message.RecipientType.TO)[0].toString(), message);
    }

    private static String subject(MimeMessage message) {
        return read(MimeMessage::getSubject, message);
    }

    /** The decoded text of a plain-text mail, with line ends as Java writes them. */
    private static String text(MimeMessage message) {
        return read(m -> (String) m.getContent(), message).replace("\r\n", "\n");
    }

    private static <T> T read(MailRead<T> read, MimeMessage message) {
        try {
            return read.apply(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface MailRead<T> {
        T apply(MimeMessage message) throws MessagingException, IOException;
    }

    private static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (JsonObject) response.json();
    }
}
