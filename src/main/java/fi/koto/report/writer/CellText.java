package fi.koto.report.writer;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Values as a reader of the report's language writes them, for the PDF (a workbook keeps typed cells instead). */
final class CellText {

    private final NumberFormat integer;
    private final NumberFormat decimal;
    private final NumberFormat percent;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final String yes;
    private final String no;
    private final Map<LocalDate, String> dates = new HashMap<>();
    private static final int MAX_DATES = 10_000;

    CellText(Locale locale, ReportLabels labels) {
        integer = NumberFormat.getIntegerInstance(locale);
        decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        yes = labels.yes();
        no = labels.no();
    }

    String of(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case INTEGER -> integer(((Number) value).longValue());
            case DECIMAL -> decimal.format(value);
            case PERCENT -> percent.format(((Number) value).doubleValue());
            case DATE -> date(value instanceof LocalDate d ? d : LocalDate.from((TemporalAccessor) value));
            case FLAG -> ((Boolean) value) ? yes : no;
            case TEXT -> value.toString();
        };
    }

    /** Most counts in reports are small: from 0 to 999 no grouping or minus sign is needed, so no number format. */
    private String integer(long number) {
        return number >= 0 && number < 1000 ? Long.toString(number) : integer.format(number);
    }

    /** Reports repeat few dates many times (months, due dates), so each is formatted once. */
    private String date(LocalDate day) {
        String text = dates.get(day);
        if (text == null) {
            text = date.format(day);
            if (dates.size() < MAX_DATES) {
                dates.put(day, text);
            }
        }
        return text;
    }

    String dateTime(ZonedDateTime at) {
        return dateTime.format(at);
    }
}
