package fi.koto.report.writer;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The few words a writer adds by itself, in the report's language (they come from the bundles; the writers know
 * no language). {@code pageOf} is a pattern with the page number as {0} and the number of pages as {1};
 * {@code sheetTitle} one with the report's title as {0}, the sheet's part of it as {1} and the period as {2}.
 */
public record ReportLabels(
        String period,
        String asOf,
        String pageOf,
        String yes,
        String no,
        String parameters,
        String parameter,
        String value,
        String sheetTitle) {

    /** A sheet's title cell: the report, the sheet's part of it (a section, or the parameters) and the period. */
    String sheetTitle(Locale locale, String report, String part, String period) {
        return new MessageFormat(sheetTitle, locale).format(new Object[] {report, part, period});
    }

    /** The part of the page label before the number of pages, with the page number filled in. */
    String pageBefore(Locale locale, int page) {
        String pattern = pageOf;
        int at = pattern.indexOf("{1}");
        String before = at < 0 ? pattern : pattern.substring(0, at);
        return new MessageFormat(before, locale).format(new Object[] {page});
    }

    /** The part of the page label after the number of pages (usually nothing). */
    String pageAfter() {
        int at = pageOf.indexOf("{1}");
        return at < 0 ? "" : pageOf.substring(at + 3);
    }
}
