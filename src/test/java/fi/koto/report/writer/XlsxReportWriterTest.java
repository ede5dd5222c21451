package fi.koto.report.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.koto.it.ReportFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Re-opens what the workbook writer wrote, with POI, and checks cell types, values and sheet settings. */
class XlsxReportWriterTest {

    @Test
    void numbersDatesAndFlagsAreTypedCellsUnderAFrozenFilteredHeader() throws IOException {
        byte[] bytes = SampleReport.write(ReportFormat.XLSX, 250);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Raportin tiedot");
            assertThat(workbook.getSheetName(1)).isEqualTo("Kunnittain");
            assertThat(workbook.getSheetName(2)).isEqualTo("Ei rivejä");

            XSSFSheet sheet = workbook.getSheetAt(1);
            // A1 the title, row 2 the header, 250 rows of data
            assertThat(sheet.getLastRowNum()).isEqualTo(251);
            assertThat(ReportFiles.title(sheet)).isEqualTo(SampleReport.TITLE + ": Kunnittain (1. neljännes 2026)");
            var titleFont = sheet.getRow(0).getCell(0).getCellStyle().getFont();
            assertThat(titleFont.getBold()).isTrue();
            assertThat(titleFont.getFontHeightInPoints()).isEqualTo((short) 14);
            assertThat(ReportFiles.headerRow(sheet)).isEqualTo(1);
            assertThat(sheet.getRepeatingRows()).hasToString(new CellRangeAddress(1, 1, -1, -1).toString());
            var header = sheet.getRow(ReportFiles.headerRow(sheet));
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Kunta");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Käyttöaste");
            assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();

            var inari = sheet.getRow(2);
            assertThat(inari.getCell(0).getStringCellValue()).isEqualTo("Inari (Anár)");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Utsjoki (Ohcejohka)");
            assertThat(inari.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(inari.getCell(1).getNumericCellValue()).isEqualTo(1000);
            assertThat(inari.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(inari.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(inari.getCell(2).getNumericCellValue()).isEqualTo(12345.67);
            assertThat(inari.getCell(3).getNumericCellValue()).isEqualTo(0.4567);
            assertThat(inari.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(inari.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(inari.getCell(4))).isTrue();
            assertThat(inari.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(inari.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(inari.getCell(5).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(3).getCell(5).getBooleanCellValue()).isFalse();

            var pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:F252");
            // widths from the data: the name column is wider than the flag column, neither is the default
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(5));
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(("Utsjoki (Ohcejohka)".length()) * 256);
        }
    }

    @Test
    void theParametersSheetHoldsTitlePeriodAsOfAndParameters() throws IOException {
        byte[] bytes = SampleReport.write(ReportFormat.XLSX, 3);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet about = workbook.getSheetAt(0);
            assertThat(ReportFiles.title(about))
                    .isEqualTo(SampleReport.TITLE + ": Raportin tiedot (1. neljännes 2026)");
            assertThat(ReportFiles.headerRow(about)).isEqualTo(1);
            assertThat(about.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tieto");
            assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Arvo");
            assertThat(about.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Kausi");
            assertThat(about.getRow(2).getCell(1).getStringCellValue()).isEqualTo("1. neljännes 2026");
            assertThat(about.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tilanne");
            assertThat(DateUtil.isCellDateFormatted(about.getRow(3).getCell(1))).isTrue();
            assertThat(about.getRow(3).getCell(1).getLocalDateTimeCellValue())
                    .isEqualTo(SampleReport.AS_OF.toLocalDateTime());
            assertThat(about.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Alue");
            assertThat(about.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Lapin elinvoimakeskus");

            XSSFSheet empty = workbook.getSheetAt(2);
            assertThat(ReportFiles.title(empty)).isEqualTo(SampleReport.TITLE + ": Ei rivejä (1. neljännes 2026)");
            assertThat(empty.getLastRowNum()).isEqualTo(ReportFiles.headerRow(empty));
            assertThat(empty.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2");
        }
    }

    @Test
    void aRowMustFitTheOpenSection() throws IOException {
        try (ReportWriter writer = ReportFormat.XLSX.open(
                new java.io.ByteArrayOutputStream(), SampleReport.header(java.util.Locale.ENGLISH))) {
            assertThatThrownBy(() -> writer.row("no section")).isInstanceOf(IllegalStateException.class);
            writer.section(SampleReport.EMPTY);
            assertThatThrownBy(() -> writer.row("a", "b")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void hostileTextIsStoredAsTextAndFormulaLikeTextStaysTextWhenEdited() throws IOException {
        String[] hostile = {
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1+1",
            "-2",
            "@SUM(A1:A2)",
            "<script>alert('x')</script>",
            "'; drop table programme; --",
            "\u202Eעברית \u0645\u0631\u062D\u0628\u0627",
            "Ańa\u0301r \u0041\u030A",
            "x".repeat(5000)
        };
        var out = new java.io.ByteArrayOutputStream();
        try (ReportWriter writer = ReportFormat.XLSX.open(out, SampleReport.header(java.util.Locale.ENGLISH))) {
            writer.section(new Section("Text", java.util.List.of(new Column("Text", ColumnType.TEXT))));
            for (String text : hostile) {
                writer.row(text);
            }
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Text");
            for (int i = 0; i < hostile.length; i++) {
                var cell = sheet.getRow(ReportFiles.firstDataRow(sheet) + i).getCell(0);
                assertThat(cell.getCellType()).as(hostile[i]).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(hostile[i]);
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as(hostile[i])
                        .isEqualTo(i < 4);
            }
        }
    }

    @Test
    void aSectionThatOverflowsASheetGoesOnInAFurtherSheetWithItsOwnTitleAndHeader() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        // five rows a sheet: the title, the header and three rows of data
        try (ReportWriter writer =
                new XlsxReportWriter(out, SampleReport.header(java.util.Locale.forLanguageTag("fi")), 5)) {
            writer.section(SampleReport.MUNICIPALITIES);
            for (int i = 0; i < 7; i++) {
                writer.row(SampleReport.row(i));
            }
            writer.section(SampleReport.EMPTY);
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            int next = 0;
            for (String name : java.util.List.of("Kunnittain", "Kunnittain (2)", "Kunnittain (3)")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet).as(name).isNotNull();
                assertThat(ReportFiles.title(sheet)).isEqualTo(SampleReport.TITLE + ": Kunnittain (1. neljännes 2026)");
                assertThat(ReportFiles.headerRow(sheet)).isEqualTo(1);
                assertThat(ReportFiles.header(sheet).getCell(0).getStringCellValue())
                        .isEqualTo("Kunta");
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) 2);
                assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(4);
                for (int r = ReportFiles.firstDataRow(sheet); r <= sheet.getLastRowNum(); r++) {
                    assertThat(sheet.getRow(r).getCell(1).getNumericCellValue())
                            .as(name + " row " + r)
                            .isEqualTo(1000 + next++);
                }
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                        .isEqualTo("A2:F" + (sheet.getLastRowNum() + 1));
            }
            assertThat(next).as("every row once, in order").isEqualTo(7);
            assertThat(workbook.getSheetName(4)).isEqualTo("Ei rivejä");
        }
    }

    @Test
    void aSheetHoldsAtLeastItsTitleHeaderAndOneRow() {
        var header = SampleReport.header(java.util.Locale.ENGLISH);
        assertThatThrownBy(() -> new XlsxReportWriter(new java.io.ByteArrayOutputStream(), header, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
