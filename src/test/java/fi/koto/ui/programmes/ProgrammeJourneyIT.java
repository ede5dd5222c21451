package fi.koto.ui.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The review cycle as people do it in the pages: a coordinator of Jyväskylä files a programme, the official of
 * Keski-Suomi claims it from the work queue, pins a note and requests changes, the coordinator answers and
 * resubmits, and the official fills the checklist and approves.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeJourneyIT {

    private static final String TITLE = "Jyväskylän kotoutumisohjelma " + Long.toString(System.nanoTime() % 100000, 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private static void waitForStatus(Browser browser, String text) {
        browser.waitUntil(d -> d.findElement(By.id("status")).getText().equals(text));
    }

    private static void press(Browser browser, String buttonText) {
        browser.clickAndWaitForPage(By.xpath("//button[normalize-space(.)='" + buttonText + "']"));
    }

    @Test
    void aProgrammeIsFiledReviewedSentBackAndApprovedInThePages(TestInfo test) {
        String[] programmeUrl = new String[1];
        try (var coordinator = new Browser(base, "fi")) {
            journey(coordinator, test, () -> {
                coordinator.logIn("coord.jyvaskyla", "demo");
                String revisions = coordinator.find(By.id("revisions")).getText();
                assertThat(revisions).contains("Jyväskylän kotouttamisohjelma 2021–2024", "Päivitys myöhässä");
                coordinator.checkpoint("home-coordinator-revisions-fi");
                coordinator.click(By.linkText("Suunnitelmat"));
                coordinator.click(By.linkText("Uusi ohjelma"));
                coordinator.type(By.id("programme:title"), TITLE);
                // The coordinator's only municipality is already chosen.
                assertThat(coordinator
                                .find(By.cssSelector("input[name='programme:municipalities']"))
                                .isSelected())
                        .isTrue();
                coordinator.type(By.id("programme:periodStart_input"), "2026-01-01");
                coordinator.type(By.id("programme:periodEnd_input"), "2029-12-31");
                coordinator.click(By.id("programme:create"));
                coordinator.waitUntil(d -> d.getCurrentUrl().contains("/programmes/view.xhtml?id="));
                programmeUrl[0] = coordinator.url().substring(coordinator.url().indexOf("programmes/"));
                waitForStatus(coordinator, "Luonnos");

                press(coordinator, "Lähetä");
                coordinator.waitUntil(
                        d -> d.findElement(By.id("messages")).getText().contains("puuttuu"));

                List<WebElement> texts = coordinator.driver().findElements(By.cssSelector("textarea[id$=\":fi\"]"));
                assertThat(texts).hasSize(5);
                for (int i = 0; i < texts.size(); i++) {
                    coordinator.type(
                            By.id("sectionsForm:sections:" + i + ":fi"),
                            "Osion " + i + " teksti: tavoitteet ja mittarit.");
                    coordinator.clickAndWaitForPage(By.id("sectionsForm:sections:" + i + ":save"));
                    coordinator.waitUntil(
                            d -> d.findElement(By.id("messages")).getText().contains("Osio tallennettiin"));
                }
                coordinator.type(By.id("measures:action"), "Suomen kielen kurssit työnhakijoille");
                coordinator.type(By.id("measures:party"), "Jyväskylän työllisyysalue");
                coordinator.type(By.id("measures:schedule"), "2026–2027");
                coordinator.type(By.id("measures:indicator"), "200 osallistujaa vuodessa");
                coordinator.clickAndWaitForPage(By.id("measures:addMeasure"));
                assertThat(coordinator.find(By.id("measures:measureTable")).getText())
                        .contains("Suomen kielen kurssit työnhakijoille", "Jyväskylän työllisyysalue");
                coordinator.checkpoint("programme-editor-fi");
                press(coordinator, "Lähetä");
                waitForStatus(coordinator, "Lähetetty");
            });
            assertThat(coordinator.url())
                    .as("the address keeps the programme after an action")
                    .contains("id=");
        }

        try (var official = new Browser(base, "fi")) {
            journey(official, test, () -> {
                official.logIn("official.keskisuomi", "demo");
                official.open("programmes/index.xhtml");
                WebElement row = official.find(By.xpath("//tr[.//a[normalize-space(.)='" + TITLE + "']]"));
                row.findElement(By.cssSelector(".ui-chkbox-box")).click();
                official.checkpoint("work-queue-fi");
                official.click(By.id("queue:claim"));
                official.waitUntil(
                        d -> d.findElement(By.id("messages")).getText().contains("Tarkastus aloitettiin 1"));

                official.open(programmeUrl[0]);
                waitForStatus(official, "Tarkastettavana");
                official.type(By.id("sectionsForm:sections:0:note"), "Tavoitteille puuttuu lähtötaso.");
                official.clickAndWaitForPage(By.id("sectionsForm:sections:0:pin"));
                official.waitUntil(d -> d.getPageSource().contains("Tavoitteille puuttuu lähtötaso."));
                press(official, "Palauta korjattavaksi");
                official.waitUntil(
                        d -> d.findElement(By.id("messages")).getText().contains("kommentti"));
                official.type(By.id("actions:comment"), "Täydentäkää tavoitteet.");
                press(official, "Palauta korjattavaksi");
                waitForStatus(official, "Palautettu korjattavaksi");
            });
        }

        try (var coordinator = new Browser(base, "fi")) {
            journey(coordinator, test, () -> {
                coordinator.logIn("coord.jyvaskyla", "demo");
                coordinator.open(programmeUrl[0]);
                waitForStatus(coordinator, "Palautettu korjattavaksi");
                coordinator.type(
                        By.id("sectionsForm:sections:0:fi"), "Tavoitteet lähtötasoineen: työllisyys 45 % -> 60 %.");
                coordinator.clickAndWaitForPage(By.id("sectionsForm:sections:0:save"));
                coordinator.waitUntil(
                        d -> d.findElement(By.id("messages")).getText().contains("Osio tallennettiin"));
                press(coordinator, "Lähetä");
                waitForStatus(coordinator, "Lähetetty");
            });
        }

        try (var official = new Browser(base, "fi")) {
            journey(official, test, () -> {
                official.logIn("official.keskisuomi", "demo");
                official.open(programmeUrl[0]);
                assertThat(official.find(By.cssSelector(".koto-diff h4")).getText())
                        .contains("Muutokset edelliseen lähetykseen");
                assertThat(official.find(By.cssSelector(".koto-diff del")).getText())
                        .contains("−", "Osion 0 teksti");
                assertThat(official.find(By.cssSelector(".koto-diff ins")).getText())
                        .contains("+", "Tavoitteet lähtötasoineen");
                assertThat(official.driver().findElements(By.cssSelector(".koto-diff")))
                        .as("only the changed section")
                        .hasSize(1);
                official.checkpoint("review-diff-fi");
                press(official, "Aloita tarkastus");
                waitForStatus(official, "Tarkastettavana");
                int requirements = official.driver()
                        .findElements(By.cssSelector("select[id$=':verdict']"))
                        .size();
                assertThat(requirements).isGreaterThanOrEqualTo(5);
                for (int i = 0; i < requirements; i++) {
                    var select = new org.openqa.selenium.support.ui.Select(
                            official.find(By.id("checklist:requirements:" + i + ":verdict")));
                    select.selectByValue("MEETS");
                    official.clickAndWaitForPage(By.xpath("(//form[@id='checklist']//button)[" + (i + 1) + "]"));
                    assertThat(official.find(By.id("messages")).getText()).contains("Arvio tallennettiin");
                }
                official.checkpoint("review-checklist-fi");
                // the acceptance of the review (issue 16.2: the municipality adopts the plan afterwards)
                press(official, "Hyväksy tarkastus");
                waitForStatus(official, "Hyväksytty tarkastuksessa");
                assertThat(official.find(By.id("timeline")).getText()).contains("Täydentäkää tavoitteet.");
                official.checkpoint("programme-approved-fi");

                official.click(By.partialLinkText("Lähetys 1"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/programmes/version.xhtml"));
                assertThat(official.pageText())
                        .as("the first submission, as it was")
                        .contains("Osion 0 teksti: tavoitteet ja mittarit.")
                        .doesNotContain("Tavoitteet lähtötasoineen");
            });
        }
    }

    /**
     * Keyboard only, no clicks: a coordinator of Vantaa logs in, skips the navigation with the skip link, and files a
     * new programme by typing and pressing Tab, and Enter on the button. Focus moves through the form's fields in
     * the order they are shown, each with its visible label as its name, and the form is sent.
     */
    @Test
    void aProgrammeIsCreatedWithTheKeyboardOnly(TestInfo test) {
        String title = "Vantaan kotoutumisohjelma " + Long.toString(System.nanoTime() % 100000, 36);
        try (var coordinator = new Browser(base, "fi")) {
            journey(coordinator, test, () -> {
                coordinator.open("login.xhtml");
                tabTo(coordinator, "login:username");
                keys(coordinator, "coord.vantaa", Keys.TAB);
                assertThat(focusedId(coordinator)).isEqualTo("login:password");
                keys(coordinator, "demo", Keys.ENTER);
                coordinator.waitUntil(d -> d.getCurrentUrl().endsWith("/index.xhtml"));

                coordinator.open("programmes/new.xhtml");
                keys(coordinator, Keys.TAB);
                assertThat(focusedName(coordinator))
                        .as("the first stop is the skip link")
                        .isEqualTo("Siirry sisältöön");
                keys(coordinator, Keys.ENTER, Keys.TAB);
                assertThat(focusedId(coordinator))
                        .as("past the navigation, at the first field")
                        .isEqualTo("programme:title");
                assertThat(focusedName(coordinator)).isEqualTo("Otsikko");
                keys(coordinator, title);

                // Tab on to the button, recording each stop and the name a screen reader would read for it.
                List<String> stops = new java.util.ArrayList<>();
                List<String> names = new java.util.ArrayList<>();
                for (int i = 0; i < 12 && !"programme:create".equals(focusedId(coordinator)); i++) {
                    keys(coordinator, Keys.TAB);
                    String id = focusedId(coordinator);
                    stops.add(id);
                    names.add(focusedName(coordinator));
                    assertThat(focusedName(coordinator))
                            .as("the label of " + id)
                            .isNotBlank();
                    assertThat(coordinator.driver().switchTo().activeElement().getAccessibleName())
                            .as("the name Chromium gives " + id)
                            .isNotBlank();
                    if (id.equals("programme:periodStart_input")) {
                        keys(coordinator, "2026-01-01");
                    } else if (id.equals("programme:periodEnd_input")) {
                        keys(coordinator, "2029-12-31");
                    }
                }
                // Each date field has its calendar button after it; the rest are the fields, in the order shown.
                List<String> fields = stops.stream()
                        .filter(id -> !id.isEmpty()
                                && !coordinator
                                        .driver()
                                        .findElement(By.id(id))
                                        .getTagName()
                                        .equals("button"))
                        .toList();
                assertThat(fields)
                        .as("the fields in the order shown")
                        .containsExactly(
                                "programme:legalBasis_label",
                                "programme:municipalities:0",
                                "programme:periodStart_input",
                                "programme:periodEnd_input");
                assertThat(coordinator.find(By.id("programme:legalBasis_label")).getAccessibleName())
                        .as("a screen reader names the menu by its label, then its value")
                        .startsWith("Säädösperusta");
                assertThat(names)
                        .contains(
                                "Säädösperusta",
                                "Vantaa (092)",
                                "Kausi alkaa (VVVV-KK-PP)",
                                "Kausi päättyy (VVVV-KK-PP)",
                                "Luo ohjelma");
                assertThat(coordinator.find(By.id("programme:municipalities:0")).isSelected())
                        .as("the coordinator's only municipality is already chosen")
                        .isTrue();
                assertThat(focusedId(coordinator)).isEqualTo("programme:create");
                keys(coordinator, Keys.ENTER);

                coordinator.waitUntil(d -> d.getCurrentUrl().contains("/programmes/view.xhtml?id="));
                waitForStatus(coordinator, "Luonnos");
                assertThat(coordinator.pageText()).contains(title, "2026", "2029");
            });
        }
    }

    /** Presses Tab until the element with this id has the focus (from the top of the page, past the header). */
    private static void tabTo(Browser browser, String id) {
        for (int i = 0; i < 30 && !id.equals(focusedId(browser)); i++) {
            keys(browser, Keys.TAB);
        }
        assertThat(focusedId(browser)).isEqualTo(id);
    }

    /** Types to whatever has the focus, as a keyboard does; never clicks. */
    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String focusedId(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript("return document.activeElement ? document.activeElement.id : '';"));
    }

    /**
     * The visible label of the focused element (a label pointing at it, or what aria-labelledby points at), else its
     * aria-label or its text.
     */
    private static String focusedName(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("""
                var e = document.activeElement;
                var label = e.id ? document.querySelector('label[for="' + CSS.escape(e.id) + '"]') : null;
                if (label) { return label.textContent.trim(); }
                var by = e.getAttribute('aria-labelledby');
                if (by) {
                    return by.split(/\\s+/).map(function (i) {
                        var l = document.getElementById(i); return l ? l.textContent.trim() : '';
                    }).join(' ').trim();
                }
                return (e.getAttribute('aria-label') || e.textContent || e.value || '').trim();
                """));
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
