package fi.koto.ui.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.document.control.Samples;
import fi.koto.it.Api;
import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The municipality's adoption as a coordinator records it in the pages, in Finnish and in Swedish: the review was
 * accepted (set up over REST), the coordinator uploads the decision, fills the decision's body, date, minutes
 * section and the next revision day, and the plan is in force. The plans are of Hyvinkää (106) with a coordinator
 * made for the test, so that the adoption supersedes no other test's programme.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdoptionJourneyIT {

    private static final String PASSWORD = "a-long-enough-password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void aCoordinatorRecordsTheAdoptionInFinnish() throws IOException {
        journey("fi", "Kaupunginvaltuusto", "Kunnan hyväksymä, voimassa", "Hyväksymispäätöksen asiakirja");
    }

    @Test
    void aCoordinatorRecordsTheAdoptionInSwedish() throws IOException {
        journey("sv", "Stadsfullmäktige", "Antaget av kommunen, i kraft", "Dokument om beslutet om antagande");
    }

    private void journey(String language, String body, String inForce, String documentHeading) throws IOException {
        String coordinator = coordinator(language);
        long id = accepted(coordinator, "Adoption journey " + language + " " + UUID.randomUUID());
        Path minutes = Files.write(files.resolve("poytakirja-" + language + ".pdf"), Samples.pdf());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        try (var browser = new Browser(base, language)) {
            try {
                browser.logIn(coordinator, PASSWORD);
                browser.open("programmes/view.xhtml?id=" + id);
                assertThat(browser.find(By.id("adoptionDocumentHeading")).getText())
                        .isEqualTo(documentHeading);
                browser.checkpoint("programme-adoption-" + language);

                // Without the document the step is refused with every reason, and what was typed stays.
                browser.type(By.id("adoptionForm:decisionBody"), body);
                browser.clickAndWaitForPage(By.id("adoptionForm:adopt"));
                assertThat(browser.find(By.id("adoptionForm:decisionBody")).getAttribute("value"))
                        .isEqualTo(body);
                assertThat(browser.find(By.id("status")).getText()).isNotEqualTo(inForce);

                browser.find(By.cssSelector("#adoptionDocumentUpload input[type='file']"))
                        .sendKeys(minutes.toString());
                browser.clickAndWaitForPage(By.id("adoptionDocumentUpload:upload"));
                assertThat(browser.find(By.id("adoptionDocumentList:documents")).getText())
                        .contains(minutes.getFileName().toString());

                browser.type(By.id("adoptionForm:decisionBody"), body);
                browser.type(
                        By.id("adoptionForm:decisionDate_input"),
                        today.minusDays(2).toString());
                browser.type(By.id("adoptionForm:decisionReference"), "§ 42");
                browser.type(
                        By.id("adoptionForm:nextRevisionDue_input"),
                        today.plusYears(4).toString());
                browser.clickAndWaitForPage(By.id("adoptionForm:adopt"));
                browser.waitUntil(d -> d.findElement(By.id("status")).getText().equals(inForce));
                assertThat(browser.find(By.id("adoption")).getText()).contains(body, "§ 42");
                assertThat(browser.find(By.id("revisionDue")).getText()).isNotBlank();
                assertThat(browser.driver().findElements(By.id("adoptionForm"))).isEmpty();
                browser.checkpoint("programme-adopted-" + language);
            } catch (RuntimeException | AssertionError e) {
                browser.saveFailure("adoption-journey-" + language);
                throw e;
            }
        }
    }

    /** A coordinator of Hyvinkää who reads Koto in the language (the account's language wins over the browser's). */
    private String coordinator(String language) {
        String username = "coord.journey." + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"%s","role":"COORDINATOR",
                 "displayName":"Adoption journey","language":"%s","municipalityCodes":["106"]}""".formatted(username, PASSWORD, language));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    /** A plan under Act 681/2023 of Hyvinkää, filled, submitted, reviewed and accepted over REST. */
    private long accepted(String coordinator, String title) {
        var api = Api.as(base, coordinator, PASSWORD);
        var official = Api.as(base, "official.uusimaa");
        var created = api.post("api/v1/programmes", """
                {"municipalityCodes":["106"],"legalBasis":"ACT_681_2023","title":"%s",
                 "periodStart":"2026-01-01","periodEnd":"2029-12-31"}""".formatted(title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject p = (JsonObject) created.json();
        long id = p.getJsonNumber("id").longValue();
        for (JsonObject section : p.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            var saved = api.put(
                    "api/v1/programmes/" + id + "/sections/" + section.getString("key"),
                    "{\"fi\":\"Teksti\",\"version\":" + p.getJsonNumber("version") + "}");
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            p = (JsonObject) saved.json();
        }
        assertThat(api.post("api/v1/programmes/" + id + "/transitions", "{\"action\":\"SUBMIT\"}")
                        .status())
                .isEqualTo(200);
        var review = official.post("api/v1/programmes/" + id + "/transitions", "{\"action\":\"START_REVIEW\"}");
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        for (JsonObject requirement :
                ((JsonObject) review.json()).getJsonArray("checklist").getValuesAs(JsonObject.class)) {
            assertThat(official.put(
                                    "api/v1/programmes/" + id + "/checklist/" + requirement.getString("key"),
                                    "{\"verdict\":\"MEETS\"}")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(official.post("api/v1/programmes/" + id + "/transitions", "{\"action\":\"APPROVE\"}")
                        .status())
                .isEqualTo(200);
        return id;
    }
}
