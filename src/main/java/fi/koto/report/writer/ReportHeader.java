package fi.koto.report.writer;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a report says about itself: its title, the period it covers (as words, for example "Q1 2026"), the moment
 * its figures are as of, its language and the parameters it was pulled with (each a name and a value, both words).
 */
public record ReportHeader(
        String title,
        String period,
        ZonedDateTime asOf,
        Locale locale,
        List<Parameter> parameters,
        ReportLabels labels) {

    /** One parameter of the report, for the parameters sheet or the first page. */
    public record Parameter(String name, String value) {}

    public ReportHeader {
        Objects.requireNonNull(title);
        Objects.requireNonNull(period);
        Objects.requireNonNull(asOf);
        Objects.requireNonNull(locale);
        Objects.requireNonNull(labels);
        parameters = List.copyOf(parameters);
    }
}
