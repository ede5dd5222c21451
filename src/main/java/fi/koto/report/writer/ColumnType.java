package fi.koto.report.writer;

/**
 * The type of a report column, which decides how a value is stored in a workbook (a real number, date or boolean
 * cell, never text that looks like one) and how it is printed in a PDF. The Java value a row gives for each type:
 * <ul>
 * <li>{@link #TEXT}: any object, written as its {@code toString()};</li>
 * <li>{@link #INTEGER}: a {@link Number}, written as a whole number;</li>
 * <li>{@link #DECIMAL}: a {@link Number} (usually a {@link java.math.BigDecimal}), two decimals;</li>
 * <li>{@link #PERCENT}: a {@link Number} that is a ratio (0.25 is 25 %);</li>
 * <li>{@link #DATE}: a {@link java.time.LocalDate};</li>
 * <li>{@link #FLAG}: a {@link Boolean}.</li>
 * </ul>
 * {@code null} is an empty cell in every type.
 */
public enum ColumnType {
    TEXT(12, 3f, false),
    INTEGER(8, 1.1f, true),
    DECIMAL(12, 1.5f, true),
    PERCENT(8, 1.1f, true),
    DATE(10, 1.4f, false),
    FLAG(6, 0.9f, false);

    private final int typicalChars;
    private final float pdfWeight;
    private final boolean numeric;

    ColumnType(int typicalChars, float pdfWeight, boolean numeric) {
        this.typicalChars = typicalChars;
        this.pdfWeight = pdfWeight;
        this.numeric = numeric;
    }

    /** How many characters a typical value needs; a starting point for column widths. */
    public int typicalChars() {
        return typicalChars;
    }

    /** The share of a PDF table's width a column of this type starts from. */
    public float pdfWeight() {
        return pdfWeight;
    }

    /** Numbers are aligned right. */
    public boolean isNumeric() {
        return numeric;
    }
}
