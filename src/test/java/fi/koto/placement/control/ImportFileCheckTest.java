package fi.koto.placement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ImportFileCheckTest {

    private final ImportFileCheck check = new ImportFileCheck(1024 * 1024, 50, 5 * 1024 * 1024, 100);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(utf8(namesAndContents[i + 1]));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private void refused(String mediaType, byte[] content, String key) {
        assertThatThrownBy(() -> check.check(mediaType, content))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).reasons().get(0))
                .extracting(Reason::key)
                .isEqualTo(key);
    }

    @Test
    void aCsvWithCommaOrSemicolonAndAByteOrderMarkIsAccepted() {
        assertThat(check.check("text/csv", utf8(ImportFileCheck.HEADER + "\n091,2025-01,QUOTA_REFUGEE,1,0,false\n")))
                .isEqualTo(new ImportFileCheck.Accepted(ImportFileCheck.Format.CSV, ','));
        assertThat(check.check(
                                "text/csv; charset=utf-8",
                                utf8("\uFEFF" + ImportFileCheck.HEADER.replace(',', ';') + "\r\n"))
                        .delimiter())
                .isEqualTo(';');
    }

    @Test
    void aCsvThatIsNotUtf8TextOrLacksTheHeaderIsRefused() {
        refused("text/csv", new byte[] {'M', 'Z', 0, 0, 1, 2}, "import.file.notCsv");
        refused("text/csv", new byte[] {'a', (byte) 0xC3, (byte) 0x28}, "import.file.notCsv");
        refused("text/csv", utf8("municipality,month\n091,2025-01\n"), "import.file.header");
        refused("text/csv", utf8(ImportFileCheck.HEADER.replace(',', '\t')), "import.file.header");
        refused("application/pdf", utf8(ImportFileCheck.HEADER), "import.file.mediaType");
        refused("text/csv", new byte[0], "import.file.empty");
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        refused("text/csv", big, "import.file.tooLarge");
        assertThat(ImportFileCheck.maxBytes(null)).isEqualTo(20L * 1024 * 1024);
        assertThat(ImportFileCheck.maxBytes("1000")).isEqualTo(1000);
        assertThat(ImportFileCheck.maxBytes("lots")).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void anXlsxMustBeAZipWithTheWorkbookParts() throws IOException {
        byte[] workbook = zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
        assertThat(check.check(ImportFileCheck.XLSX, workbook).format()).isEqualTo(ImportFileCheck.Format.XLSX);
        assertThat(check.check(ImportFileCheck.XLSX, fi.koto.document.control.Samples.streamedXlsx())
                        .format())
                .as("a workbook written by POI's streaming writer")
                .isEqualTo(ImportFileCheck.Format.XLSX);
        refused(ImportFileCheck.XLSX, zip("word/document.xml", "<w/>"), "import.file.notXlsx");
        refused(ImportFileCheck.XLSX, utf8("MZ this is an executable"), "import.file.notXlsx");
        refused(ImportFileCheck.XLSX, Arrays.copyOf(workbook, workbook.length - 30), "import.file.xlsxBroken");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        String zeros = "0".repeat(6 * 1024 * 1024);
        refused(
                ImportFileCheck.XLSX,
                zip(
                        "[Content_Types].xml",
                        "<Types/>",
                        "xl/workbook.xml",
                        "<workbook/>",
                        "xl/worksheets/sheet1.xml",
                        zeros),
                "import.file.zipBomb");
        String[] many = new String[2 * 60];
        for (int i = 0; i < 60; i++) {
            many[2 * i] = "part" + i;
            many[2 * i + 1] = "x";
        }
        refused(ImportFileCheck.XLSX, zip(many), "import.file.zipBomb");
    }
}
