package fi.koto.report.writer;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as an A4 PDF with OpenPDF: the title, period, "as of" moment and parameters on the first page,
 * each section as a table whose header row is repeated on every page, and on every page a footer with the title,
 * period, "as of" and "page X / Y". A section with more columns than fit upright is printed in landscape. The
 * embedded DejaVu Sans prints Finnish, Swedish and Sámi letters.
 * <p>
 * Every report is tagged to PDF/UA-1 and is PDF/A-2a (see {@link ArchivalPdf}): the title is a heading of level 1,
 * each section's title a heading of level 2 followed by its table, whose first header row holds column header cells
 * and whose rows hold data cells; the repeated header rows, the rules and fills and the footers are artifacts. So
 * that each cell's text can be tied to its structure element, the writer lays the page out itself: a row at a time
 * on the page's direct content (OpenPDF's document flow writes a table's text where no marked content can reach
 * it), each cell written with {@link PdfPTable#writeSelectedRows} in a marked-content sequence of its own.
 * <p>
 * Streaming: a row is written out as soon as it is complete, with its structure elements, and dropped; only the
 * structure elements' references are held. The first {@value #SIZING_ROWS} rows of a section are held back to
 * choose its column widths.
 */
final class PdfReportWriter implements ReportWriter {

    static final int SIZING_ROWS = 100;
    /** Sections wider than this (in units of {@link ColumnType#pdfWeight()}) are printed in landscape. */
    static final float UPRIGHT_WEIGHT = 10f;

    private static final float PADDING = 2f;
    private static final Color HEADER_FILL = new Color(0xE4, 0xE8, 0xEE);
    /** Room a section's heading needs above its table's header row, to start the table on the same page. */
    private static final float HEADING_ROOM = 32f;

    private final OutputStream out;
    private final ReportHeader header;
    private final CellText text;
    private final Font titleFont;
    private final Font sectionFont;
    private final Font headFont;
    private final Font bodyFont;
    private final Font footerFont;
    private final BaseFont footerBase;

    private Document document;
    private PdfWriter writer;
    private ArchivalPdf tags;
    /** Where text goes (the direct content); {@link #canvases} put fills and rules underneath. */
    private PdfContentByte canvas;

    private PdfContentByte[] canvases;
    /** The top of what is still free on the page. */
    private float y;

    private Section section;
    private PdfPTable table;
    private List<String[]> sizing;
    private int[] alignments;
    private boolean firstSection = true;
    private PdfStructureElement tableElement;
    private PdfStructureElement bodyElement;
    /** The left edge of the open table and the right edge of each of its columns. */
    private float[] edges;
    /** The lines of the open table on this page. */
    private final TableRules rules = new TableRules();

    private boolean closed;

    PdfReportWriter(OutputStream out, ReportHeader header) {
        this.out = out;
        this.header = header;
        this.text = new CellText(header.locale(), header.labels());
        BaseFont regular = ReportFonts.regular();
        BaseFont bold = ReportFonts.bold();
        this.titleFont = new Font(bold, 15);
        this.sectionFont = new Font(bold, 11);
        this.headFont = new Font(bold, 7.5f);
        this.bodyFont = new Font(regular, 7.5f);
        this.footerFont = new Font(regular, 7);
        this.footerBase = regular;
    }

    @Override
    public void section(Section next) throws IOException {
        endSection();
        Rectangle size = wide(next) ? PageSize.A4.rotate() : PageSize.A4;
        if (document == null) {
            open(size);
        } else {
            document.setPageSize(size);
            newPage();
        }
        section = next;
        sizing = new ArrayList<>();
    }

    @Override
    public void row(Object... values) throws IOException {
        if (section == null) {
            throw new IllegalStateException("No section is open");
        }
        List<Column> columns = section.columns();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    "The section has " + columns.size() + " columns, the row " + values.length);
        }
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = text.of(columns.get(i).type(), values[i]);
        }
        if (table == null) {
            sizing.add(cells);
            if (sizing.size() >= SIZING_ROWS) {
                startTable();
            }
            return;
        }
        addRow(cells);
    }

    private void addRow(String[] cells) throws IOException {
        // the table copies its default cell (padding, no border) for each value: one cell object per value
        PdfPCell template = table.getDefaultCell();
        for (int i = 0; i < cells.length; i++) {
            template.setHorizontalAlignment(alignments[i]);
            table.addCell(new Phrase(cells[i], bodyFont));
        }
        writeRow(ArchivalPdf.element(bodyElement, ArchivalPdf.TR), false);
    }

    /**
     * Writes the table's last row (row 1; row 0 is the header) where the page has room for it, on a new page with
     * the header repeated if it has not, each cell in its own structure element; then drops it.
     */
    private void writeRow(PdfStructureElement row, boolean spanning) throws IOException {
        float height = table.getRowHeight(1);
        // a row that does not fit at the foot of a page starts the next one whole
        if (y - height < document.bottom() && rules.count() > 2) {
            newPage();
            writeHeader(false);
        }
        int columns = spanning ? 1 : edges.length - 1;
        for (int i = 0; i < columns; i++) {
            PdfStructureElement cell = spanning
                    ? ArchivalPdf.spanningCell(row, edges.length - 1)
                    : ArchivalPdf.element(row, ArchivalPdf.TD);
            ArchivalPdf.begin(canvas, cell);
            table.writeSelectedRows(i, i + 1, 1, 2, edges[i], y, canvases);
            canvas.endMarkedContentSequence();
        }
        tags.finish(row);
        table.deleteLastRow();
        y -= height;
        rule(y);
        if (!spanning) {
            rules.markInner();
        }
    }

    /** The header row at the top of the table: tagged the first time, an artifact where it is repeated. */
    private void writeHeader(boolean first) {
        float height = table.getRowHeight(0);
        rules.clear();
        rule(y);
        // the header cells' fill goes underneath, as decoration
        PdfContentByte under = canvases[PdfPTable.BACKGROUNDCANVAS];
        ArchivalPdf.beginLayout(under);
        if (first) {
            PdfStructureElement head = ArchivalPdf.element(tableElement, ArchivalPdf.THEAD);
            bodyElement = ArchivalPdf.element(tableElement, ArchivalPdf.TBODY);
            PdfStructureElement row = ArchivalPdf.element(head, ArchivalPdf.TR);
            for (int i = 0; i < edges.length - 1; i++) {
                ArchivalPdf.begin(canvas, ArchivalPdf.columnHeader(row));
                table.writeSelectedRows(i, i + 1, 0, 1, edges[i], y, canvases);
                canvas.endMarkedContentSequence();
            }
        } else {
            ArchivalPdf.beginPagination(canvas);
            table.writeSelectedRows(0, -1, 0, 1, edges[0], y, canvases);
            canvas.endMarkedContentSequence();
        }
        under.endMarkedContentSequence();
        y -= height;
        rule(y);
        rules.markInner();
    }

    private void rule(float at) {
        rules.add(at);
    }

    /**
     * Chooses the column widths from the headings and the rows held back: every column is at least as wide as its
     * longest word (so no word is broken inside), and the space left is shared by how long the values are. Then
     * writes the section's heading and the table's header row.
     */
    private void startTable() throws IOException {
        List<Column> columns = section.columns();
        float[] widths = ColumnWidths.of(
                columns, sizing, headFont, bodyFont, document.right() - document.left(), 2 * PADDING + 1);
        edges = new float[widths.length + 1];
        edges[0] = document.left();
        for (int i = 0; i < widths.length; i++) {
            edges[i + 1] = edges[i] + widths[i];
        }
        table = new PdfPTable(widths.length);
        style(table.getDefaultCell());
        alignments = new int[columns.size()];
        for (int i = 0; i < alignments.length; i++) {
            alignments[i] = columns.get(i).type().isNumeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        }
        try {
            table.setTotalWidth(widths);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        table.setLockedWidth(true);
        for (Column column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column.label(), headFont));
            style(cell);
            cell.setBackgroundColor(HEADER_FILL);
            if (column.type().isNumeric()) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        if (!firstSection && y - HEADING_ROOM - 2 * table.getRowHeight(0) < document.bottom()) {
            newPage();
        }
        firstSection = false;
        paragraph(ArchivalPdf.H2, new Paragraph(section.title(), sectionFont));
        y -= 4;
        tableElement = ArchivalPdf.element(tags.document(), ArchivalPdf.TABLE);
        writeHeader(true);
        List<String[]> held = sizing;
        sizing = null;
        for (String[] cells : held) {
            addRow(cells);
        }
    }

    private void endSection() throws IOException {
        if (section == null) {
            return;
        }
        boolean empty = table == null && sizing.isEmpty();
        if (table == null) {
            startTable();
        }
        if (empty) {
            PdfPCell none = new PdfPCell(new Phrase("–", bodyFont));
            style(none);
            none.setColspan(section.columns().size());
            table.addCell(none);
            writeRow(ArchivalPdf.element(bodyElement, ArchivalPdf.TR), true);
        }
        drawRules();
        tags.finish(tableElement);
        table = null;
        tableElement = null;
        bodyElement = null;
        section = null;
    }

    /**
     * The rules of the open table on this page, drawn once underneath as an artifact: a line above and below every
     * row and the column edges as long lines, in one path.
     */
    private void drawRules() {
        if (table != null) {
            rules.draw(writer.getDirectContentUnder(), edges);
        }
    }

    private void newPage() {
        drawRules();
        document.newPage();
        y = document.top();
    }

    private void open(Rectangle size) throws IOException {
        document = new Document(size, 36, 36, 36, 42);
        try {
            writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PdfFooter(header, text, footerBase, footerFont));
            tags = new ArchivalPdf(writer, header.locale());
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        document.addTitle(header.title());
        document.addCreator("Koto");
        document.open();
        tags.opened();
        canvas = writer.getDirectContent();
        PdfContentByte under = writer.getDirectContentUnder();
        canvases = new PdfContentByte[] {under, under, under, canvas};
        y = document.top();
        paragraph(ArchivalPdf.H1, new Paragraph(header.title(), titleFont));
        y -= 4;
        fact(header.labels().period(), header.period());
        fact(header.labels().asOf(), text.dateTime(header.asOf()));
        for (ReportHeader.Parameter parameter : header.parameters()) {
            fact(parameter.name(), parameter.value());
        }
        y -= 10;
    }

    /** One line of the report's facts: "name: value", a paragraph of its own. */
    private void fact(String name, String value) throws IOException {
        Paragraph line = new Paragraph();
        line.setLeading(16);
        line.add(new Chunk(name + ": ", headFont));
        line.add(new Chunk(value, bodyFont));
        paragraph(ArchivalPdf.P, line);
    }

    /** Writes a paragraph at the top of what is free on the page, as a structure element of {@code type}. */
    private void paragraph(PdfName type, Paragraph paragraph) throws IOException {
        PdfStructureElement element = ArchivalPdf.element(tags.document(), type);
        ArchivalPdf.begin(canvas, element);
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
        column.addElement(paragraph);
        try {
            column.go();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        canvas.endMarkedContentSequence();
        y = column.getYLine();
        tags.finish(element);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            endSection();
            if (document == null) {
                open(PageSize.A4);
            }
            tags.close();
        } finally {
            if (document != null && document.isOpen()) {
                document.close();
            }
        }
    }

    private void add(Element element) throws IOException {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    /** Cells draw no border of their own: {@link Grid} rules the table once per page. */
    private static void style(PdfPCell cell) {
        cell.setPadding(PADDING);
        cell.setBorder(Rectangle.NO_BORDER);
    }

    private static boolean wide(Section section) {
        float weight = 0;
        for (Column column : section.columns()) {
            weight += column.type().pdfWeight();
        }
        return weight > UPRIGHT_WEIGHT;
    }
}
