package fi.koto.report.writer;

import com.lowagie.text.Font;
import java.util.List;

/**
 * The column widths of a PDF table, chosen from the headings and the first rows: every column is at least as wide
 * as its longest word (so no word is broken inside), and the space left is shared by how long the values are.
 */
final class ColumnWidths {

    private ColumnWidths() {}

    /** The widths in points, filling {@code available}; {@code padding} is a cell's padding on both sides. */
    static float[] of(
            List<Column> columns, List<String[]> rows, Font headFont, Font bodyFont, float available, float padding) {
        float[] least = new float[columns.size()];
        float[] share = new float[columns.size()];
        float leastTotal = 0;
        float shareTotal = 0;
        for (int i = 0; i < least.length; i++) {
            Column column = columns.get(i);
            float word = widest(column.label(), headFont);
            int chars = column.label().length() / 2;
            for (String[] cells : rows) {
                word = Math.max(word, widest(cells[i], bodyFont));
                chars = Math.max(chars, cells[i].length());
            }
            least[i] = word + padding;
            share[i] = Math.max(column.type().pdfWeight(), Math.min(chars, 40) / 4f);
            leastTotal += least[i];
            shareTotal += share[i];
        }
        float spare = Math.max(0, available - leastTotal);
        float[] widths = new float[least.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = least[i] + spare * share[i] / shareTotal;
        }
        return widths;
    }

    /** The width in points of the widest word of {@code text} in {@code font}. */
    static float widest(String text, Font font) {
        float widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, font.getBaseFont().getWidthPoint(word, font.getSize()));
        }
        return widest;
    }
}
