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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The attachments panel of the programme page as a coordinator uses it: attach a file with a description, see it
 * listed and download it through the page's link, be told clearly why a disguised file is refused, remove it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void aCoordinatorAttachesDownloadsAndRemovesAFileOnTheProgrammePage() throws IOException {
        var created = Api.as(base, "coord.helsinki").post("api/v1/programmes", """
                {"municipalityCodes":["091"],"legalBasis":"ACT_681_2023","title":"Liitteet selaimessa",
                 "periodStart":"2026-01-01","periodEnd":"2029-12-31"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        byte[] docx = Samples.docx();
        Path genuine = Files.write(files.resolve("Liite – päätös.docx"), docx);
        Path disguised = Files.write(files.resolve("raportti.pdf"), Samples.exe());

        try (var browser = new Browser(base, "fi")) {
            try {
                browser.logIn("coord.helsinki", "demo");
                browser.open("programmes/view.xhtml?id=" + id);
                assertThat(browser.find(By.id("attachmentsList:documents")).getText())
                        .contains("Ei vielä asiakirjoja.");
                assertThat(browser.find(By.cssSelector("label[for='attachmentsUpload:file']"))
                                .getText())
                        .isEqualTo("Liitettävä tiedosto");

                attach(browser, genuine, "Valtuuston päätös");
                assertThat(browser.pageText()).contains("Tiedosto \"Liite – päätös.docx\" liitettiin.");
                String row = browser.find(By.id("attachmentsList:documents")).getText();
                assertThat(row)
                        .contains(
                                "Liite – päätös.docx", "Valtuuston päätös", "Word-asiakirja (DOCX)", "coord.helsinki");
                showPanel(browser);
                browser.checkpoint("programme-attachments-fi");

                String href = browser.find(By.cssSelector("#attachmentsList a.koto-download"))
                        .getAttribute("href");
                Object fetched = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + b.byteLength
                            + ' ' + r.headers.get('content-disposition')))).catch(e => done(String(e)));""", href);
                assertThat(String.valueOf(fetched))
                        .startsWith("200 " + docx.length + " attachment;")
                        .contains("filename*=UTF-8''Liite%20%E2%80%93%20p%C3%A4%C3%A4t%C3%B6s.docx");

                attach(browser, disguised, null);
                assertThat(browser.pageText()).contains("Tiedosto \"raportti.pdf\" ei ole sitä, mitä sen nimi väittää");
                browser.checkpoint("programme-attachment-refused-fi");

                browser.clickAndWaitForPage(By.cssSelector("#attachmentsList button[aria-label^='Poista']"));
                assertThat(browser.pageText()).contains("Liite poistettiin.");
                assertThat(browser.find(By.id("attachmentsList:documents")).getText())
                        .contains("Ei vielä asiakirjoja.");
                assertThat(browser.find(By.id("timeline")).getText()).contains("Liite lisätty", "Liite poistettu");
            } catch (RuntimeException | AssertionError e) {
                browser.saveFailure("documents-journey");
                throw e;
            }
        }
    }

    /** The panel is below the sections: bring it into the screenshot. */
    private static void showPanel(Browser browser) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('attachmentsHeading').scrollIntoView()");
    }

    private static void attach(Browser browser, Path file, String description) {
        browser.find(By.cssSelector("#attachmentsUpload input[type='file']")).sendKeys(file.toString());
        if (description != null) {
            browser.type(By.id("attachmentsUpload:description"), description);
        }
        browser.clickAndWaitForPage(By.id("attachmentsUpload:upload"));
    }
}
