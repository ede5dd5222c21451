package fi.koto.report.writer;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.Arrays;

/**
 * The lines of a PDF table on one page, collected while its rows are written and drawn once underneath as an
 * artifact: a line above and below every row and the column edges as long lines, in one path (PdfReportWriter).
 */
final class TableRules {

    private static final Color RULE = new Color(0x9A, 0x9A, 0x9A);
    private static final float RULE_WIDTH = 0.4f;

    /** The lines between the rows on this page, from the top. */
    private float[] at = new float[64];

    private int count;
    /** How many of the lines the inner column edges reach down to (the "no rows" row spans all columns). */
    private int inner;

    void add(float y) {
        if (count == at.length) {
            at = Arrays.copyOf(at, at.length * 2);
        }
        at[count++] = y;
    }

    /** The inner column edges reach down to the last line added. */
    void markInner() {
        inner = count;
    }

    int count() {
        return count;
    }

    void clear() {
        count = 0;
    }

    /** Draws the lines across the table and the column edges ({@code edges}: left edge, then each right edge). */
    void draw(PdfContentByte under, float[] edges) {
        if (count < 2) {
            return;
        }
        ArchivalPdf.beginLayout(under);
        under.saveState();
        under.setLineWidth(RULE_WIDTH);
        under.setColorStroke(RULE);
        float left = edges[0];
        float right = edges[edges.length - 1];
        for (int i = 0; i < count; i++) {
            under.moveTo(left, at[i]);
            under.lineTo(right, at[i]);
        }
        float top = at[0];
        float bottom = at[count - 1];
        for (int i = 0; i < edges.length; i++) {
            boolean outer = i == 0 || i == edges.length - 1;
            under.moveTo(edges[i], top);
            under.lineTo(edges[i], outer ? bottom : at[inner - 1]);
        }
        under.stroke();
        under.restoreState();
        under.endMarkedContentSequence();
        count = 0;
    }
}
