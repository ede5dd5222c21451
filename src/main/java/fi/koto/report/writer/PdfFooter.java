package fi.koto.report.writer;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** The footer of every page; the number of pages is a template filled in when the document closes. */
final class PdfFooter extends PdfPageEventHelper {

    private final ReportHeader header;
    private final BaseFont footerBase;
    private final Font footerFont;
    /** What every page's footer repeats, made once. */
    private final String left;

    private final String after;
    private PdfTemplate total;

    PdfFooter(ReportHeader header, CellText text, BaseFont footerBase, Font footerFont) {
        this.header = header;
        this.footerBase = footerBase;
        this.footerFont = footerFont;
        this.left = header.title() + " · " + header.period() + " · "
                + header.labels().asOf() + " " + text.dateTime(header.asOf());
        this.after = header.labels().pageAfter();
    }

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
        ArchivalPdf.beginFooter(canvas);
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
        canvas.endMarkedContentSequence();
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
