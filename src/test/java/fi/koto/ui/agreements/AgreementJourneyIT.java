package fi.koto.ui.agreements;

import static fi.koto.ui.Pages.assertLanguageAndNoMissingKeys;
import static fi.koto.ui.Pages.choose;
import static fi.koto.ui.Pages.journey;
import static fi.koto.ui.Pages.screenshotAt;
import static fi.koto.ui.Pages.waitForMessage;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
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

/**
 * A placement agreement through its life in the pages: the official of Uusimaa drafts one with Vantaa, is told to
 * record the consultation before sending, records it, sets places and sends it; Vantaa's coordinator records the
 * council's decision; both change the places at the same time and the later save is refused naming the first,
 * without losing what was typed; the official signs; the timeline shows every step and change, who and when.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgreementJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    private static final String COMMENT = "Lähetetään kaupunginhallituksen käsittelyyn " + System.nanoTime() % 100000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private static void waitForStatus(Browser browser, String text) {
        browser.waitUntil(d -> d.findElement(By.id("status")).getText().equals(text));
    }

    @Test
    void anAgreementIsDraftedSentDecidedSignedAndItsPlacesChangedInThePages(TestInfo test) {
        String[] agreementUrl = new String[1];
        try (var official = new Browser(base, "fi");
                var coordinator = new Browser(base, "fi")) {
            journey(official, test, () -> {
                official.logIn("official.uusimaa", "demo");
                official.click(By.linkText("Sopimukset"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/agreements/index.xhtml"));
                assertThat(official.find(By.id("agreements:table")).getText())
                        .contains("Helsinki (091)", "Vantaa (092)")
                        .doesNotContain("Jyväskylä");
                assertLanguageAndNoMissingKeys(official, "fi");
                official.checkpoint("agreements-list-fi");

                official.click(By.id("newAgreement"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/agreements/new.xhtml"));
                assertLanguageAndNoMissingKeys(official, "fi");
                choose(official, "agreement:municipality", "Vantaa (092)");
                official.clickAndWaitForPage(By.id("agreement:create"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/agreements/view.xhtml?id="));
                agreementUrl[0] = official.url().substring(official.url().indexOf("agreements/"));
                waitForStatus(official, "Luonnos");
                waitForMessage(official, "Sopimus laadittu.");

                official.clickAndWaitForPage(By.id("steps:send"));
                waitForMessage(official, "Kirjaa hyvinvointialueen kuuleminen ennen");
                waitForStatus(official, "Luonnos");

                official.type(
                        By.id("steps:consultedOn_input"), TODAY.minusDays(10).toString());
                official.clickAndWaitForPage(By.id("steps:recordConsultation"));
                waitForMessage(official, "Kuuleminen kirjattu.");
                assertThat(official.find(By.id("consulted")).getText()).isNotEqualTo("Ei vielä");

                official.type(By.id("places:placesTable:0:count"), "25");
                official.type(By.id("places:placesTable:2:count"), "40");
                official.clickAndWaitForPage(By.id("places:savePlaces"));
                waitForMessage(official, "Vuoden " + TODAY.getYear() + " kuntapaikat tallennettu.");
                assertThat(official.find(By.id("places:placesTable:0:count")).getAttribute("value"))
                        .isEqualTo("25");

                official.type(By.id("steps:comment"), COMMENT);
                official.clickAndWaitForPage(By.id("steps:send"));
                waitForStatus(official, "Lähetetty kunnalle");
                assertThat(official.driver().findElements(By.id("steps:recordDecision")))
                        .as("the decision is the coordinator's step")
                        .isEmpty();
                official.checkpoint("agreement-sent-fi");
            });

            journey(coordinator, test, () -> {
                coordinator.logIn("coord.vantaa", "demo");
                coordinator.open("agreements/index.xhtml");
                choose(coordinator, "agreements:status", "Lähetetty kunnalle");
                String id = agreementUrl[0].substring(agreementUrl[0].indexOf("id=") + 3);
                coordinator.click(By.linkText("Sopimus " + id));
                waitForStatus(coordinator, "Lähetetty kunnalle");
                assertThat(coordinator.driver().findElements(By.id("steps:sign")))
                        .isEmpty();
                coordinator.type(By.id("steps:decisionBody"), "Kaupunginhallitus");
                coordinator.type(
                        By.id("steps:decisionDate_input"), TODAY.minusDays(2).toString());
                coordinator.clickAndWaitForPage(By.id("steps:recordDecision"));
                waitForMessage(coordinator, "Kenttä Pöytäkirjaviite on pakollinen");
                assertThat(coordinator.find(By.id("steps:decisionBody")).getAttribute("value"))
                        .as("what was typed stays")
                        .isEqualTo("Kaupunginhallitus");
                coordinator.type(By.id("steps:decisionReference"), "Khs " + TODAY.minusDays(2) + " § 401");
                coordinator.clickAndWaitForPage(By.id("steps:recordDecision"));
                waitForStatus(coordinator, "Kunnan päätös kirjattu");
                assertThat(coordinator.find(By.id("decision")).getText()).contains("Kaupunginhallitus", "§ 401");
                coordinator.checkpoint("agreement-decision-recorded-fi");
            });

            // Both have the places form open; the official saves first, the coordinator's save is then stale.
            journey(official, test, () -> {
                official.open(agreementUrl[0]);
                waitForStatus(official, "Kunnan päätös kirjattu");
                official.type(By.id("places:placesTable:5:count"), "7");
                official.clickAndWaitForPage(By.id("places:savePlaces"));
                waitForMessage(official, "kuntapaikat tallennettu");
            });
            journey(coordinator, test, () -> {
                coordinator.type(By.id("places:placesTable:0:count"), "30");
                coordinator.clickAndWaitForPage(By.id("places:savePlaces"));
                waitForMessage(
                        coordinator, "official.uusimaa muutti vuoden " + TODAY.getYear() + " kuntapaikkoja ensin");
                assertThat(coordinator.find(By.id("places:placesTable:0:count")).getAttribute("value"))
                        .as("nothing typed is lost")
                        .isEqualTo("30");
                assertThat(coordinator.find(By.id("places:placesTable")).getText())
                        .contains("Toisen tallentamat välillä");
                coordinator.checkpoint("agreement-places-stale-fi");
                coordinator.type(By.id("places:placesTable:5:count"), "7");
                coordinator.clickAndWaitForPage(By.id("places:savePlaces"));
                waitForMessage(coordinator, "kuntapaikat tallennettu");
                assertThat(coordinator.find(By.id("places:placesTable:0:count")).getAttribute("value"))
                        .isEqualTo("30");
            });

            journey(official, test, () -> {
                official.open(agreementUrl[0]);
                official.clickAndWaitForPage(By.id("steps:sign"));
                waitForStatus(official, "Allekirjoitettu ja voimassa");
                waitForMessage(official, "Allekirjoitus kirjattu");
                assertThat(official.find(By.id("signed")).getText()).isNotEqualTo("Ei vielä");
                assertThat(official.pageText()).contains("Uudenmaan elinvoimakeskus (EVK01)");

                assertThat(official.find(By.id("utilisation")).getText())
                        .contains("Käyttöaste", "Poikkea")
                        .containsAnyOf("Odotetusti", "Poikkeaa selvästi");
                assertThat(official.find(By.id("compensation")).getText())
                        .contains("Laskennallisen korvauksen arvio", "Miten arvio laskettiin", "€");

                String timeline = official.find(By.id("timeline")).getText();
                assertThat(timeline)
                        .contains(
                                "Laadittu",
                                "Hyvinvointialueen kuuleminen kirjattu",
                                "Kuntapaikkoja muutettu",
                                "Lähetetty kunnalle",
                                "Kunnan päätös kirjattu",
                                "Allekirjoitettu",
                                "official.uusimaa",
                                "coord.vantaa",
                                COMMENT,
                                "Kiintiöpakolaiset 0 → 25",
                                "Kiintiöpakolaiset 25 → 30",
                                "Perheenjäsenet 0 → 7");
                assertLanguageAndNoMissingKeys(official, "fi");
                official.checkpoint("agreement-signed-fi");
                screenshotAt(official, By.id("placesHeading"), "agreement-places-utilisation-fi");
                screenshotAt(official, By.id("compensation"), "agreement-compensation-fi");
                screenshotAt(official, By.id("timeline"), "agreement-timeline-fi");

                assertThat(official.driver().findElements(By.id("steps:terminate")))
                        .isNotEmpty();
            });
        }
    }
}
