package fi.koto.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
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
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Not a test: the report benchmark (docs/benchmarks.md). Run with {@code mvn -B package -Preport-benchmark}, which
 * builds {@code target/koto.jar} and runs this class in a JVM limited to 256 MB of heap. In one run it measures:
 * <ol>
 * <li>the largest report's rows (PLACEMENTS for a whole year, nationally: 308 municipalities × 12 months × 6
 * groups, three sections) written by Koto's XLSX and PDF writers against bare POI SXSSF and bare OpenPDF writing
 * the same rows with the features a reader needs (workbook: numeric and date cells, a title cell in A1 of every
 * sheet, a frozen header row below it with filters, a parameters sheet; PDF: A4, the embedded fonts, the header row repeated on every page, "page X / Y"):
 * three warm-up rounds, then seven rounds running both sides in alternating order; medians of the wall time and of
 * the CPU time of the writing thread, whose ratio a machine loaded by other processes distorts much less;</li>
 * <li>a million-row workbook through Koto's writer and bare SXSSF, with the peak heap (sampled every 5 ms);</li>
 * <li>the report job end to end (POST to COMPLETED and the download) on a national data set: it starts
 * {@code target/koto.jar} on an H2 file database in {@code target/report-benchmark}, stops it after the schema is
 * made, fills all 308 municipalities with ten years (2016-2025) of monthly placements per target group, agreements
 * with places for each year, and two programmes each with their review history, starts it again and asks for the
 * largest report: first with the snapshot of 2025 being taken, then, after five warm-ups, seven times each from
 * the snapshot, XLSX and PDF alternating, each right after the bare library wrote the same rows in this JVM; the
 * median wall time and the median CPU time the server process used, against the bare runs' medians. The goal
 * (2x) is judged on the wall time, what a person waits for.</li>
 * </ol>
 * The load average of the machine before and after is printed with the figures, and a summary of the ratios
 * against the goals (docs/benchmarks.md). {@code -Dkoto.benchmark.parts=12} runs only some parts.
 */
public final class ReportBenchmark {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    static final String[] GROUPS = {
        "QUOTA_REFUGEE",
        "QUOTA_EMERGENCY",
        "ASYLUM_PERMIT",
        "UNACCOMPANIED_MINOR",
        "TEMPORARY_PROTECTION",
        "FAMILY_MEMBER"
    };
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
        String parts = args.length > 2 ? args[2] : "123"; // which parts to run (-Dkoto.benchmark.parts=1)
        var benchmark = new ReportBenchmark(target.resolve("report-benchmark"));
        benchmark.clean();
        String loadBefore = loadAverage();
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
        System.out.println("load average before: " + loadBefore + "; after: " + loadAverage());
        benchmark.lines.forEach(System.out::println);
        System.out.println(
                "Ratios (Koto / bare library; CPU: of the writing thread, or of the server process for the" + " job):");
        benchmark.summary.forEach(System.out::println);
    }

    private void report(String line) {
        System.out.println(line);
        lines.add(line);
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. Writers against bare libraries, on the largest report's rows

    /** The three sections of the national annual PLACEMENTS report, with rows of the same shape and size. */
    record Table(Section section, List<Object[]> rows) {}

    static List<Table> largestReport() {
        var random = new Random(5);
        List<Column> byGroupColumns = List.of(
                col("Target group", ColumnType.TEXT),
                col("Assigned", ColumnType.INTEGER),
                col("Self-settled", ColumnType.INTEGER),
                col("Total", ColumnType.INTEGER),
                col("Under 7", ColumnType.INTEGER),
                col("7 or older", ColumnType.INTEGER));
        List<Object[]> byGroup = new ArrayList<>();
        for (String group : GROUPS) {
            byGroup.add(new Object[] {group, 900L, 300L, 1200L, 300L, 900L});
        }
        List<Column> byMunicipalityColumns = List.of(
                col("Municipality code", ColumnType.TEXT),
                col("Municipality", ColumnType.TEXT),
                col("Authority", ColumnType.TEXT),
                col("Target group", ColumnType.TEXT),
                col("Assigned", ColumnType.INTEGER),
                col("Self-settled", ColumnType.INTEGER),
                col("Total", ColumnType.INTEGER),
                col("Under 7", ColumnType.INTEGER),
                col("7 or older", ColumnType.INTEGER));
        List<Object[]> byMunicipality = new ArrayList<>();
        List<Column> byMonthColumns = List.of(
                col("Municipality code", ColumnType.TEXT),
                col("Municipality", ColumnType.TEXT),
                col("Month", ColumnType.DATE),
                col("Target group", ColumnType.TEXT),
                col("Assigned", ColumnType.INTEGER),
                col("Self-settled", ColumnType.INTEGER),
                col("Total", ColumnType.INTEGER),
                col("Under 7", ColumnType.INTEGER),
                col("7 or older", ColumnType.INTEGER));
        List<Object[]> byMonth = new ArrayList<>();
        for (int m = 0; m < MUNICIPALITIES; m++) {
            String code = String.format("%03d", m + 5);
            String name = m == 0 ? "Inari (Anár)" : "Kunta " + code;
            for (String group : GROUPS) {
                long assigned = random.nextInt(40);
                long self = random.nextInt(10);
                byMunicipality.add(new Object[] {
                    code,
                    name,
                    "Lapin elinvoimakeskus",
                    group,
                    assigned,
                    self,
                    assigned + self,
                    assigned / 3,
                    assigned + self - assigned / 3
                });
            }
            for (int month = 1; month <= 12; month++) {
                for (String group : GROUPS) {
                    long assigned = random.nextInt(6);
                    long self = random.nextInt(3);
                    byMonth.add(new Object[] {
                        code,
                        name,
                        LocalDate.of(2025, month, 1),
                        group,
                        assigned,
                        self,
                        assigned + self,
                        assigned / 3,
                        assigned + self - assigned / 3
                    });
                }
            }
        }
        return List.of(
                new Table(new Section("By target group", byGroupColumns), byGroup),
                new Table(new Section("By municipality and group", byMunicipalityColumns), byMunicipality),
                new Table(new Section("By month", byMonthColumns), byMonth));
    }

    static Column col(String label, ColumnType type) {
        return new Column(label, type);
    }

    static ReportHeader header() {
        return new ReportHeader(
                "Placements in the period",
                "Year 2025",
                ZonedDateTime.now(FINLAND),
                Locale.ENGLISH,
                List.of(new ReportHeader.Parameter("Area", "Whole country")),
                new ReportLabels(
                        "Period",
                        "As of",
                        "Page {0} / {1}",
                        "yes",
                        "no",
                        "About this report",
                        "Item",
                        "Value",
                        "{0}: {1} ({2})"));
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

    /**
     * Bare SXSSF with what a reader needs and Koto's writer gives: a parameters sheet, a sheet per section with a
     * title cell in A1 and below it a bold filled header row (frozen, with filters), the same number and date
     * formats, set column widths.
     */
    static void bareXlsx(List<Table> tables, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(100)) {
            var format = workbook.createDataFormat();
            var bold = workbook.createFont();
            bold.setBold(true);
            var big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle titled = workbook.createCellStyle();
            titled.setFont(big);
            CellStyle head = workbook.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(format.getFormat("#,##0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
            ReportHeader about = header();
            SXSSFSheet parameters = workbook.createSheet(about.labels().parameters());
            var parametersTitle = parameters.createRow(0).createCell(0);
            parametersTitle.setCellValue(
                    new java.text.MessageFormat(about.labels().sheetTitle(), about.locale())
                            .format(new Object[] {about.title(), about.labels().parameters(), about.period()}));
            parametersTitle.setCellStyle(titled);
            var period = parameters.createRow(1);
            period.createCell(0).setCellValue(about.labels().period());
            period.createCell(1).setCellValue(about.period());
            var asOf = parameters.createRow(2);
            asOf.createCell(0).setCellValue(about.labels().asOf());
            var at = asOf.createCell(1);
            at.setCellValue(about.asOf().toLocalDateTime());
            at.setCellStyle(dateTime);
            for (Table table : tables) {
                SXSSFSheet sheet = workbook.createSheet(table.section().title());
                List<Column> columns = table.section().columns();
                // the same title cell as Koto's writer, so that both write one row more a sheet
                var title = sheet.createRow(0).createCell(0);
                title.setCellValue(new java.text.MessageFormat(about.labels().sheetTitle(), about.locale())
                        .format(new Object[] {about.title(), table.section().title(), about.period()}));
                title.setCellStyle(titled);
                var header = sheet.createRow(1);
                for (int c = 0; c < columns.size(); c++) {
                    var cell = header.createCell(c);
                    cell.setCellValue(columns.get(c).label());
                    cell.setCellStyle(head);
                }
                int r = 2;
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
                sheet.createFreezePane(0, 2);
                sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, columns.size() - 1));
                for (int c = 0; c < columns.size(); c++) {
                    sheet.setColumnWidth(c, (columns.get(c).type().typicalChars() + 3) * 256);
                }
            }
            workbook.write(out);
        }
    }

    /**
     * Bare OpenPDF with what a reader needs and Koto's writer gives: A4 (landscape for the wide sections, as Koto
     * chooses), the title and facts on the first page, the embedded regular and bold DejaVu Sans, a table per
     * section with its header row repeated on every page and handed to the document every 200 rows, numbers aligned
     * right, and on every page a footer with "page X / Y" (the total filled in at the end).
     */
    static void barePdf(List<Table> tables, OutputStream out) throws Exception {
        BaseFont base = BaseFont.createFont(
                "DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, font("DejaVuSans.ttf"), null);
        BaseFont boldBase = BaseFont.createFont(
                "DejaVuSans-Bold.ttf",
                BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED,
                false,
                font("DejaVuSans-Bold.ttf"),
                null);
        Font font = new Font(base, 7.5f);
        Font bold = new Font(boldBase, 7.5f);
        ReportHeader about = header();
        var document = new Document(wide(tables.get(0).section()) ? PageSize.A4.rotate() : PageSize.A4, 36, 36, 36, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PdfPageEventHelper() {
            PdfTemplate total;

            @Override
            public void onOpenDocument(PdfWriter w, Document d) {
                total = w.getDirectContent().createTemplate(40, 10);
            }

            @Override
            public void onEndPage(PdfWriter w, Document d) {
                PdfContentByte canvas = w.getDirectContent();
                float y = d.bottomMargin() - 20;
                float x = d.getPageSize().getWidth() - d.rightMargin() - 24;
                String page = "Page " + w.getPageNumber() + " / ";
                canvas.beginText();
                canvas.setFontAndSize(base, 7);
                canvas.setTextMatrix(d.leftMargin(), y);
                canvas.showText(about.title() + " · " + about.period());
                canvas.setTextMatrix(x - base.getWidthPoint(page, 7), y);
                canvas.showText(page);
                canvas.endText();
                canvas.addTemplate(total, x, y);
            }

            @Override
            public void onCloseDocument(PdfWriter w, Document d) {
                total.beginText();
                total.setFontAndSize(base, 7);
                total.setTextMatrix(0, 0);
                total.showText(String.valueOf(w.getPageNumber() - 1));
                total.endText();
            }
        });
        document.open();
        document.add(new Paragraph(about.title(), new Font(boldBase, 15)));
        document.add(new Paragraph(about.labels().period() + ": " + about.period(), font));
        boolean first = true;
        for (Table table : tables) {
            List<Column> columns = table.section().columns();
            if (!first) {
                document.setPageSize(wide(table.section()) ? PageSize.A4.rotate() : PageSize.A4);
                document.newPage();
            }
            first = false;
            document.add(new Paragraph(table.section().title(), new Font(boldBase, 11)));
            var pdf = new PdfPTable(columns.size());
            float[] widths = new float[columns.size()]; // by the type's share, wide enough for every value
            for (int c = 0; c < widths.length; c++) {
                widths[c] = columns.get(c).type().pdfWeight();
            }
            pdf.setWidths(widths);
            pdf.setWidthPercentage(100);
            pdf.setHeaderRows(1);
            pdf.setComplete(false);
            for (Column column : columns) {
                var cell = new PdfPCell(new Phrase(column.label(), bold));
                cell.setBackgroundColor(java.awt.Color.LIGHT_GRAY);
                pdf.addCell(cell);
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

    private static byte[] font(String file) throws IOException {
        try (InputStream in =
                ReportBenchmark.class.getClassLoader().getResourceAsStream("fi/koto/report/fonts/" + file)) {
            return in.readAllBytes();
        }
    }

    /** The same rule as Koto's PDF writer: sections wider than 10 weight units are printed in landscape. */
    static boolean wide(Section section) {
        float weight = 0;
        for (Column column : section.columns()) {
            weight += column.type().pdfWeight();
        }
        return weight > 10f;
    }

    interface Job {
        void run(OutputStream out) throws Exception;
    }

    /** The medians of the measured runs of one side: wall and CPU milliseconds, and the bytes of the last run. */
    record Timing(double wallMillis, double cpuMillis, long bytes) {
        double wallRatio(Timing bare) {
            return wallMillis / Math.max(0.001, bare.wallMillis);
        }

        double cpuRatio(Timing bare) {
            return cpuMillis / Math.max(0.001, bare.cpuMillis);
        }
    }

    static final int WARM_UPS = 3;
    static final int RUNS = 7;

    /**
     * Koto's writer against the bare library, fairly on a loaded machine: {@value #WARM_UPS} warm-up rounds, then
     * {@value #RUNS} measured rounds, each running both sides, the first side alternating from round to round (so
     * neither always runs on a heap the other just filled); a collection before every run. Each side's median
     * wall time and median CPU time of this thread (ThreadMXBean; load from other processes stretches the wall
     * time, much less the CPU time).
     */
    static Timing[] compare(Job koto, Job bare) throws Exception {
        long[][] wall = new long[2][RUNS];
        long[][] cpu = new long[2][RUNS];
        long[] bytes = new long[2];
        Job[] jobs = {koto, bare};
        for (int round = -WARM_UPS; round < RUNS; round++) {
            for (int k = 0; k < 2; k++) {
                int side = Math.floorMod(round, 2) == 0 ? k : 1 - k;
                System.gc();
                var out = new CountingStream();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                jobs[side].run(out);
                long elapsed = System.nanoTime() - start;
                long cpuUsed = THREADS.getCurrentThreadCpuTime() - cpuStart;
                if (round >= 0) {
                    wall[side][round] = elapsed;
                    cpu[side][round] = cpuUsed;
                }
                bytes[side] = out.count;
            }
        }
        return new Timing[] {
            new Timing(median(wall[0]), median(cpu[0]), bytes[0]), new Timing(median(wall[1]), median(cpu[1]), bytes[1])
        };
    }

    static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The median of nanosecond figures, in milliseconds. */
    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return middle / 1_000_000.0;
    }

    private void writers() throws Exception {
        List<Table> tables = largestReport();
        int rows = tables.stream().mapToInt(t -> t.rows().size()).sum();
        report("1. The largest report (PLACEMENTS, year, national): " + rows + " rows in 3 sections; medians of " + RUNS
                + " alternating runs after " + WARM_UPS + " warm-ups (wall / CPU of the writing thread)");
        Timing[] xlsx = compare(out -> koto(ReportFormat.XLSX, tables, out), out -> bareXlsx(tables, out));
        Timing[] pdf = compare(out -> koto(ReportFormat.PDF, tables, out), out -> barePdf(tables, out));
        report(String.format(
                Locale.ROOT,
                "   XLSX  Koto writer %7.0f / %7.0f ms (%,d bytes) | bare SXSSF   %7.0f / %7.0f"
                        + " ms (%,d bytes) | ratio wall %.2f, CPU %.2f",
                xlsx[0].wallMillis(),
                xlsx[0].cpuMillis(),
                xlsx[0].bytes(),
                xlsx[1].wallMillis(),
                xlsx[1].cpuMillis(),
                xlsx[1].bytes(),
                xlsx[0].wallRatio(xlsx[1]),
                xlsx[0].cpuRatio(xlsx[1])));
        report(String.format(
                Locale.ROOT,
                "   PDF   Koto writer %7.0f / %7.0f ms (%,d bytes) | bare OpenPDF %7.0f / %7.0f"
                        + " ms (%,d bytes) | ratio wall %.2f, CPU %.2f",
                pdf[0].wallMillis(),
                pdf[0].cpuMillis(),
                pdf[0].bytes(),
                pdf[1].wallMillis(),
                pdf[1].cpuMillis(),
                pdf[1].bytes(),
                pdf[0].wallRatio(pdf[1]),
                pdf[0].cpuRatio(pdf[1])));
        summary.add(goal("XLSX: Koto writer / bare SXSSF", xlsx[0].wallRatio(xlsx[1]), xlsx[0].cpuRatio(xlsx[1]), 1.3));
        summary.add(goal("PDF:  Koto writer / bare OpenPDF", pdf[0].wallRatio(pdf[1]), pdf[0].cpuRatio(pdf[1]), 1.3));
    }

    static String goal(String what, double wall, double cpu, double goal) {
        return String.format(
                Locale.ROOT,
                "   %-44s wall %5.2f  CPU %5.2f  (goal <= %.1f: %s)",
                what,
                wall,
                cpu,
                goal,
                cpu <= goal && wall <= goal ? "met" : cpu <= goal ? "met in CPU time" : "NOT met");
    }

    private final List<String> summary = new ArrayList<>();

    // ---------------------------------------------------------------------------------------------------------
    // 2. A million rows

    /** A million generated rows of the by-month shape, produced as they are written (never held). */
    static List<Table> millionRows(int rows) {
        List<Column> columns = largestReport().get(2).section().columns();
        List<Object[]> generated = new java.util.AbstractList<>() {
            @Override
            public Object[] get(int i) {
                long assigned = i % 7;
                return new Object[] {
                    String.format("%03d", i % MUNICIPALITIES),
                    "Kunta " + (i % MUNICIPALITIES),
                    LocalDate.of(2016 + (i / 1000) % 10, 1 + i % 12, 1),
                    GROUPS[i % 6],
                    assigned,
                    1L,
                    assigned + 1,
                    assigned / 3,
                    assigned + 1 - assigned / 3
                };
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
        report(String.format(
                Locale.ROOT,
                "   Koto writer %6d / %6d ms, peak heap %4d MB (%,d bytes) | bare SXSSF %6d /"
                        + " %6d ms, peak heap %4d MB | ratio wall %.2f, CPU %.2f (one run each: wall / CPU)",
                koto[0],
                koto[3],
                koto[1],
                koto[2],
                bare[0],
                bare[3],
                bare[1],
                (double) koto[0] / bare[0],
                (double) koto[3] / bare[3]));
        List<Table> pdfRows = millionRows(100_000);
        long[] pdf = withPeakHeap(() -> {
            var out = new CountingStream();
            koto(ReportFormat.PDF, pdfRows, out);
            return out.count;
        });
        report(String.format(
                Locale.ROOT,
                "   100,000 rows as PDF: Koto writer %6d / %6d ms, peak heap %4d MB (%,d bytes)",
                pdf[0],
                pdf[3],
                pdf[1],
                pdf[2]));
        summary.add(String.format(
                Locale.ROOT,
                "   %-44s %d MB, bare SXSSF %d MB (goal < 256 MB: %s)",
                "Million-row XLSX: peak heap of Koto's writer",
                koto[1],
                bare[1],
                koto[1] < 256 ? "met" : "NOT met"));
    }

    interface Measured {
        long run() throws Exception;
    }

    /**
     * Milliseconds, peak used heap in MB (sampled every 5 ms, after a GC before the start), the result and the CPU
     * milliseconds of this thread.
     */
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
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long result = measured.run();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        long cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        return new long[] {elapsed, peak.get() / (1024 * 1024), result, cpu};
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
            long[] first = endToEnd(manager, xlsx, server.pid());
            report(String.format(
                    Locale.ROOT,
                    "   XLSX, first report of 2025 (takes the snapshot, cold server): %6d ms"
                            + " (%,d rows, %,d bytes)",
                    first[0],
                    first[1],
                    first[2]));
            // warm-ups, as for the writers above: a server that has run a while has compiled the job's code
            for (int i = 0; i < JOB_WARM_UPS; i++) {
                endToEnd(manager, pdf, server.pid());
                endToEnd(manager, xlsx, server.pid());
            }
            // the bare libraries write the same rows in this JVM right before each job, so that the ratio compares
            // runs made at the same moment (this machine's speed drifts by a third between minutes)
            List<Table> tables = largestReport();
            long[][] xlsxRuns = new long[JOB_RUNS][];
            long[][] pdfRuns = new long[JOB_RUNS][];
            long[][] bareXlsxRuns = new long[2][JOB_RUNS];
            long[][] barePdfRuns = new long[2][JOB_RUNS];
            for (int i = -BARE_WARM_UPS; i < JOB_RUNS; i++) { // alternating, as the writers above
                long[] bare = timed(out -> bareXlsx(tables, out));
                if (i >= 0) {
                    bareXlsxRuns[0][i] = bare[0];
                    bareXlsxRuns[1][i] = bare[1];
                    xlsxRuns[i] = endToEnd(manager, xlsx, server.pid());
                }
                bare = timed(out -> barePdf(tables, out));
                if (i >= 0) {
                    barePdfRuns[0][i] = bare[0];
                    barePdfRuns[1][i] = bare[1];
                    pdfRuns[i] = endToEnd(manager, pdf, server.pid());
                }
            }
            jobLine("XLSX", xlsxRuns, "bare SXSSF  ", bareXlsxRuns, tables);
            jobLine("PDF ", pdfRuns, "bare OpenPDF", barePdfRuns, tables);
        }
        // the job's own log lines: how long the figures (the snapshot) and the file took in the server
        try (Stream<String> log = Files.lines(work.resolve("server-2.log"))) {
            log.filter(l -> l.contains("] Report ") || l.contains(" Report "))
                    .filter(l -> l.contains("ms"))
                    .map(l -> "   server: " + l.substring(l.indexOf("Report ")))
                    .forEach(this::report);
        }
    }

    static final int JOB_WARM_UPS = 5;
    static final int JOB_RUNS = 7;

    /** Warm-up runs of the bare libraries in this JVM before the measured rounds of part 3. */
    static final int BARE_WARM_UPS = 3;

    /**
     * A pause before each measured run of part 3, bare or job: the server's work after a job (its collector, the
     * database writing its pages) otherwise runs beside the next run and slows whichever comes next.
     */
    static final long SETTLE_MILLIS = 300;

    /** Wall and CPU nanoseconds of one run of a bare library in this thread, after a collection. */
    static long[] timed(Job job) throws Exception {
        System.gc();
        Thread.sleep(SETTLE_MILLIS);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        job.run(new CountingStream());
        return new long[] {System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart};
    }

    /**
     * The medians of the runs of one format against the bare library's runs made between them. The goal is judged
     * on the wall time: the person who asked waits for the report end to end. The CPU ratio is printed as well,
     * but it sets the whole server process (its HTTP requests, the batch runtime, the database, the collector's
     * and compilers' threads and the reading thread) against the one thread of the bare library.
     */
    private void jobLine(String format, long[][] runs, String bareName, long[][] bareRuns, List<Table> tables) {
        long[] wall = new long[runs.length];
        long[] cpu = new long[runs.length];
        for (int i = 0; i < runs.length; i++) {
            wall[i] = runs[i][0] * 1_000_000;
            cpu[i] = runs[i][3] * 1_000_000;
        }
        double wallMillis = median(wall);
        double cpuMillis = median(cpu);
        double bareWall = median(bareRuns[0]);
        double bareCpu = median(bareRuns[1]);
        int rows = tables.stream().mapToInt(t -> t.rows().size()).sum();
        double wallRatio = wallMillis / Math.max(0.001, bareWall);
        double cpuRatio = cpuMillis / Math.max(0.001, bareCpu);
        report(String.format(
                Locale.ROOT,
                "   %s from the snapshot (median of %d): %6.0f ms, server CPU %6.0f ms (%,d"
                        + " rows, %,d bytes) | %s on %,d rows, run between the jobs %6.0f / %6.0f ms | ratio wall %.2f,"
                        + " CPU %.2f",
                format,
                runs.length,
                wallMillis,
                cpuMillis,
                runs[0][1],
                runs[0][2],
                bareName,
                rows,
                bareWall,
                bareCpu,
                wallRatio,
                cpuRatio));
        summary.add(String.format(
                Locale.ROOT,
                "   %-44s wall %5.2f  CPU %5.2f  (goal <= 2.0 in wall time: %s;" + " CPU: server process / one thread)",
                "Job end to end (" + format.strip() + ") / " + bareName.strip(),
                wallRatio,
                cpuRatio,
                wallRatio <= 2.0 ? "met" : "NOT met"));
        breakdown(runs);
    }

    /** Where the time of the runs went, by the client's clock and the report's own times in the server. */
    private void breakdown(long[][] runs) {
        report(String.format(
                Locale.ROOT,
                "        where the time goes (medians): POST answered %4.0f ms; the job in the"
                        + " server (asked to finished) %5.0f ms; finished seen by a status request waiting for it %5.0f ms after the POST;"
                        + " download %4.0f ms",
                medianOf(runs, 4),
                medianOf(runs, 5),
                medianOf(runs, 6),
                medianOf(runs, 7)));
    }

    private static double medianOf(long[][] runs, int field) {
        long[] values = new long[runs.length];
        for (int i = 0; i < runs.length; i++) {
            values[i] = runs[i][field] * 1_000_000;
        }
        return median(values);
    }

    /**
     * Milliseconds from POST to the file downloaded, rows written, bytes, and the CPU milliseconds the server
     * process used meanwhile (the database reads, the writing and the HTTP requests of this client).
     */
    static long[] endToEnd(Api api, String order, long serverPid) throws Exception {
        Thread.sleep(SETTLE_MILLIS);
        long cpuStart = processCpuMillis(serverPid);
        long start = System.nanoTime();
        var answer = api.post("api/v1/reports", order);
        if (answer.status() != 202) {
            throw new IllegalStateException(answer.toString());
        }
        long posted = System.nanoTime();
        long id = ((JsonObject) answer.json()).getJsonNumber("id").longValue();
        JsonObject view;
        while (true) { // a status request waits for the end (long polling), as API clients are told to ask
            view = (JsonObject) api.get("api/v1/reports/" + id + "?wait=30").json();
            if (!"STARTED".equals(view.getString("status"))) {
                break;
            }
        }
        if (!"COMPLETED".equals(view.getString("status"))) {
            throw new IllegalStateException("report " + id + ": " + view);
        }
        long seen = System.nanoTime();
        HttpResponse<byte[]> file = api.sendForBytes(api.request("api/v1/reports/" + id + "/file")
                .setHeader("Accept", "*/*")
                .GET());
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        if (file.statusCode() != 200) {
            throw new IllegalStateException("download " + id + ": " + file.statusCode());
        }
        long cpu = processCpuMillis(serverPid) - cpuStart;
        long inServer = java.time.Duration.between(
                        java.time.Instant.parse(view.getString("createdAt")),
                        java.time.Instant.parse(view.getString("finishedAt")))
                .toMillis();
        return new long[] {
            elapsed,
            view.getJsonNumber("rows").longValue(),
            file.body().length,
            cpu,
            (posted - start) / 1_000_000,
            inServer,
            (seen - posted) / 1_000_000,
            (System.nanoTime() - seen) / 1_000_000
        };
    }

    static long processCpuMillis(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(p -> p.info().totalCpuDuration())
                .map(java.time.Duration::toMillis)
                .orElse(0L);
    }

    /** The load averages of the machine (1, 5 and 15 minutes), as {@code uptime} prints them. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
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
