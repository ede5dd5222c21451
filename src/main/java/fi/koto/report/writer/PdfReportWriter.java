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
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a report as an A4 PDF with OpenPDF: the title, period, "as of" moment and parameters on the first page,
 * each section as a table whose header row is repeated on every page, and on every page a footer with the title,
 * period, "as of" and "page X / Y". A section with more columns than fit upright is printed in landscape. The
 * embedded DejaVu Sans prints Finnish, Swedish and Sámi letters.
 * <p>
 * Streaming: the table of a section is marked incomplete and handed to the document every {@value #FLUSH_ROWS}
 * rows, so the rows that fit on pages are written out and dropped; only the rows of the current page are held.
 * The first {@value #SIZING_ROWS} rows of a section are held back to choose its column widths.
 */
final class PdfReportWriter implements ReportWriter {

    static final int FLUSH_ROWS = 200;
    static final int SIZING_ROWS = 100;
    /** Sections wider than this (in units of {@link ColumnType#pdfWeight()}) are printed in landscape. */
    static final float UPRIGHT_WEIGHT = 10f;

    private static final float PADDING = 2f;
    private static final Color HEADER_FILL = new Color(0xE4, 0xE8, 0xEE);
    private static final Color RULE = new Color(0x9A, 0x9A, 0x9A);
    private static final float RULE_WIDTH = 0.4f;

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
    private Section section;
    private PdfPTable table;
    private List<String[]> sizing;
    private int[] alignments;
    private int sinceFlush;
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
            document.newPage();
        }
        section = next;
        sizing = new ArrayList<>();
        sinceFlush = 0;
        add(new Paragraph(next.title(), sectionFont));
        add(spacer(4));
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
        if (++sinceFlush >= FLUSH_ROWS) {
            add(table); // writes the complete rows that fit and drops them from the table
            sinceFlush = 0;
        }
    }

    /**
     * Chooses the column widths from the headings and the rows held back: every column is at least as wide as its
     * longest word (so no word is broken inside), and the space left is shared by how long the values are.
     */
    private void startTable() throws IOException {
        List<Column> columns = section.columns();
        float available = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        float[] least = new float[columns.size()];
        float[] share = new float[columns.size()];
        float leastTotal = 0;
        float shareTotal = 0;
        for (int i = 0; i < least.length; i++) {
            Column column = columns.get(i);
            float word = widest(column.label(), headFont);
            int chars = column.label().length() / 2;
            for (String[] cells : sizing) {
                word = Math.max(word, widest(cells[i], bodyFont));
                chars = Math.max(chars, cells[i].length());
            }
            least[i] = word + 2 * PADDING + 1;
            share[i] = Math.max(column.type().pdfWeight(), Math.min(chars, 40) / 4f);
            leastTotal += least[i];
            shareTotal += share[i];
        }
        float spare = Math.max(0, available - leastTotal);
        float[] widths = new float[least.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = least[i] + spare * share[i] / shareTotal;
        }
        table = new PdfPTable(widths.length);
        style(table.getDefaultCell());
        table.setTableEvent(GRID);
        alignments = new int[columns.size()];
        for (int i = 0; i < alignments.length; i++) {
            alignments[i] = columns.get(i).type().isNumeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        }
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        // a row that does not fit at the foot of a page starts the next one whole (OpenPDF's default "split late");
        // only a row taller than a page is split. Splitting early cut rows across pages and copied the table's
        // rows at every page break.
        table.setSplitLate(true);
        table.setComplete(false);
        for (Column column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column.label(), headFont));
            style(cell);
            cell.setBackgroundColor(HEADER_FILL);
            if (column.type().isNumeric()) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
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
        }
        table.setComplete(true);
        add(table);
        table = null;
        section = null;
    }

    private void open(Rectangle size) throws IOException {
        document = new Document(size, 36, 36, 36, 42);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer());
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        document.addTitle(header.title());
        document.addCreator("Koto");
        document.open();
        add(new Paragraph(header.title(), titleFont));
        Paragraph facts = new Paragraph();
        facts.setFont(bodyFont);
        facts.setSpacingBefore(4);
        line(facts, header.labels().period(), header.period());
        line(facts, header.labels().asOf(), text.dateTime(header.asOf()));
        for (ReportHeader.Parameter parameter : header.parameters()) {
            line(facts, parameter.name(), parameter.value());
        }
        add(facts);
        add(spacer(10));
    }

    private void line(Paragraph paragraph, String name, String value) {
        paragraph.add(new Chunk(name + ": ", headFont));
        paragraph.add(new Chunk(value, bodyFont));
        paragraph.add(new Chunk("\n", bodyFont));
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

    /** Vertical space, in the embedded font (the default font would be an unembedded Helvetica). */
    private Paragraph spacer(float points) {
        Paragraph spacer = new Paragraph(" ", bodyFont);
        spacer.setLeading(points);
        return spacer;
    }

    private static boolean wide(Section section) {
        float weight = 0;
        for (Column column : section.columns()) {
            weight += column.type().pdfWeight();
        }
        return weight > UPRIGHT_WEIGHT;
    }

    /** The width in points of the widest word of {@code text} in {@code font}. */
    private static float widest(String text, Font font) {
        float widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, font.getBaseFont().getWidthPoint(word, font.getSize()));
        }
        return widest;
    }

    private static final Grid GRID = new Grid();

    /**
     * The rules of a table, drawn once for each page the table is on: a line above and below every row and the
     * column edges as long lines (rows of the same column layout share them), in one path. A box per cell gave
     * the same picture with about seven times the drawing operations.
     */
    private static final class Grid implements PdfPTableEvent {

        @Override
        public void tableLayout(
                PdfPTable table,
                float[][] widths,
                float[] heights,
                int headerRows,
                int rowStart,
                PdfContentByte[] canvases) {
            if (widths.length == 0) {
                return;
            }
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            canvas.saveState();
            canvas.setLineWidth(RULE_WIDTH);
            canvas.setColorStroke(RULE);
            float left = widths[0][0];
            float right = widths[0][widths[0].length - 1];
            for (float y : heights) {
                canvas.moveTo(left, y);
                canvas.lineTo(right, y);
            }
            int from = 0;
            for (int row = 1; row <= widths.length; row++) {
                if (row == widths.length || !Arrays.equals(widths[row], widths[from])) {
                    for (float x : widths[from]) {
                        canvas.moveTo(x, heights[from]);
                        canvas.lineTo(x, heights[row]);
                    }
                    from = row;
                }
            }
            canvas.stroke();
            canvas.restoreState();
        }
    }

    /** The footer of every page; the number of pages is a template filled in when the document closes. */
    private final class Footer extends PdfPageEventHelper {

        private PdfTemplate total;
        /** What every page's footer repeats, made once. */
        private final String left = header.title() + " · " + header.period() + " · "
                + header.labels().asOf() + " " + text.dateTime(header.asOf());

        private final String after = header.labels().pageAfter();

        @Override
        public void onOpenDocument(PdfWriter writer, Document doc) {
            total = writer.getDirectContent().createTemplate(40, 10);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document doc) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = doc.getPageSize();
            float y = doc.bottomMargin() - 20;
            String right = header.labels().pageBefore(header.locale(), writer.getPageNumber());
            float rightWidth = footerBase.getWidthPoint(right, footerFont.getSize());
            float totalX = page.getWidth() - doc.rightMargin() - 24;
            canvas.beginText();
            canvas.setFontAndSize(footerBase, footerFont.getSize());
            canvas.setTextMatrix(doc.leftMargin(), y);
            canvas.showText(left);
            canvas.setTextMatrix(totalX - rightWidth, y);
            canvas.showText(right);
            canvas.endText();
            canvas.addTemplate(total, totalX, y);
            if (!after.isEmpty()) {
                canvas.beginText();
                canvas.setFontAndSize(footerBase, footerFont.getSize());
                canvas.setTextMatrix(totalX + 24, y);
                canvas.showText(after);
                canvas.endText();
            }
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document doc) {
            total.beginText();
            total.setFontAndSize(footerBase, footerFont.getSize());
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
