package fi.koto.report.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as an Excel workbook with POI's streaming SXSSF: only a window of rows is in memory, the rest
 * goes to a temporary file until the workbook is written. Every sheet begins, as the accessible-workbook guidance
 * asks, with a title cell in A1 naming the report, the sheet's part of it and the period; the row below it is the
 * sheet's header row, named {@value #HEADER_NAME} and repeated on every printed page. The first sheet holds the
 * report's period, "as of" moment and parameters; each section gets a sheet of its own whose header row is frozen
 * and has filters on, with the data below it. A section with more rows than a sheet holds goes on in a further
 * sheet, with its own title and header. Numbers are numeric cells, dates are date cells with a date format, flags
 * are boolean cells.
 * Column widths follow the longest value seen in each column (tracked while writing, so no pass over the rows
 * and no autosize), within limits.
 */
final class XlsxReportWriter implements ReportWriter {

    /** Rows kept in memory per sheet; older rows are flushed to the temporary file. */
    static final int WINDOW = 100;

    static final int MAX_WIDTH_CHARS = 60;
    /** The sheet-scoped name of each sheet's header row. */
    static final String HEADER_NAME = "HeaderRow";
    /** The row of each sheet's title cell (A1). */
    static final int TITLE_ROW = 0;
    /** The row of each sheet's header, below the title. */
    static final int HEADER_ROW = 1;

    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** Rows a sheet holds, title and header included (Excel's limit; smaller in a test). */
    private final int maxRows;

    private final OutputStream out;
    private final ReportHeader header;
    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final Set<String> sheetNames = new HashSet<>();

    private SXSSFSheet sheet;
    private Section section;
    private int[] widths;
    private ColumnType[] types;
    private int nextRow;
    private boolean closed;

    XlsxReportWriter(OutputStream out, ReportHeader header) {
        this(out, header, MAX_ROWS);
    }

    XlsxReportWriter(OutputStream out, ReportHeader header, int maxRows) {
        if (maxRows < HEADER_ROW + 2 || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("A sheet holds 3 to " + MAX_ROWS + " rows, not " + maxRows);
        }
        this.maxRows = maxRows;
        this.out = out;
        this.header = header;
        this.workbook = new SXSSFWorkbook(WINDOW);
        this.styles = new Styles(workbook, header);
        // the workbook says what it is and in which language, for a screen reader, a search and the archive
        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        properties.setTitle(header.title());
        properties.setCreator("Koto");
        properties.getUnderlyingProperties().setLanguageProperty(header.locale().toLanguageTag());
        writeParameters();
    }

    private void writeParameters() {
        SXSSFSheet about = workbook.createSheet(sheetName(header.labels().parameters()));
        ReportLabels labels = header.labels();
        title(about, labels.parameters());
        Row heading = about.createRow(HEADER_ROW);
        text(heading, 0, labels.parameter(), styles.header);
        text(heading, 1, labels.value(), styles.header);
        Row period = about.createRow(2);
        text(period, 0, labels.period(), null);
        text(period, 1, header.period(), null);
        Row asOf = about.createRow(3);
        text(asOf, 0, labels.asOf(), null);
        var at = asOf.createCell(1);
        at.setCellValue(header.asOf().toLocalDateTime());
        at.setCellStyle(styles.dateTime);
        int r = 4;
        int nameWidth = Math.max(
                labels.parameter().length(),
                Math.max(labels.period().length(), labels.asOf().length()));
        int valueWidth =
                Math.max(labels.value().length(), Math.max(header.period().length(), 16));
        for (ReportHeader.Parameter parameter : header.parameters()) {
            Row row = about.createRow(r++);
            text(row, 0, parameter.name(), null);
            text(row, 1, parameter.value(), null);
            nameWidth = Math.max(nameWidth, parameter.name().length());
            valueWidth = Math.max(valueWidth, parameter.value().length());
        }
        about.setColumnWidth(0, width(nameWidth));
        about.setColumnWidth(1, width(valueWidth));
        defineHeader(about, 2);
    }

    /**
     * Writes the sheet's title cell, A1: the report, the sheet's part of it and the period, in the report's
     * language. It stays out of the column widths (a long title runs on over the empty cells to its right).
     */
    private void title(SXSSFSheet target, String part) {
        Row row = target.createRow(TITLE_ROW);
        row.setHeightInPoints(24);
        text(row, 0, header.labels().sheetTitle(header.locale(), header.title(), part, header.period()), styles.title);
    }

    @Override
    public void section(Section next) {
        endSection();
        section = next;
        widths = new int[next.columns().size()];
        types = new ColumnType[widths.length];
        for (int i = 0; i < widths.length; i++) {
            Column column = next.columns().get(i);
            types[i] = column.type();
            // a long heading wraps onto two lines rather than widening the column beyond its values
            widths[i] = Math.max(
                    column.type().typicalChars(), Math.min(column.label().length(), 24));
        }
        startSheet();
    }

    /** Opens a sheet for the open section: its title cell, its header row (frozen, named) and no data yet. */
    private void startSheet() {
        sheet = workbook.createSheet(sheetName(section.title()));
        title(sheet, section.title());
        Row row = sheet.createRow(HEADER_ROW);
        row.setHeightInPoints(30);
        for (int i = 0; i < widths.length; i++) {
            text(row, i, section.columns().get(i).label(), styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        defineHeader(sheet, widths.length);
        nextRow = HEADER_ROW + 1;
    }

    /**
     * Marks the row below the title as the sheet's header row: printed at the top of every page (the print titles)
     * and named {@value #HEADER_NAME} in the sheet's scope, where assistive technology and formulas find it.
     */
    private void defineHeader(SXSSFSheet target, int columns) {
        target.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        var name = workbook.createName();
        name.setNameName(HEADER_NAME);
        name.setSheetIndex(workbook.getSheetIndex(target));
        name.setRefersToFormula(new org.apache.poi.ss.util.AreaReference(
                        new org.apache.poi.ss.util.CellReference(target.getSheetName(), HEADER_ROW, 0, true, true),
                        new org.apache.poi.ss.util.CellReference(
                                target.getSheetName(), HEADER_ROW, columns - 1, true, true),
                        SpreadsheetVersion.EXCEL2007)
                .formatAsString());
    }

    @Override
    public void row(Object... values) {
        if (section == null) {
            throw new IllegalStateException("No section is open");
        }
        if (values.length != widths.length) {
            throw new IllegalArgumentException(
                    "The section has " + widths.length + " columns, the row " + values.length);
        }
        if (nextRow >= maxRows) {
            // the sheet is full: the section goes on in a further sheet, under its own title and header
            Section open = section;
            endSection();
            section = open;
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            ColumnType type = types[i];
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            int chars;
            switch (type) {
                case INTEGER -> {
                    long number = ((Number) value).longValue();
                    cell.setCellValue(number);
                    cell.setCellStyle(styles.integer);
                    chars = digits(number);
                }
                case DECIMAL -> {
                    double number = ((Number) value).doubleValue();
                    cell.setCellValue(number);
                    cell.setCellStyle(styles.decimal);
                    chars = digits((long) number) + 3;
                }
                case PERCENT -> {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(styles.percent);
                    chars = 7;
                }
                case DATE -> {
                    cell.setCellValue(date(value));
                    cell.setCellStyle(styles.date);
                    chars = 10;
                }
                case FLAG -> {
                    cell.setCellValue((Boolean) value);
                    chars = 5;
                }
                default -> {
                    String text = value.toString();
                    cell.setCellValue(text);
                    if (looksLikeFormula(text)) {
                        cell.setCellStyle(styles.literal);
                    }
                    chars = text.length();
                }
            }
            if (chars > widths[i]) {
                widths[i] = chars;
            }
        }
    }

    private void endSection() {
        if (section == null) {
            return;
        }
        int lastColumn = widths.length - 1;
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, nextRow - 1), 0, lastColumn));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, width(widths[i]));
        }
        section = null;
        sheet = null;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            endSection();
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.from((TemporalAccessor) value);
    }

    private void text(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        } else if (looksLikeFormula(text)) {
            cell.setCellStyle(styles.literal);
        }
    }

    /**
     * Text a spreadsheet would take for a formula if a person edited the cell (formula injection: a title such as
     * {@code =HYPERLINK(...)} typed into Koto). Text cells are never formulas as written; a quote prefix keeps them
     * text when edited too.
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Characters to POI's width unit (1/256 of a character), with room for the filter button. */
    private static int width(int chars) {
        return (Math.min(MAX_WIDTH_CHARS, chars) + 3) * 256;
    }

    private static int digits(long number) {
        long n = Math.abs(number);
        int digits = 1;
        while (n >= 10) {
            n /= 10;
            digits++;
        }
        // thousands separators and the sign
        return digits + (digits - 1) / 3 + (number < 0 ? 1 : 0);
    }

    /** Sheet names are at most 31 characters without []:*?/\ and unique within the workbook. */
    private String sheetName(String title) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int n = 2; !sheetNames.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The cell styles of one workbook (a workbook holds at most 64,000 styles, so they are shared). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle literal;

        Styles(SXSSFWorkbook workbook, ReportHeader report) {
            var format = workbook.createDataFormat();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            integer = workbook.createCellStyle();
            integer.setDataFormat(format.getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.00"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
            boolean iso = "en".equals(report.locale().getLanguage());
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat(iso ? "yyyy-mm-dd" : "d.m.yyyy"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(format.getFormat(iso ? "yyyy-mm-dd hh:mm" : "d.m.yyyy h:mm"));
            literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
        }
    }
}
