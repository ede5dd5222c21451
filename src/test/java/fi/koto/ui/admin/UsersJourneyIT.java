package fi.koto.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import fi.koto.it.WebSession;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An administrator creates an account in the browser; the new person logs in and sees their municipality. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorCreatesACoordinatorWhoThenSeesTheirMunicipality(TestInfo test) {
        String username = "coord.new" + Long.toString(System.nanoTime() % 100000, 36);
        try (var browser = new Browser(base, "fi")) {
            try {
                browser.logIn("admin", "demo");
                browser.click(By.linkText("Käyttäjät"));
                browser.waitUntil(d -> d.getCurrentUrl().contains("/admin/users.xhtml"));
                browser.type(By.id("newUser:username"), username);
                browser.type(By.id("newUser:displayName"), "Uusi Koordinaattori");
                browser.type(By.id("newUser:email"), "uusi@vantaa.invalid");
                var municipalities = new Select(browser.find(By.id("newUser:municipalities")));
                municipalities.selectByVisibleText("Vantaa (092)");
                assertThat(municipalities.getAllSelectedOptions())
                        .extracting(WebElement::getText)
                        .containsExactly("Vantaa (092)");
                browser.type(By.id("newUser:password"), "a-long-enough-password");
                browser.checkpoint("admin-users-fi");
                browser.click(By.id("newUser:create"));
                browser.waitUntil(
                        d -> d.findElement(By.id("messages")).getText().contains(username));
                assertThat(browser.find(By.id("accounts:table")).getText()).contains(username, "092");
            } catch (RuntimeException | AssertionError e) {
                browser.saveFailure(test.getDisplayName().replaceAll("\\W+", "_"));
                throw e;
            }
        }
        try (var browser = new Browser(base, "fi")) {
            browser.logIn(username, "a-long-enough-password");
            assertThat(browser.pageText()).contains("Uusi Koordinaattori", "Vantaa (092)");
            assertThat(browser.driver().findElements(By.linkText("Käyttäjät")))
                    .as("no administration link")
                    .isEmpty();
        }
    }

    @Test
    void theAdministrationPageIsClosedToOtherRoles() {
        var session = new WebSession(base);
        session.login("coord.helsinki", "demo");
        var page = session.get("admin/users.xhtml");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Ei sallittu");
    }
}
