package fi.koto.ui.programmes;

import static fi.koto.ui.Pages.assertLanguageAndNoMissingKeys;
import static fi.koto.ui.Pages.journey;
import static fi.koto.ui.Pages.waitForMessage;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Sharing a draft for guidance as people do it in the pages, in Finnish and in Swedish (issue 16 item 5;
 * docs/domain.md "Sharing drafts for guidance"): a coordinator creates a draft, which the official of the authority
 * serving the municipality neither finds in the list nor can open (the 404 page); the coordinator shares it, the
 * official finds it in the work queue marked shared, opens it and leaves a guidance note on a section, which the
 * coordinator then reads; the coordinator stops sharing and the official gets the 404 page again. The timeline
 * shows the three steps and the audit trail has one record of each. The plans are of Vaasa (905) and Pietarsaari
 * (598), both bilingual, with the Pohjanmaa authority (EVK08) and accounts made for the test, so that no other
 * test's drafts are concerned; the Swedish accounts read Koto in Swedish.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DraftSharingJourneyIT {

    private static final String PASSWORD = "a-long-enough-password";
    private static final String AUTHORITY = "EVK08";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void aDraftIsSharedGuidedAndUnsharedInFinnish(TestInfo test) {
        walk(
                test,
                SupportedLanguage.FI,
                "905",
                "Ohjaukseen jaettu luonnos",
                "Tavoitteille kannattaa lisätä lähtötaso.");
    }

    @Test
    void aDraftIsSharedGuidedAndUnsharedInSwedish(TestInfo test) {
        walk(
                test,
                SupportedLanguage.SV,
                "598",
                "Utkast delat för handledning",
                "Lägg gärna till en utgångsnivå för målen.");
    }

    private void walk(TestInfo test, SupportedLanguage language, String municipality, String name, String note) {
        String lang = language.code();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String coordinator =
                user("coord.share." + run, "COORDINATOR", lang, "\"municipalityCodes\":[\"" + municipality + "\"]");
        String official = user("official.share." + run, "OFFICIAL", lang, "\"authorityCode\":\"" + AUTHORITY + "\"");
        String title = name + " " + run;
        long[] id = new long[1];
        String[] label = new String[1];
        String reason = "fi".equals(lang) ? "Jatkamme valmistelua itse." : "Vi fortsätter beredningen själva.";
        try (var coord = new Browser(base, lang);
                var guide = new Browser(base, lang)) {
            journey(coord, test, () -> {
                coord.logIn(coordinator, PASSWORD);
                coord.open("programmes/new.xhtml");
                assertLanguageAndNoMissingKeys(coord, lang);
                coord.type(By.id("programme:title"), title);
                coord.type(By.id("programme:periodStart_input"), "2026-01-01");
                coord.type(By.id("programme:periodEnd_input"), "2029-12-31");
                coord.clickAndWaitForPage(By.id("programme:create"));
                coord.waitUntil(d -> d.getCurrentUrl().contains("/programmes/view.xhtml?id="));
                id[0] = Long.parseLong(coord.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
                var created = Api.as(base, coordinator, PASSWORD).get("api/v1/programmes/" + id[0]);
                assertThat(created.status()).as(created.toString()).isEqualTo(200);
                assertThat(((JsonObject) created.json()).getString("legalBasis"))
                        .isEqualTo("ACT_681_2023");
                assertThat(coord.find(By.id("status")).getText()).isEqualTo(text(language, "programme.status.DRAFT"));
                assertThat(coord.find(By.id("sharing")).getText())
                        .isEqualTo(text(language, "programmePage.guidance.private"));
                assertLanguageAndNoMissingKeys(coord, lang);
                coord.checkpoint("programme-private-draft-" + lang);
            });
            String page = "programmes/view.xhtml?id=" + id[0];

            journey(guide, test, () -> {
                guide.logIn(official, PASSWORD);
                assertNotFound(guide, language, page, title);
                guide.open("programmes/index.xhtml");
                guide.find(By.id("queue:table"));
                assertThat(guide.driver().findElements(By.linkText(title)))
                        .as("a private draft is not in the official's list")
                        .isEmpty();
            });

            journey(coord, test, () -> {
                coord.open(page);
                coord.clickAndWaitForPage(By.id("sharingForm:share"));
                waitForMessage(coord, text(language, "programmePage.shared"));
                assertThat(coord.find(By.id("status")).getText()).isEqualTo(text(language, "programme.status.DRAFT"));
                assertThat(coord.find(By.id("sharing")).getText())
                        .startsWith(text(language, "programmePage.guidance.shared")
                                .substring(
                                        0,
                                        text(language, "programmePage.guidance.shared")
                                                .indexOf("{0}")));
                assertThat(coord.driver().findElements(By.id("sharingForm:unshare")))
                        .hasSize(1);
            });

            journey(guide, test, () -> {
                guide.open("programmes/index.xhtml");
                var row = guide.find(By.xpath("//tr[.//a[normalize-space(.)=\"" + title + "\"]]"));
                assertThat(row.getText())
                        .contains(
                                text(language, "programme.status.DRAFT"),
                                text(language, "programmes.sharedForGuidance"));
                assertLanguageAndNoMissingKeys(guide, lang);
                guide.clickAndWaitForPage(By.linkText(title));
                guide.waitUntil(d -> d.getCurrentUrl().contains(page));
                assertThat(guide.find(By.id("programmeTitle")).getText()).isEqualTo(title);
                assertThat(guide.find(By.id("guidanceHeading")).getText())
                        .isEqualTo(text(language, "programmePage.guidance"));
                assertThat(guide.driver().findElements(By.id("sharingForm")))
                        .as("an official does not share or unshare")
                        .isEmpty();
                var section = new Select(guide.find(By.id("guidanceForm:guidanceSection")));
                section.selectByIndex(1);
                label[0] = section.getFirstSelectedOption().getText();
                guide.type(By.id("guidanceForm:guidanceText"), note);
                guide.clickAndWaitForPage(By.id("guidanceForm:addGuidance"));
                waitForMessage(guide, text(language, "programmePage.guidanceAdded"));
                assertThat(guide.find(By.id("guidanceNotes")).getText()).contains(label[0], note);
                assertLanguageAndNoMissingKeys(guide, lang);
                guide.checkpoint("programme-guidance-official-" + lang);
            });

            journey(coord, test, () -> {
                coord.open(page);
                assertThat(coord.find(By.id("guidanceNotes")).getText()).contains(label[0], note);
                assertThat(coord.driver().findElements(By.id("guidanceForm")))
                        .as("a coordinator does not write guidance notes")
                        .isEmpty();
                assertLanguageAndNoMissingKeys(coord, lang);
                coord.checkpoint("programme-guidance-coordinator-" + lang);
                coord.type(By.id("sharingForm:unshareComment"), reason);
                coord.clickAndWaitForPage(By.id("sharingForm:unshare"));
                waitForMessage(coord, text(language, "programmePage.unshared"));
                assertThat(coord.find(By.id("sharing")).getText())
                        .isEqualTo(text(language, "programmePage.guidance.private"));
                assertThat(coord.find(By.id("guidanceNotes")).getText())
                        .as("the notes stay for the municipality")
                        .contains(note);
                String timeline = coord.find(By.id("timeline")).getText();
                assertThat(timeline)
                        .contains(
                                text(language, "programme.action.SHARE"),
                                text(language, "programme.action.GUIDANCE_NOTE"),
                                text(language, "programme.action.UNSHARE"),
                                note,
                                reason);
                assertLanguageAndNoMissingKeys(coord, lang);
            });

            journey(guide, test, () -> {
                assertNotFound(guide, language, page, title);
                guide.open("programmes/index.xhtml");
                guide.find(By.id("queue:table"));
                assertThat(guide.driver().findElements(By.linkText(title))).isEmpty();
            });
        }

        List<String> actions = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        for (JsonObject a : auditOf(id[0])) {
            actions.add(a.getString("action"));
            actors.add(a.getString("action") + " " + a.getString("actor"));
        }
        assertThat(actions).containsOnlyOnce("PROGRAMME_SHARED", "PROGRAMME_GUIDANCE_NOTE", "PROGRAMME_UNSHARED");
        assertThat(actors)
                .contains(
                        "PROGRAMME_SHARED " + coordinator,
                        "PROGRAMME_GUIDANCE_NOTE " + official,
                        "PROGRAMME_UNSHARED " + coordinator);
    }

    /** The page of a private draft is the 404 page, in the reader's language, and does not reveal the title. */
    private static void assertNotFound(Browser browser, SupportedLanguage language, String page, String title) {
        browser.open(page);
        browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals(text(language, "error.404.title")));
        assertThat(browser.driver().getPageSource()).doesNotContain(title);
        assertThat(browser.driver().findElements(By.id("guidance"))).isEmpty();
        assertLanguageAndNoMissingKeys(browser, language.code());
    }

    /** The audit records of the programme, read page by page through the administrators' audit API. */
    private List<JsonObject> auditOf(long id) {
        var admin = Api.as(base, "admin");
        List<JsonObject> records = new ArrayList<>();
        for (int offset = 0; offset < 5000; offset += 200) {
            var answer = admin.get("api/v1/audit?offset=" + offset + "&limit=200");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            List<JsonObject> page = ((JsonArray) answer.json()).getValuesAs(JsonObject.class);
            page.stream()
                    .filter(a -> "Programme".equals(a.getString("subjectType", null))
                            && String.valueOf(id).equals(a.getString("subjectId", null)))
                    .forEach(records::add);
            if (page.size() < 200) {
                break;
            }
        }
        return records;
    }

    /** An account made through the admin API, reading Koto in the language (the account's language wins). */
    private String user(String username, String role, String language, String scope) {
        var created = Api.as(base, "admin")
                .post("api/v1/users", """
                {"username":"%s","password":"%s","role":"%s","displayName":"Sharing journey %s",
                 "email":"%s@demo.koto.invalid","language":"%s",%s}""".formatted(username, PASSWORD, role, role, username, language, scope));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static String text(SupportedLanguage language, String key) {
        return Messages.text(language, key);
    }
}
