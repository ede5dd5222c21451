package fi.koto.ui.reports;

import static fi.koto.ui.Pages.assertLanguageAndNoMissingKeys;
import static fi.koto.ui.Pages.choose;
import static fi.koto.ui.Pages.journey;
import static fi.koto.ui.Pages.screenshotAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.koto.it.Api;
import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import fi.koto.it.ReportFiles;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * A manager pulls a report in the pages as a person does: opens the reports page, chooses the report, the year and
 * the format, starts it, watches its progress until it is ready, and downloads the PDF and the XLSX from the report
 * archive with the browser. The test then re-opens both files: the title and the period in the page's language, and
 * Helsinki's agreed places as a number equal to what the utilisation API says. Once in Finnish, Swedish and English;
 * the report's language is the page's unless the person chooses another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsJourneyIT {

    /** A year that is over: its figures come from the year's snapshot, and the demo data has agreements for it. */
    private static final int YEAR = 2025;

    private static final String TYPE = "PLACES_AGREED_VS_REALISED";
    /** Reports run as batch jobs; on a loaded build machine one may take a while. */
    private static final Duration REPORT_TIME = Duration.ofMinutes(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void aManagerPullsAPdfAndAnXlsxInFinnishAndDownloadsThemFromTheArchive(TestInfo test) throws IOException {
        pullBothFormats("fi", test);
    }

    @Test
    void aManagerPullsTheReportsInSwedish(TestInfo test) throws IOException {
        pullBothFormats("sv", test);
    }

    @Test
    void aManagerPullsTheReportsInEnglish(TestInfo test) throws IOException {
        pullBothFormats("en", test);
    }

    private void pullBothFormats(String language, TestInfo test) throws IOException {
        ResourceBundle msg = bundle(language);
        Path[] files = new Path[2];
        // The language is remembered on the account, and another test may have changed it.
        assertThat(Api.as(base, "manager")
                        .put("api/v1/me/language", "{\"language\":\"fi\"}")
                        .status())
                .isEqualTo(200);
        try (var manager = new Browser(base, "fi")) {
            journey(manager, test, () -> {
                manager.logIn("manager", "demo");
                if ("fi".equals(language)) {
                    manager.find(By.cssSelector("#dashboard canvas"));
                    screenshotAt(manager, By.id("dashboard"), "home-dashboard-manager-fi");
                } else {
                    manager.clickAndWaitForPage(By.cssSelector(".koto-languages a[lang='" + language + "']"));
                    manager.waitUntil(d -> language.equals(manager.htmlLang()));
                }
                manager.click(By.linkText(msg.getString("nav.reports")));
                manager.waitUntil(d -> d.getCurrentUrl().contains("/reports/index.xhtml"));
                assertLanguageAndNoMissingKeys(manager, language);
                assertThat(manager.find(By.tagName("h1")).getText()).isEqualTo(msg.getString("reports.title"));
                assertThat(manager.find(By.id("order:language_label")).getText())
                        .as("the report speaks the page's language unless chosen otherwise")
                        .isEqualTo(msg.getString("language." + language));

                files[0] = order(manager, msg, "PDF", filename(language, "pdf"));
                files[1] = order(manager, msg, "XLSX", filename(language, "xlsx"));

                String archive = manager.find(By.id("archiveTable")).getText();
                assertThat(archive)
                        .contains(
                                msg.getString("report.type." + TYPE),
                                String.valueOf(YEAR),
                                "PDF",
                                "XLSX",
                                msg.getString("reports.status.COMPLETED"),
                                msg.getString("language." + language));
                manager.checkpoint("reports-" + language);
                screenshotAt(manager, By.id("archive"), "report-archive-" + language);
            });
        } finally {
            Api.as(base, "manager").put("api/v1/me/language", "{\"language\":\"fi\"}");
        }
        assertPdf(files[0], msg, language);
        assertXlsx(files[1], msg);
    }

    /**
     * Chooses the report, the whole year and the format, starts it, watches the progress bar until the report is
     * ready, and downloads it from the archive by its link; returns the file the browser saved.
     */
    private static Path order(Browser manager, ResourceBundle msg, String format, String filename) {
        choose(manager, "order:type", msg.getString("report.type." + TYPE));
        choose(manager, "order:year", String.valueOf(YEAR));
        choose(manager, "order:quarter", msg.getString("reports.quarter.year"));
        manager.click(By.xpath("//*[@id='order:format']//label[normalize-space(.)='"
                + msg.getString("reports.format." + format) + "']"));
        manager.waitUntil(d -> d.findElement(By.cssSelector("#order\\:format input[value='" + format + "']"))
                .isSelected());
        // The messages may still say the previous report is ready: wait until the answer to this click replaced them.
        var before = manager.find(By.id("messages"));
        manager.click(By.id("order:start"));
        manager.waitUntilReplaced(before);
        // The page says it started; on a fast day the next poll may already say it is ready.
        manager.waitUntil(d -> {
            String said = d.findElement(By.id("messages")).getText();
            return said.contains(msg.getString("reports.started")) || said.contains(msg.getString("reports.ready"));
        });
        // The poll replaces the bar every two seconds: read it afresh each time.
        String role =
                manager.waitUntil(d -> d.findElement(By.id("progress:bar")).getAttribute("role"));
        assertThat(role).isEqualTo("progressbar");
        String name =
                manager.waitUntil(d -> d.findElement(By.id("progress:bar")).getAttribute("aria-label"));
        assertThat(name).as("the bar's name").isEqualTo(msg.getString("reports.progress"));
        manager.waitUntil(
                REPORT_TIME, d -> d.findElement(By.id("messages")).getText().contains(msg.getString("reports.ready")));
        assertThat(manager.find(By.id("progressState")).getText()).isEqualTo(msg.getString("reports.status.COMPLETED"));
        assertThat(manager.find(By.id("progress:bar")).getAttribute("aria-valuenow"))
                .isEqualTo("100");
        manager.waitUntil(d -> d.findElement(By.id("order:start")).isEnabled());

        String label = msg.getString("reports.download.label").replace("{0}", filename);
        manager.click(By.xpath("(//*[@id='archiveTable']//a[@title='" + label + "'])[1]"));
        return manager.downloaded(filename, REPORT_TIME);
    }

    private void assertPdf(Path file, ResourceBundle msg, String language) throws IOException {
        var reader = new PdfReader(Files.readAllBytes(file));
        try {
            var text = new PdfTextExtractor(reader);
            String first = text.getTextFromPage(1).replaceAll("[\\s\u00a0]+", " ");
            assertThat(first)
                    .contains(msg.getString("report.type." + TYPE))
                    .contains(msg.getString("report.period.year").replace("{0}", String.valueOf(YEAR)))
                    .contains(msg.getString("report.section." + TYPE + ".byMunicipality"))
                    .contains(msg.getString("report.column.agreed"));
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(text.getTextFromPage(page).replaceAll("[\\s\u00a0]+", " "));
            }
            assertThat(all).contains("sv".equals(language) ? "Helsingfors" : "Helsinki");
        } finally {
            reader.close();
        }
    }

    private void assertXlsx(Path file, ResourceBundle msg) throws IOException {
        int agreed = ((JsonArray) Api.as(base, "manager")
                        .get("api/v1/utilisation?year=" + YEAR + "&municipality=091")
                        .json())
                .getJsonObject(0)
                .getJsonObject("agreed")
                .getInt("total");
        try (InputStream in = Files.newInputStream(file);
                var workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo(msg.getString("report.label.parameters"));
            Sheet about = workbook.getSheetAt(0);
            String title = msg.getString("report.type." + TYPE);
            String period = msg.getString("report.period.year").replace("{0}", String.valueOf(YEAR));
            // A1 of every sheet is its title: the report, the sheet's part of it and the period
            assertThat(ReportFiles.title(about))
                    .isEqualTo(new MessageFormat(msg.getString("report.label.sheetTitle"), msg.getLocale())
                            .format(new Object[] {title, msg.getString("report.label.parameters"), period}))
                    .startsWith(title);
            assertThat(about.getRow(2).getCell(0).getStringCellValue()).isEqualTo(msg.getString("report.label.period"));
            assertThat(about.getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo(msg.getString("report.period.year").replace("{0}", String.valueOf(YEAR)));

            Sheet byMunicipality = workbook.getSheet(msg.getString("report.section." + TYPE + ".byMunicipality"));
            assertThat(byMunicipality).isNotNull();
            assertThat(ReportFiles.title(byMunicipality))
                    .isEqualTo(new MessageFormat(msg.getString("report.label.sheetTitle"), msg.getLocale())
                            .format(new Object[] {
                                title, msg.getString("report.section." + TYPE + ".byMunicipality"), period
                            }));
            int codeColumn = column(byMunicipality, msg.getString("report.column.code"));
            int agreedColumn = column(byMunicipality, msg.getString("report.column.agreed"));
            Row helsinki = null;
            for (Row row : byMunicipality) {
                if (row.getRowNum() > ReportFiles.headerRow(byMunicipality)
                        && "091".equals(row.getCell(codeColumn).getStringCellValue())) {
                    helsinki = row;
                }
            }
            assertThat(helsinki).as("Helsinki's row").isNotNull();
            var cell = helsinki.getCell(agreedColumn);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo((double) agreed);
        }
    }

    private static int column(Sheet sheet, String heading) {
        Row header = ReportFiles.header(sheet);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (heading.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + heading + " in " + sheet.getSheetName());
    }

    private static String filename(String language, String extension) {
        return "koto-places-agreed-vs-realised-" + YEAR + "-" + language + "." + extension;
    }

    /** The application's own bundle: what the page and the files must say in that language. */
    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(
                "fi.koto.i18n.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
