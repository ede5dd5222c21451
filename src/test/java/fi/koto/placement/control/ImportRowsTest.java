package fi.koto.placement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportRowsTest {

    private static List<ImportRows.RawRow> all(ImportFileCheck.Format format, byte[] content) throws IOException {
        List<ImportRows.RawRow> rows = new ArrayList<>();
        try (ImportRows source = ImportRows.of(format, content)) {
            ImportRows.RawRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void csvLinesKeepTheirNumbersAndQuotedCells() throws IOException {
        byte[] csv = ("\uFEFF" + ImportFileCheck.HEADER.replace(',', ';') + "\r\n"
                        + "091;2025-01;\"QUOTA;REFUGEE\";1;0;false\r\n\r\n092;2025-02;\"a \"\"b\"\"\";2;1;true")
                .getBytes(StandardCharsets.UTF_8);
        List<ImportRows.RawRow> rows = all(ImportFileCheck.Format.CSV, csv);
        assertThat(rows).extracting(ImportRows.RawRow::line).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(0).cells()).isEqualTo(ImportFileCheck.COLUMNS);
        assertThat(rows.get(1).cells()).containsExactly("091", "2025-01", "QUOTA;REFUGEE", "1", "0", "false");
        assertThat(rows.get(2).blank()).isTrue();
        assertThat(rows.get(3).cells().get(2)).isEqualTo("a \"b\"");
        assertThat(ImportRows.count(ImportFileCheck.Format.CSV, csv)).isEqualTo(2);
    }

    @Test
    void xlsxRowsAreReadAsTextWithTheirRowNumbers() throws IOException {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("p");
            var header = sheet.createRow(0);
            for (int i = 0; i < 6; i++) {
                header.createCell(i).setCellValue(ImportFileCheck.COLUMNS.get(i));
            }
            var row = sheet.createRow(3); // rows 2 and 3 left empty
            row.createCell(0).setCellValue("091");
            row.createCell(1).setCellValue("2025-01");
            row.createCell(2).setCellValue("QUOTA_REFUGEE");
            row.createCell(3).setCellValue(5);
            row.createCell(5).setCellValue(true); // under_7 missing
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        List<ImportRows.RawRow> rows = all(ImportFileCheck.Format.XLSX, xlsx);
        assertThat(rows).extracting(ImportRows.RawRow::line).containsExactly(1, 4);
        assertThat(rows.get(0).cells()).isEqualTo(ImportFileCheck.COLUMNS);
        List<String> cells = rows.get(1).cells();
        assertThat(cells).hasSize(6);
        assertThat(cells.subList(0, 3)).containsExactly("091", "2025-01", "QUOTA_REFUGEE");
        assertThat(PlacementRowCheck.count(cells.get(3))).isEqualTo(5);
        assertThat(cells.get(4)).isEmpty();
        assertThat(cells.get(5)).isEqualTo("true");
        assertThat(ImportRows.count(ImportFileCheck.Format.XLSX, xlsx)).isEqualTo(1);
    }
}
