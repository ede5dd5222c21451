package fi.koto.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.koto.it.Api;
import fi.koto.it.KotoJar;
import fi.koto.it.NationalDataSet;
import fi.koto.report.writer.Column;
import fi.koto.report.writer.ColumnType;
import fi.koto.report.writer.ReportFormat;
import fi.koto.report.writer.ReportHeader;
import fi.koto.report.writer.ReportLabels;
import fi.koto.report.writer.ReportWriter;
import fi.koto.report.writer.Section;
import jakarta.json.JsonObject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Not a test: the report benchmark (README, "Measured"). Run with {@code mvn -B package -Preport-benchmark}, which
 * builds {@code target/koto.jar} and runs this class in a JVM limited to 256 MB of heap. In one run it measures:
 * <ol>
 * <li>the largest report's rows (PLACEMENTS for a whole year, nationally: 308 municipalities × 12 months × 6
 * groups, three sections) written by Koto's XLSX and PDF writers against bare POI SXSSF and bare OpenPDF writing
 * the same rows with the same cell types and font (median of five runs after two warm-ups);</li>
 * <li>a million-row workbook through Koto's writer and bare SXSSF, with the peak heap (sampled every 5 ms);</li>
 * <li>the report job end to end (POST to COMPLETED and the download) on a national data set: it starts
 * {@code target/koto.jar} on an H2 file database in {@code target/report-benchmark}, stops it after the schema is
 * made, fills all 308 municipalities with ten years (2016-2025) of monthly placements per target group, agreements
 * with places for each year, and two programmes each with their review history, starts it again and asks for the
 * largest report: first with the snapshot of 2025 being taken, then again from the snapshot, as XLSX and PDF.</li>
 * </ol>
 */
public final class ReportBenchmark {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    static final String[] GROUPS = {"QUOTA_REFUGEE", "QUOTA_EMERGENCY", "ASYLUM_PERMIT", "UNACCOMPANIED_MINOR",
        "TEMPORARY_PROTECTION", "FAMILY_MEMBER"};
    static final int MUNICIPALITIES = 308;
    static final int MILLION = 1_000_000;

    private final Path work;
    private final List<String> lines = new ArrayList<>();

    private ReportBenchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8585;
        String parts = args.length > 2 ? args[2] : "123"; // which parts to run, for trying one out
        var benchmark = new ReportBenchmark(target.resolve("report-benchmark"));
        benchmark.clean();
        if (parts.contains("1")) {
            benchmark.writers();
        }
        if (parts.contains("2")) {
            benchmark.millionRows();
        }
        if (parts.contains("3")) {
            benchmark.job(target.resolve("koto.jar"), port);
        }
        System.out.println();
        System.out.println("=== Report benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + System.getProperty("java.version")
                + ") ===");
        benchmark.lines.forEach(System.out::println);
    }

    private void report(String line) {
        System.out.println(line);
        lines.add(line);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. Writers against bare libraries, on the largest report's rows

    /** The three sections of the national annual PLACEMENTS report, with rows of the same shape and size. */
    record Table(Section section, List<Object[]> rows) {
    }

    static List<Table> largestReport() {
        var random = new Random(5);
        List<Column> byGroupColumns = List.of(col("Target group", ColumnType.TEXT), col("Assigned", ColumnType.INTEGER),
                col("Self-settled", ColumnType.INTEGER), col("Total", ColumnType.INTEGER),
                col("Under 7", ColumnType.INTEGER), col("7 or older", ColumnType.INTEGER));
        List<Object[]> byGroup = new ArrayList<>();
        for (String group : GROUPS) {
            byGroup.add(new Object[] {group, 900L, 300L, 1200L, 300L, 900L});
        }
        List<Column> byMunicipalityColumns = List.of(col("Municipality code", ColumnType.TEXT),
                col("Municipality", ColumnType.TEXT), col("Authority", ColumnType.TEXT),
                col("Target group", ColumnType.TEXT), col("Assigned", ColumnType.INTEGER),
                col("Self-settled", ColumnType.INTEGER), col("Total", ColumnType.INTEGER),
                col("Under 7", ColumnType.INTEGER), col("7 or older", ColumnType.INTEGER));
        List<Object[]> byMunicipality = new ArrayList<>();
        List<Column> byMonthColumns = List.of(col("Municipality code", ColumnType.TEXT),
                col("Municipality", ColumnType.TEXT), col("Month", ColumnType.DATE),
                col("Target group", ColumnType.TEXT), col("Assigned", ColumnType.INTEGER),
                col("Self-settled", ColumnType.INTEGER), col("Total", ColumnType.INTEGER),
                col("Under 7", ColumnType.INTEGER), col("7 or older", ColumnType.INTEGER));
        List<Object[]> byMonth = new ArrayList<>();
        for (int m = 0; m < MUNICIPALITIES; m++) {
            String code = String.format("%03d", m + 5);
            String name = m == 0 ? "Inari (Anár)" : "Kunta " + code;
            for (String group : GROUPS) {
                long assigned = random.nextInt(40);
                long self = random.nextInt(10);
                byMunicipality.add(new Object[] {code, name, "Lapin elinvoimakeskus", group, assigned, self,
                        assigned + self, assigned / 3, assigned + self - assigned / 3});
            }
            for (int month = 1; month <= 12; month++) {
                for (String group : GROUPS) {
                    long assigned = random.nextInt(6);
                    long self = random.nextInt(3);
                    byMonth.add(new Object[] {code, name, LocalDate.of(2025, month, 1), group, assigned, self,
                            assigned + self, assigned / 3, assigned + self - assigned / 3});
                }
            }
        }
        return List.of(new Table(new Section("By target group", byGroupColumns), byGroup),
                new Table(new Section("By municipality and group", byMunicipalityColumns), byMunicipality),
                new Table(new Section("By month", byMonthColumns), byMonth));
    }

    static Column col(String label, ColumnType type) {
        return new Column(label, type);
    }

    static ReportHeader header() {
        return new ReportHeader("Placements in the period", "Year 2025", ZonedDateTime.now(FINLAND), Locale.ENGLISH,
                List.of(new ReportHeader.Parameter("Area", "Whole country")),
                new ReportLabels("Period", "As of", "Page {0} / {1}", "yes", "no", "About this report", "Item",
                        "Value"));
    }

    /** Koto's writer: the whole report, with its parameters sheet or first page. */
    static long koto(ReportFormat format, List<Table> tables, OutputStream out) throws IOException {
        long rows = 0;
        try (ReportWriter writer = format.open(out, header())) {
            for (Table table : tables) {
                writer.section(table.section());
                for (Object[] row : table.rows()) {
                    writer.row(row);
                    rows++;
                }
            }
        }
        return rows;
    }

    /** Bare SXSSF: a sheet per section, header row, the same number formats, frozen header and filter. */
    static void bareXlsx(List<Table> tables, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(100)) {
            var format = workbook.createDataFormat();
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(format.getFormat("#,##0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy-mm-dd"));
            for (Table table : tables) {
                SXSSFSheet sheet = workbook.createSheet(table.section().title());
                List<Column> columns = table.section().columns();
                var header = sheet.createRow(0);
                for (int c = 0; c < columns.size(); c++) {
                    header.createCell(c).setCellValue(columns.get(c).label());
                }
                int r = 1;
                for (Object[] values : table.rows()) {
                    var row = sheet.createRow(r++);
                    for (int c = 0; c < values.length; c++) {
                        var cell = row.createCell(c);
                        switch (columns.get(c).type()) {
                            case INTEGER -> {
                                cell.setCellValue(((Number) values[c]).longValue());
                                cell.setCellStyle(integer);
                            }
                            case DATE -> {
                                cell.setCellValue((LocalDate) values[c]);
                                cell.setCellStyle(date);
                            }
                            default -> cell.setCellValue(values[c].toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, columns.size() - 1));
            }
            workbook.write(out);
        }
    }

    /** Bare OpenPDF: the same embedded font, a table per section with a repeated header, flushed every 200 rows. */
    static void barePdf(List<Table> tables, OutputStream out) throws Exception {
        byte[] ttf;
        try (InputStream in = ReportBenchmark.class.getClassLoader()
                .getResourceAsStream("fi/koto/report/fonts/DejaVuSans.ttf")) {
            ttf = in.readAllBytes();
        }
        BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf,
                null);
        Font font = new Font(base, 7.5f);
        var document = new Document(PageSize.A4, 36, 36, 36, 42);
        PdfWriter.getInstance(document, out).setCloseStream(false);
        document.open();
        boolean first = true;
        for (Table table : tables) {
            if (!first) {
                document.newPage();
            }
            first = false;
            List<Column> columns = table.section().columns();
            var pdf = new PdfPTable(columns.size());
            pdf.setWidthPercentage(100);
            pdf.setHeaderRows(1);
            pdf.setComplete(false);
            for (Column column : columns) {
                pdf.addCell(new PdfPCell(new Phrase(column.label(), font)));
            }
            int n = 0;
            for (Object[] values : table.rows()) {
                for (int c = 0; c < values.length; c++) {
                    var cell = new PdfPCell(new Phrase(values[c].toString(), font));
                    if (columns.get(c).type().isNumeric()) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    pdf.addCell(cell);
                }
                if (++n % 200 == 0) {
                    document.add(pdf);
                }
            }
            pdf.setComplete(true);
            document.add(pdf);
        }
        document.close();
    }

    interface Job {
        void run(OutputStream out) throws Exception;
    }

    /** Median milliseconds of five runs after two warm-ups; the bytes written by the last run. */
    static long[] time(Job job) throws Exception {
        long[] times = new long[5];
        long bytes = 0;
        for (int i = -2; i < times.length; i++) {
            var out = new CountingStream();
            long start = System.nanoTime();
            job.run(out);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (i >= 0) {
                times[i] = elapsed;
            }
            bytes = out.count;
        }
        Arrays.sort(times);
        return new long[] {times[times.length / 2], bytes};
    }

    private void writers() throws Exception {
        List<Table> tables = largestReport();
        int rows = tables.stream().mapToInt(t -> t.rows().size()).sum();
        report("1. The largest report (PLACEMENTS, year, national): " + rows + " rows in 3 sections; median of 5 runs");
        long[] kotoXlsx = time(out -> koto(ReportFormat.XLSX, tables, out));
        long[] bareXlsx = time(out -> bareXlsx(tables, out));
        long[] kotoPdf = time(out -> koto(ReportFormat.PDF, tables, out));
        long[] barePdf = time(out -> barePdf(tables, out));
        report(String.format("   XLSX  Koto writer %6d ms (%,d bytes) | bare SXSSF   %6d ms (%,d bytes) | ratio %.2f",
                kotoXlsx[0], kotoXlsx[1], bareXlsx[0], bareXlsx[1], (double) kotoXlsx[0] / bareXlsx[0]));
        report(String.format("   PDF   Koto writer %6d ms (%,d bytes) | bare OpenPDF %6d ms (%,d bytes) | ratio %.2f",
                kotoPdf[0], kotoPdf[1], barePdf[0], barePdf[1], (double) kotoPdf[0] / barePdf[0]));
        bareXlsxMillis = bareXlsx[0];
        barePdfMillis = barePdf[0];
        largestRows = rows;
    }

    private long bareXlsxMillis;
    private long barePdfMillis;
    private int largestRows;

    // ---------------------------------------------------------------------------------------------------------
    // 2. A million rows

    /** A million generated rows of the by-month shape, produced as they are written (never held). */
    static List<Table> millionRows(int rows) {
        List<Column> columns = largestReport().get(2).section().columns();
        List<Object[]> generated = new java.util.AbstractList<>() {
            @Override
            public Object[] get(int i) {
                long assigned = i % 7;
                return new Object[] {String.format("%03d", i % MUNICIPALITIES), "Kunta " + (i % MUNICIPALITIES),
                        LocalDate.of(2016 + (i / 1000) % 10, 1 + i % 12, 1), GROUPS[i % 6], assigned, 1L,
                        assigned + 1, assigned / 3, assigned + 1 - assigned / 3};
            }

            @Override
            public int size() {
                return rows;
            }
        };
        return List.of(new Table(new Section("By month", columns), generated));
    }

    private void millionRows() throws Exception {
        List<Table> tables = millionRows(MILLION);
        report("2. A million rows (9 columns) as XLSX, written to a file");
        Path file = work.resolve("million.xlsx");
        Files.createDirectories(work);
        long[] koto = withPeakHeap(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                koto(ReportFormat.XLSX, tables, out);
            }
            return Files.size(file);
        });
        long[] bare = withPeakHeap(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                bareXlsx(tables, out);
            }
            return Files.size(file);
        });
        Files.deleteIfExists(file);
        report(String.format("   Koto writer %6d ms, peak heap %4d MB (%,d bytes) | bare SXSSF %6d ms, peak heap %4d MB"
                + " | ratio %.2f", koto[0], koto[1], koto[2], bare[0], bare[1], (double) koto[0] / bare[0]));
        List<Table> pdfRows = millionRows(100_000);
        long[] pdf = withPeakHeap(() -> {
            var out = new CountingStream();
            koto(ReportFormat.PDF, pdfRows, out);
            return out.count;
        });
        report(String.format("   100,000 rows as PDF: Koto writer %6d ms, peak heap %4d MB (%,d bytes)", pdf[0], pdf[1],
                pdf[2]));
    }

    interface Measured {
        long run() throws Exception;
    }

    /** Milliseconds, peak used heap in MB (sampled every 5 ms, after a GC before the start) and the result. */
    static long[] withPeakHeap(Measured measured) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long result = measured.run();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        return new long[] {elapsed, peak.get() / (1024 * 1024), result};
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. The report job end to end on a national data set

    private void job(Path jar, int port) throws Exception {
        Path data = work.resolve("data");
        report("3. The report job end to end: Koto on an H2 file database (" + data + "), national data set");
        try (KotoJar migrate = KotoJar.start(jar, port, work.resolve("server-1.log"), KotoJar.demoOnH2(data))) {
            migrate.awaitReady(); // the schema and the reference data are made; then H2's file is free again
        }
        long seeding = System.nanoTime();
        String seeded = NationalDataSet.seed(data);
        report("   data set (" + (System.nanoTime() - seeding) / 1_000_000_000 + " s): " + seeded);
        try (KotoJar server = KotoJar.start(jar, port, work.resolve("server-2.log"), KotoJar.demoOnH2(data))) {
            server.awaitReady();
            URL base = new URL("http://127.0.0.1:" + port + "/");
            Api manager = Api.as(base, "manager");
            String xlsx = "{\"type\":\"PLACEMENTS\",\"year\":2025,\"format\":\"XLSX\",\"language\":\"en\"}";
            String pdf = "{\"type\":\"PLACEMENTS\",\"year\":2025,\"format\":\"PDF\",\"language\":\"en\"}";
            long[] first = endToEnd(manager, xlsx);
            long[] fromSnapshot = best(manager, xlsx, 3);
            long[] asPdf = best(manager, pdf, 3);
            report(String.format("   XLSX, first report of 2025 (takes the snapshot, cold server): %6d ms (%,d rows, %,d"
                    + " bytes)", first[0], first[1], first[2]));
            report(String.format("   XLSX, from the snapshot (best of 3): %6d ms (%,d rows, %,d bytes) | bare SXSSF on"
                    + " %,d rows %d ms | ratio %.2f", fromSnapshot[0], fromSnapshot[1], fromSnapshot[2], largestRows,
                    bareXlsxMillis, (double) fromSnapshot[0] / Math.max(1, bareXlsxMillis)));
            report(String.format("   PDF, from the snapshot (best of 3):  %6d ms (%,d rows, %,d bytes) | bare OpenPDF on"
                    + " %,d rows %d ms | ratio %.2f", asPdf[0], asPdf[1], asPdf[2], largestRows, barePdfMillis,
                    (double) asPdf[0] / Math.max(1, barePdfMillis)));
        }
        // the job's own log lines: how long the figures (the snapshot) and the file took in the server
        try (Stream<String> log = Files.lines(work.resolve("server-2.log"))) {
            log.filter(l -> l.contains("] Report ") || l.contains(" Report ")).filter(l -> l.contains("ms"))
                    .map(l -> "   server: " + l.substring(l.indexOf("Report "))).forEach(this::report);
        }
    }

    /** The fastest of {@code runs} reports. */
    static long[] best(Api api, String order, int runs) throws Exception {
        long[] best = null;
        for (int i = 0; i < runs; i++) {
            long[] run = endToEnd(api, order);
            if (best == null || run[0] < best[0]) {
                best = run;
            }
        }
        return best;
    }

    /** Milliseconds from POST to the file downloaded, rows written and bytes. */
    static long[] endToEnd(Api api, String order) throws Exception {
        long start = System.nanoTime();
        var answer = api.post("api/v1/reports", order);
        if (answer.status() != 202) {
            throw new IllegalStateException(answer.toString());
        }
        long id = ((JsonObject) answer.json()).getJsonNumber("id").longValue();
        JsonObject view;
        while (true) {
            view = (JsonObject) api.get("api/v1/reports/" + id).json();
            if (!"STARTED".equals(view.getString("status"))) {
                break;
            }
            Thread.sleep(50);
        }
        if (!"COMPLETED".equals(view.getString("status"))) {
            throw new IllegalStateException("report " + id + ": " + view);
        }
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(api.request("api/v1/reports/" + id + "/file")
                .setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        if (file.statusCode() != 200) {
            throw new IllegalStateException("download " + id + ": " + file.statusCode());
        }
        return new long[] {elapsed, view.getJsonNumber("rows").longValue(), file.body().length};
    }

    private void clean() throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
    }

    /** Counts bytes and throws them away. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
