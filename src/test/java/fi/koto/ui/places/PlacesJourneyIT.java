package fi.koto.ui.places;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The places round in the pages: the official of Uusimaa opens a round four years ahead, reminds everyone and asks
 * Vantaa for extra places; Vantaa's coordinator answers with one number per target group, meets a stale form
 * (the message names who changed the answer) and accepts extra places; the official closes the round.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlacesJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    private static final int YEAR = TODAY.getYear() + 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void aRoundIsOpenedAnsweredAndClosedInThePages(TestInfo test) {
        String[] round = new String[1];
        String[] extra = new String[1];
        try (var official = new Browser(base, "fi")) {
            journey(official, test, () -> {
                official.logIn("official.uusimaa", "demo");
                official.click(By.linkText("Kuntapaikat"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/places/index.xhtml"));
                assertThat(official.find(By.id("rounds")).getText()).contains(String.valueOf(TODAY.getYear() + 1));
                official.type(By.id("newRound:year"), String.valueOf(YEAR));
                official.type(
                        By.id("newRound:deadline_input"), TODAY.plusDays(20).toString());
                official.type(By.id("newRound:caseReference"), "UUDELY/journey");
                official.clickAndWaitForPage(By.id("newRound:open"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/places/round.xhtml?id="));
                round[0] = official.url().substring(official.url().indexOf("places/"));
                assertThat(official.find(By.id("messages")).getText()).contains("Kuntapaikkakierros avattiin.");
                assertThat(official.find(By.id("status")).getText()).isEqualTo("Avoinna");
                assertThat(official.find(By.id("municipalities")).getText()).contains("Vantaa (092)", "Vastaamatta");
                official.clickAndWaitForPage(By.id("roundActions:remind"));
                assertThat(official.find(By.id("messages")).getText()).contains("Muistutusta pyydettiin");
                assertThat(official.find(By.id("reminders")).getText()).contains("official.uusimaa", "092");
                official.checkpoint("places-round-official-fi");

                official.open("places/index.xhtml");
                choose(official, "newExtra:agreement", "Vantaa (092)");
                official.type(By.id("newExtra:extraYear"), String.valueOf(YEAR));
                choose(official, "newExtra:group", "Tilapäistä suojelua saavat, joilla kotikunta");
                official.type(By.id("newExtra:persons"), "15");
                official.type(By.id("newExtra:reason"), "Vastaanottokeskukset ovat täynnä.");
                official.clickAndWaitForPage(By.id("newExtra:requestExtra"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/places/extra.xhtml?agreement="));
                extra[0] = official.url().substring(official.url().indexOf("places/"));
                assertThat(official.find(By.id("status")).getText()).isEqualTo("Odottaa vastausta");
            });
        }

        try (var coordinator = new Browser(base, "fi")) {
            journey(coordinator, test, () -> {
                coordinator.logIn("coord.vantaa", "demo");
                coordinator.open("places/index.xhtml");
                assertThat(coordinator.find(By.id("requests")).getText()).contains(String.valueOf(YEAR), "Vantaa");
                coordinator.open(round[0]);
                assertThat(coordinator.find(By.id("answerHeading")).getText()).contains("Vantaa (092)");
                for (int i = 0; i < 6; i++) {
                    coordinator.type(By.id("answer:groups:" + i + ":count"), String.valueOf(10 + i));
                }
                coordinator.type(By.id("answer:decisionBody"), "Kaupunginhallitus");
                coordinator.type(By.id("answer:decisionReference"), "Khs § 77");
                coordinator.clickAndWaitForPage(By.id("answer:save"));
                assertThat(coordinator.find(By.id("messages")).getText()).contains("Vastaus tallennettiin.");
                assertThat(coordinator.find(By.id("answerState")).getText()).contains("Vastattu", "coord.vantaa");
                assertThat(coordinator.find(By.id("answeredCount")).getText()).contains("1/1");
                coordinator.checkpoint("places-answer-coordinator-fi");

                // Meanwhile the official records a correction that came by letter: the open form is stale.
                correctAsOfficial(round[0]);
                coordinator.type(By.id("answer:groups:0:count"), "99");
                coordinator.clickAndWaitForPage(By.id("answer:save"));
                assertThat(coordinator.find(By.id("messages")).getText())
                        .contains("official.uusimaa muutti kunnan 092 vastausta ensin");
                assertThat(coordinator.find(By.id("answer:groups:0:count")).getAttribute("value"))
                        .as("what was typed stays")
                        .isEqualTo("99");

                coordinator.open(extra[0]);
                coordinator.type(By.id("response:accepted"), "12");
                coordinator.type(By.id("response:decisionReference"), "Khs § 78");
                coordinator.clickAndWaitForPage(By.id("response:send"));
                assertThat(coordinator.find(By.id("status")).getText()).isEqualTo("Vastattu");
                assertThat(coordinator.find(By.id("accepted")).getText()).isEqualTo("12");
            });
        }

        try (var official = new Browser(base, "fi")) {
            journey(official, test, () -> {
                official.logIn("official.uusimaa", "demo");
                official.open(round[0]);
                assertThat(official.find(By.id("municipalities")).getText()).contains("Vastattu");
                official.clickAndWaitForPage(By.id("roundActions:close"));
                assertThat(official.find(By.id("status")).getText()).isEqualTo("Suljettu");
                assertThat(official.driver().findElements(By.id("roundActions:remind")))
                        .isEmpty();
            });
        }
    }

    private static void choose(Browser browser, String id, String label) {
        new Select(browser.find(By.id(id))).selectByVisibleText(label);
    }

    private void correctAsOfficial(String roundPath) {
        String id = roundPath.replaceAll(".*id=([0-9]+).*", "$1");
        Api official = Api.as(base, "official.uusimaa");
        JsonObject vantaa = ((JsonObject)
                        official.get("api/v1/places-rounds/" + id).json())
                .getJsonArray("municipalities").getValuesAs(JsonObject.class).stream()
                        .filter(m -> m.getString("municipalityCode").equals("092"))
                        .findFirst()
                        .orElseThrow();
        var corrected = official.put(
                "api/v1/places-rounds/" + id + "/answers/092",
                "{\"places\":{\"QUOTA_REFUGEE\":8},\"version\":%d}"
                        .formatted(vantaa.getJsonNumber("version").longValue()));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
    }

    private static void journey(Browser browser, TestInfo test, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            browser.saveFailure(test.getDisplayName().replaceAll("\\W+", "_"));
            throw e;
        }
    }
}
