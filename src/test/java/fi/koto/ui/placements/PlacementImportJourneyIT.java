package fi.koto.ui.placements;

import static fi.koto.ui.Pages.assertLanguageAndNoMissingKeys;
import static fi.koto.ui.Pages.choose;
import static fi.koto.ui.Pages.journey;
import static fi.koto.ui.Pages.screenshotAt;
import static fi.koto.ui.Pages.waitForMessage;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebElement;

/**
 * Realised placements imported in the pages: the official of Keski-Suomi uploads a CSV with good and bad rows for
 * Laukaa (410) and Muurame (500), which the demo data leaves empty; watches the job run to completion; reads every
 * rejected row with its line number and reason; sees the new figures in the list and on the utilisation page; and
 * enters one more row by hand, after being told plainly what was wrong with the first try.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlacementImportJourneyIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Helsinki")).getYear();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private static Path csv() {
        String y = String.valueOf(YEAR);
        String content = "municipality_code,month,target_group,persons,under_7,self_settled\n"
                + "410," + y + "-01,QUOTA_REFUGEE,5,1,false\n" // line 2
                + "410," + y + "-01,ASYLUM_PERMIT,3,0,false\n" // line 3
                + "500," + y + "-01,FAMILY_MEMBER,2,2,false\n" // line 4
                + "410," + y + "-01,TEMPORARY_PROTECTION,4,1,true\n" // line 5: self-settled
                + "999," + y + "-01,QUOTA_REFUGEE,1,0,false\n" // line 6: no such municipality
                + "091," + y + "-01,QUOTA_REFUGEE,1,0,false\n" // line 7: Helsinki, not Keski-Suomi's
                + "410," + y + "-01,FAMILY_MEMBER,2,3,false\n" // line 8: more under 7 than persons
                + "410," + y + "-01,QUOTA_REFUGEE,5,1,false\n"; // line 9: duplicate of line 2
        try {
            Path file = Files.createTempFile("sijoitukset-", ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOfficialImportsACsvWatchesItFinishAndSeesRejectedRowsAndTheNewFigures(TestInfo test) {
        try (var official = new Browser(base, "fi")) {
            journey(official, test, () -> {
                official.logIn("official.keskisuomi", "demo");
                official.click(By.linkText("Sijoitukset"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/placements/index.xhtml"));
                assertLanguageAndNoMissingKeys(official, "fi");
                official.click(By.id("importLink"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/placements/import.xhtml"));
                assertLanguageAndNoMissingKeys(official, "fi");

                WebElement input = official.find(By.cssSelector("#upload input[type=file]"));
                assertThat(official.driver()
                                .findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']")))
                        .as("the file input has a label")
                        .hasSize(1);
                input.sendKeys(csv().toAbsolutePath().toString());
                official.clickAndWaitForPage(By.id("upload:start"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/placements/import.xhtml?id="));
                waitForMessage(official, "aloitettu");
                assertThat(official.find(By.id("importProgress")).getAttribute("role"))
                        .isEqualTo("progressbar");

                official.waitUntil(d -> d.findElement(By.id("status")).getText().equals("Valmis"));
                assertThat(official.find(By.id("accepted")).getText()).isEqualTo("4");
                assertThat(official.find(By.id("rejected")).getText()).isEqualTo("4");
                assertThat(official.find(By.id("progress:bar")).getText()).contains("100");
                assertThat(official.find(By.id("importProgress")).getAttribute("aria-valuenow"))
                        .isEqualTo("100");
                String rejected = official.find(By.id("progress:errors")).getText();
                assertThat(rejected).contains("Rivi", "Syy", "Tuntematon kunta \"999\"", "\"091\"", "rivillä 2");
                for (String line : new String[] {"6", "7", "8", "9"}) {
                    assertThat(official.driver()
                                    .findElements(
                                            By.xpath("//div[@id='progress:errors']//tbody/tr/td[1][normalize-space(.)='"
                                                    + line + "']")))
                            .as("rejected line " + line)
                            .isNotEmpty();
                }
                assertThat(official.find(By.id("recent")).getText()).contains("CSV", "Valmis");
                assertLanguageAndNoMissingKeys(official, "fi");
                official.checkpoint("placement-import-done-fi");

                official.open("placements/index.xhtml");
                choose(official, "filters:municipality", "Laukaa (410)");
                official.waitUntil(d -> {
                    String table = d.findElement(By.id("filters:table")).getText();
                    return table.contains("Laukaa (410)") && !table.contains("Jyväskylä");
                });
                assertThat(official.find(By.id("filters:table")).getText())
                        .contains(YEAR + "-01", "Omatoimisesti muuttanut")
                        .doesNotContain("Muurame");

                official.type(By.id("entry:month"), YEAR + "-01");
                choose(official, "entry:municipality", "Muurame (500)");
                choose(official, "entry:group", "Kiintiöpakolaiset");
                official.type(By.id("entry:persons"), "kolme");
                official.clickAndWaitForPage(By.id("entry:record"));
                waitForMessage(official, "Kirjoita kokonaisluku");
                official.type(By.id("entry:persons"), "3");
                official.clickAndWaitForPage(By.id("entry:record"));
                waitForMessage(official, "Tallennettu: 500, " + YEAR + "-01, 3 henkilöä.");
                official.checkpoint("placements-list-fi");

                official.click(By.linkText("Käyttöaste"));
                official.waitUntil(d -> d.getCurrentUrl().contains("/placements/utilisation.xhtml"));
                assertLanguageAndNoMissingKeys(official, "fi");
                WebElement laukaa =
                        official.find(By.xpath("//div[@id='municipalities']//tr[td[1][contains(., 'Laukaa (410)')]]"));
                // agreed 0, realised 8 (self-settled 4 apart), remaining 0, no ratio, flagged from February on
                assertThat(laukaa.getText()).contains("Laukaa (410) 0 8 0 ei sovittuja paikkoja 4");
                WebElement muurame =
                        official.find(By.xpath("//div[@id='municipalities']//tr[td[1][contains(., 'Muurame (500)')]]"));
                assertThat(muurame.getText()).contains("Muurame (500) 0 5 0");
                assertThat(official.find(By.id("totalHeading")).getText()).isEqualTo("Kuntiesi yhteismäärä");
                assertThat(official.driver().findElements(By.id("choice:byAuthority")))
                        .as("for managers")
                        .isEmpty();
                official.checkpoint("utilisation-official-fi");
                screenshotAt(official, By.id("municipalities"), "utilisation-official-table-fi");
            });
        }
        try (var manager = new Browser(base, "fi")) {
            journey(manager, test, () -> {
                manager.logIn("manager", "demo");
                manager.open("placements/utilisation.xhtml?year=" + YEAR);
                manager.click(By.cssSelector("#choice\\:byAuthority .ui-chkbox-box"));
                manager.clickAndWaitForPage(By.id("choice:show"));
                manager.waitUntil(d -> d.getCurrentUrl().contains("byAuthority=true"));
                assertThat(manager.find(By.id("totalHeading")).getText()).isEqualTo("Koko maa yhteensä");
                assertThat(manager.find(By.id("authorities")).getText())
                        .contains("Keski-Suomen elinvoimakeskus", "Uudenmaan elinvoimakeskus");
                assertThat(manager.find(By.id("municipalities")).getText()).contains("Laukaa (410)", "Helsinki (091)");
                assertLanguageAndNoMissingKeys(manager, "fi");
                manager.checkpoint("utilisation-national-fi");
            });
        }
    }
}
