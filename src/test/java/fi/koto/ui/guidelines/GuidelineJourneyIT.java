package fi.koto.ui.guidelines;

import static fi.koto.ui.Pages.assertLanguageAndNoMissingKeys;
import static fi.koto.ui.Pages.journey;
import static fi.koto.ui.Pages.waitForMessage;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
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
 * A regional work-permit guideline in the pages, in Finnish and in Swedish: an official of an authority with no
 * guideline yet starts one, lists an occupation with its justification, names a party to be heard, sends it to
 * consultation (a date that is not one is refused with a message), records the statement and decides it to take
 * effect today; an anonymous visitor then finds on the
 * public page that the occupation is exempt in that area since today. Each page is checked for its language,
 * missing texts and accessibility (axe).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidelineJourneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOfficialPreparesConsultsAndDecidesAndAVisitorFindsTheOccupationInFinnish(TestInfo test) {
        walk(test, SupportedLanguage.FI, "official.pohjoissuomi", "EVK09", "Pohjois-Suomen elinvoimakeskus", "7212");
    }

    @Test
    void theSameInSwedish(TestInfo test) {
        walk(test, SupportedLanguage.SV, "official.itasuomi", "EVK06", "Östra Finlands livskraftscentral", "7213");
    }

    private void walk(
            TestInfo test, SupportedLanguage language, String username, String authority, String area, String code) {
        String lang = language.code();
        var created = Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"OFFICIAL",
                 "displayName":"Journey Official","email":"%s@demo.koto.invalid","language":"%s",
                 "authorityCode":"%s"}""".formatted(username, username, lang, authority));
        assertThat(created.status()).as(created.toString()).isIn(201, 409, 422);
        String justification = "fi".equals(lang)
                ? "Hitsaajista on pulaa alueen telakoilla."
                : "Det råder brist på plåtslagare vid regionens verkstäder.";
        try (var official = new Browser(base, lang);
                var visitor = new Browser(base, lang)) {
            journey(official, test, () -> {
                official.logIn(username, "a-long-enough-password");
                official.click(By.linkText(text(language, "nav.guidelines")));
                official.waitUntil(d -> d.getCurrentUrl().contains("/guidelines/index.xhtml"));
                assertLanguageAndNoMissingKeys(official, lang);
                official.click(By.id("newGuideline"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/guidelines/new.xhtml"));
                assertLanguageAndNoMissingKeys(official, lang);
                official.assertAccessible("guideline-new-" + lang);
                official.type(By.id("guideline:validFrom_input"), TODAY.toString());
                official.type(
                        By.id("guideline:validTo_input"), TODAY.plusMonths(6).toString());
                official.type(By.id("guideline:situationFi"), "Alueen metalliteollisuus rekrytoi.");
                official.type(By.id("guideline:situationSv"), "Regionens metallindustri rekryterar.");
                official.clickAndWaitForPage(By.id("guideline:create"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/guidelines/view.xhtml?id="));
                assertThat(official.find(By.id("status")).getText())
                        .isEqualTo(text(language, "guideline.status.DRAFT"));

                official.type(By.id("addOccupation:code"), code);
                official.type(By.id("addOccupation:justification" + ("fi".equals(lang) ? "Fi" : "Sv")), justification);
                official.clickAndWaitForPage(By.id("addOccupation:add"));
                waitForMessage(official, text(language, "guidelines.saved"));
                assertThat(official.find(By.id("occupationTable")).getText()).contains(code);

                official.type(
                        By.id("party:partyName"),
                        "fi".equals(lang) ? "Oulun työllisyysalue" : "Joensuu sysselsättningsområde");
                official.clickAndWaitForPage(By.id("party:addParty"));
                waitForMessage(official, text(language, "guidelines.saved"));
                // a date that is not one is refused with a message naming it, and nothing changes
                official.type(By.id("start:deadline_input"), "31.13.2026");
                official.clickAndWaitForPage(By.id("start:startConsultation"));
                waitForMessage(official, "31.13.2026");
                assertThat(official.find(By.id("status")).getText())
                        .isEqualTo(text(language, "guideline.status.DRAFT"));
                official.type(By.id("start:deadline_input"), TODAY.plusDays(7).toString());
                official.clickAndWaitForPage(By.id("start:startConsultation"));
                official.waitUntil(d -> d.findElement(By.id("status"))
                        .getText()
                        .equals(text(language, "guideline.status.IN_CONSULTATION")));

                official.type(By.id("statement:receivedOn_input"), TODAY.toString());
                official.type(By.id("statement:statementText"), "fi".equals(lang) ? "Puollamme." : "Vi tillstyrker.");
                official.clickAndWaitForPage(By.id("statement:recordStatement"));
                waitForMessage(official, text(language, "guidelines.saved"));
                assertThat(official.find(By.id("partyTable")).getText())
                        .contains("fi".equals(lang) ? "Puollamme." : "Vi tillstyrker.");
                official.assertAccessible("guideline-consultation-" + lang);

                official.type(By.id("decide:decidedOn_input"), TODAY.toString());
                official.type(By.id("decide:decisionMaker"), "fi".equals(lang) ? "Ylijohtaja" : "Överdirektör");
                official.type(By.id("decide:reference"), authority + "/" + System.nanoTime() % 100000 + "/2026");
                official.type(By.id("decide:effectiveOn_input"), TODAY.toString());
                official.clickAndWaitForPage(By.id("decide:decideButton"));
                official.waitUntil(d ->
                        d.findElement(By.id("status")).getText().equals(text(language, "guideline.status.IN_FORCE")));
                assertThat(official.find(By.id("timeline")).getText())
                        .contains(text(language, "guideline.action.DECIDE"))
                        .as("the timeline's figures in the reader's language, never the stored keys")
                        .contains("fi".equals(lang) ? "1 ammatti" : "1 yrke")
                        .contains(text(language, "guideline.partyKind.EMPLOYMENT_AUTHORITY"))
                        .doesNotContain("EMPLOYMENT_AUTHORITY", "occupations", "deadline");
                official.checkpoint("guideline-in-force-" + lang);
            });

            journey(visitor, test, () -> {
                visitor.open("public/guidelines.xhtml?language=" + lang);
                assertLanguageAndNoMissingKeys(visitor, lang);
                visitor.type(By.id("occupation"), code);
                visitor.clickAndWaitForPage(By.id("find"));
                visitor.waitUntil(d -> !d.findElements(By.id("answerTable")).isEmpty());
                String answer = visitor.find(By.id("answerTable")).getText();
                assertThat(answer).contains(area);
                assertThat(visitor.find(By.id("answerSummary")).getText())
                        .startsWith(text(language, "publicGuidelines.exemptIn")
                                .substring(
                                        0,
                                        text(language, "publicGuidelines.exemptIn")
                                                .indexOf('{')));
                visitor.assertAccessible("public-guidelines-answer-" + lang);
                visitor.checkpoint("public-guidelines-answer-" + lang);
            });
        }
    }

    private static String text(SupportedLanguage language, String key) {
        return Messages.text(language, key);
    }
}
