package fi.koto.document.control;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Not a test: how long the content check takes for files near the default limit of 10 MiB: a generated XLSX of
 * 150,000 rows x 8 numbers (every part is inflated and counted) and a 10 MiB PDF (header, end marker, SHA-256).
 * Run with {@code mvn -q test-compile exec:java -Dexec.mainClass=fi.koto.document.control.DocumentCheckBenchmark
 * -Dexec.classpathScope=test}.
 */
public final class DocumentCheckBenchmark {

    private DocumentCheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        byte[] xlsx;
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Luvut");
            var random = new Random(1);
            for (int r = 0; r < 150_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 8; c++) {
                    row.createCell(c).setCellValue(random.nextInt(1_000_000));
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        byte[] pdf = new byte[10 * 1024 * 1024 - 100];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, pdf, 0, 9);
        System.arraycopy("%%EOF\n".getBytes(), 0, pdf, pdf.length - 6, 6);
        var check = new DocumentCheck(DocumentCheck.DEFAULT_MAX_BYTES);
        for (int i = 0; i < 5; i++) {
            check.check("luvut.xlsx", xlsx);
            check.check("iso.pdf", pdf);
        }
        int rounds = 10;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            check.check("luvut.xlsx", xlsx);
        }
        long middle = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            check.check("iso.pdf", pdf);
        }
        long end = System.nanoTime();
        System.out.printf(
                "XLSX of %,d bytes: %.0f ms per check; PDF of %,d bytes: %.0f ms per check%n",
                xlsx.length, (middle - start) / 1e6 / rounds, pdf.length, (end - middle) / 1e6 / rounds);
    }
}
