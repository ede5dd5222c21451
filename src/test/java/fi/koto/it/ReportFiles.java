package fi.koto.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;

/** Pulls a report through the REST API as a person would (order, wait, download) and reads what came back. */
public final class ReportFiles {

    private ReportFiles() {}

    /** Orders the report, waits until the job has written it (at most three minutes) and downloads the file. */
    public static byte[] pull(Api api, String order) {
        var answer = api.post("api/v1/reports", order);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        long id = ((JsonObject) answer.json()).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            var view = api.get("api/v1/reports/" + id + "?wait=10");
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            String status = ((JsonObject) view.json()).getString("status");
            if (!"STARTED".equals(status)) {
                assertThat(status).as(view.toString()).isEqualTo("COMPLETED");
                break;
            }
            assertThat(Instant.now()).as("report still running").isBefore(deadline);
        }
        var file = api.sendForBytes(api.request("api/v1/reports/" + id + "/file")
                .setHeader("Accept", "*/*")
                .GET());
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    /** A sheet's cells as the reader sees them, one line per row, cells separated by "|". */
    public static String text(Sheet sheet) {
        var formatter = new DataFormatter();
        var text = new StringBuilder();
        sheet.forEach(row -> {
            row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|'));
            text.append('\n');
        });
        return text.toString();
    }

    /**
     * The index of a report sheet's header row, found as a reader's tool finds it: through the sheet-scoped defined
     * name {@code HeaderRow} (today row 1, under the title cell A1). Tests read the layout through this, so a
     * change of layout touches this one place.
     */
    public static int headerRow(Sheet sheet) {
        var workbook = sheet.getWorkbook();
        int index = workbook.getSheetIndex(sheet);
        for (Name name : workbook.getNames("HeaderRow")) {
            if (name.getSheetIndex() == index) {
                return new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007)
                        .getFirstCell()
                        .getRow();
            }
        }
        throw new AssertionError("no HeaderRow named in sheet " + sheet.getSheetName());
    }

    /** A report sheet's header row (see {@link #headerRow(Sheet)}). */
    public static Row header(Sheet sheet) {
        return sheet.getRow(headerRow(sheet));
    }

    /** The index of a report sheet's first data row, the one below its header. */
    public static int firstDataRow(Sheet sheet) {
        return headerRow(sheet) + 1;
    }

    /** The text of a report sheet's title cell, A1. */
    public static String title(Sheet sheet) {
        var row = sheet.getRow(0);
        assertThat(row).as("title row of " + sheet.getSheetName()).isNotNull();
        return row.getCell(0).getStringCellValue();
    }

    /**
     * The title cell Koto writes on a report sheet, in a language ("fi", "sv", "en"): the report's title, the
     * sheet's part of it (a section, or the parameters) and the period, all as words of that language.
     */
    public static String sheetTitle(String language, String report, String part, String period) {
        return fi.koto.platform.i18n.Messages.text(
                java.util.Locale.forLanguageTag(language), "report.label.sheetTitle", report, part, period);
    }
}
