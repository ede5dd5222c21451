package fi.koto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonArray;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every page of the application, as each role sees it, checked by axe-core for the WCAG 2.1 A and AA rules, and
 * checked for the language attribute and for bundle keys that did not resolve. The journeys check the pages
 * in the middle of a task; this test makes sure no page is forgotten. A new page belongs in {@link #pages}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    /** Page paths per demo user; "{id:STATUS}" is replaced by a programme in that state the user can see. */
    private static Map<String, List<String>> pages() {
        var pages = new LinkedHashMap<String, List<String>>();
        pages.put(
                "coord.helsinki",
                List.of(
                        "index.xhtml",
                        "programmes/index.xhtml",
                        "programmes/new.xhtml",
                        "programmes/view.xhtml?id={id:IN_REVIEW}",
                        "places/index.xhtml",
                        "agreements/index.xhtml",
                        "placements/index.xhtml",
                        "reports/index.xhtml",
                        "accessibility.xhtml"));
        pages.put(
                "coord.vantaa",
                List.of("programmes/view.xhtml?id={id:DRAFT}", "programmes/view.xhtml?id={id:CHANGES_REQUESTED}"));
        pages.put(
                "official.uusimaa",
                List.of(
                        "index.xhtml",
                        "programmes/index.xhtml",
                        "programmes/view.xhtml?id={id:IN_REVIEW}",
                        "programmes/view.xhtml?id={id:SUBMITTED}",
                        "places/index.xhtml",
                        "agreements/index.xhtml",
                        "agreements/new.xhtml",
                        "placements/index.xhtml",
                        "placements/import.xhtml",
                        "placements/utilisation.xhtml",
                        "reports/index.xhtml",
                        "guidelines/index.xhtml",
                        "guidelines/new.xhtml"));
        pages.put(
                "manager",
                List.of(
                        "index.xhtml",
                        "programmes/index.xhtml",
                        "programmes/view.xhtml?id={id:APPROVED}",
                        "programmes/version.xhtml?id={id:APPROVED}&version=1",
                        "reports/index.xhtml"));
        pages.put("admin", List.of("index.xhtml", "admin/users.xhtml", "no-such-page.xhtml"));
        return pages;
    }

    @Test
    void theLoginPageMeetsWcagInEveryLanguage() {
        for (String language : List.of("fi", "sv", "en")) {
            try (var browser = new Browser(base, language)) {
                browser.open("login.xhtml");
                assertThat(browser.htmlLang()).isEqualTo(language);
                browser.assertAccessible("login-" + language);
            }
        }
    }

    /** The public work-permit guidelines, with an occupation's answer, without a login, in every language. */
    @Test
    void thePublicGuidelinesPageMeetsWcagInEveryLanguage() {
        for (String language : List.of("fi", "sv", "en")) {
            try (var browser = new Browser(base, language)) {
                browser.open("public/guidelines.xhtml?occupation=7212&lang=" + language);
                assertThat(browser.htmlLang()).isEqualTo(language);
                browser.assertAccessible("public-guidelines-" + language);
            }
        }
    }

    @Test
    void everyPageEveryRoleSeesMeetsWcag() {
        List<String> failures = new ArrayList<>();
        pages().forEach((user, paths) -> {
            // The language is remembered on the account, and other tests on this database may have changed it.
            assertThat(Api.as(base, user)
                            .put("api/v1/me/language", "{\"language\":\"fi\"}")
                            .status())
                    .isEqualTo(200);
            try (var browser = new Browser(base, "fi")) {
                browser.logIn(user, "demo");
                for (String path : paths) {
                    String resolved = resolve(user, path);
                    browser.open(resolved);
                    browser.waitUntil(d -> d.findElement(By.tagName("footer")).isDisplayed());
                    try {
                        assertThat(browser.htmlLang()).as(resolved).isEqualTo("fi");
                        assertThat(browser.pageText()).as(resolved).doesNotContain("???");
                        browser.assertAccessible(user + "-" + resolved.replaceAll("[^a-z0-9]+", "-"));
                    } catch (AssertionError e) {
                        failures.add(user + " " + resolved + ": " + e.getMessage());
                    }
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void theHomePageMeetsWcagInSwedishAndEnglish() {
        for (String language : List.of("sv", "en")) {
            try (var browser = new Browser(base, language)) {
                browser.logIn("coord.helsinki", "demo");
                browser.clickAndWaitForPage(By.cssSelector(".koto-languages a[lang='" + language + "']"));
                browser.waitUntil(d -> language.equals(browser.htmlLang()));
                browser.assertAccessible("home-" + language);
                browser.open("programmes/index.xhtml");
                browser.waitUntil(d -> browser.pageText().contains("(091)"));
                assertThat(browser.pageText())
                        .as("a municipality is named in the page's language")
                        .contains(language.equals("sv") ? "Helsingfors (091)" : "Helsinki (091)");
            } finally {
                Api.as(base, "coord.helsinki").put("api/v1/me/language", "{\"language\":\"fi\"}");
            }
        }
    }

    private String resolve(String user, String path) {
        int start = path.indexOf("{id:");
        if (start < 0) {
            return path;
        }
        String status = path.substring(start + 4, path.indexOf('}', start));
        JsonArray programmes = (JsonArray)
                Api.as(base, user).get("api/v1/programmes?status=" + status).json();
        assertThat(programmes)
                .as("demo data has a %s programme %s can see", status, user)
                .isNotEmpty();
        long id = programmes.getJsonObject(0).getJsonNumber("id").longValue();
        return path.replace("{id:" + status + "}", String.valueOf(id));
    }
}
