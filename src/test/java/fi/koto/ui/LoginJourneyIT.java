package fi.koto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What a person does first: log in, see who they are and what they may see, switch language, log out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private static void journey(Browser browser, TestInfo test, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            browser.saveFailure(test.getDisplayName().replaceAll("\\W+", "_"));
            throw e;
        }
    }

    @Test
    void aCoordinatorLogsInInFinnishSeesTheirMunicipalitySwitchesToSwedishAndLogsOut(TestInfo test) {
        try (var browser = new Browser(base, "fi")) {
            journey(browser, test, () -> {
                browser.logIn("coord.helsinki", "demo");
                assertThat(browser.htmlLang()).isEqualTo("fi");
                assertThat(browser.pageText())
                        .contains("Tervetuloa, Helena Koordinaattori", "Helsinki (091)", "Uudenmaan elinvoimakeskus");
                assertThat(browser.find(By.id("municipalities:table_data")).findElements(By.tagName("tr")))
                        .hasSize(1);
                browser.checkpoint("home-coordinator-fi");

                browser.click(By.linkText("Svenska"));
                browser.waitUntil(
                        d -> "sv".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                assertThat(browser.pageText()).contains("Välkommen", "Helsingfors", "Nylands livskraftscentral");

                browser.click(By.cssSelector("#logoutForm input[type=submit]"));
                browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
                browser.open("index.xhtml");
                browser.waitUntil(d -> d.getCurrentUrl().contains("/login.xhtml"));
            });
        }
    }

    @Test
    void anOfficialChoosesEnglishSearchesTheirMunicipalitiesAndTheChoiceIsRemembered(TestInfo test) {
        try (var browser = new Browser(base, "fi")) {
            journey(browser, test, () -> {
                browser.open("login.xhtml");
                assertThat(browser.htmlLang()).isEqualTo("fi");
                browser.click(By.linkText("English"));
                browser.waitUntil(
                        d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                browser.checkpoint("login-en");
                browser.logIn("official.keskisuomi", "demo");
                assertThat(browser.htmlLang()).isEqualTo("en");
                assertThat(browser.pageText())
                        .contains("Municipalities served by", "Central Finland Economic Development Centre");
                assertThat(browser.find(By.cssSelector(".ui-paginator-current")).getText())
                        .contains("22");

                browser.type(By.id("municipalities:search"), "Jyv");
                browser.waitUntil(d -> d.findElements(By.cssSelector("#municipalities\\:table_data tr"))
                                .size()
                        == 1);
                assertThat(browser.find(By.id("municipalities:table_data")).getText())
                        .contains("179", "Jyväskylä");
                browser.checkpoint("home-official-en");
            });
        }
        try (var browser = new Browser(base, "fi")) {
            journey(browser, test, () -> {
                browser.logIn("official.keskisuomi", "demo");
                assertThat(browser.htmlLang()).as("remembered on the account").isEqualTo("en");
            });
        } finally {
            Api.as(base, "official.keskisuomi").put("api/v1/me/language", "{\"language\":\"fi\"}");
        }
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheLoginPageWithAClearMessage(TestInfo test) {
        try (var browser = new Browser(base, "sv")) {
            journey(browser, test, () -> {
                browser.submitLogin("coord.vantaa", "wrong password");
                browser.find(By.cssSelector(".koto-message-error"));
                assertThat(browser.pageText()).contains("Användarnamnet eller lösenordet är fel");
                assertThat(browser.url()).contains("/login.xhtml");
            });
        }
    }
}
