package fi.koto.agreement.control;

import fi.koto.platform.failure.Reason;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Parsing of request fields that collects one reason per problem instead of failing on the first. A field is named
 * by its request name or, for a message in words, by a {@link Reason} whose key names it in the bundles.
 */
public final class Inputs {

    private Inputs() {}

    /** The date, or null when blank or invalid (then a reason {@code input.date.invalid} is added). */
    public static LocalDate date(String text, Object field, List<Reason> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(Reason.of("input.date.invalid", field, text));
            return null;
        }
    }

    /** The date; a reason {@code input.required} is added when blank, and for a day after {@code today}. */
    public static LocalDate pastDate(
            String text, Object field, boolean required, LocalDate today, List<Reason> problems) {
        if (required && (text == null || text.isBlank())) {
            problems.add(Reason.of("input.required", field));
            return null;
        }
        LocalDate date = date(text, field, problems);
        if (date != null && date.isAfter(today)) {
            problems.add(Reason.of("input.date.future", field, date.toString()));
            return null;
        }
        return date;
    }

    /** The trimmed text; a reason is added when blank or longer than {@code limit}. */
    public static String text(String text, Object field, int limit, List<Reason> problems) {
        if (text == null || text.isBlank()) {
            problems.add(Reason.of("input.required", field));
            return null;
        }
        if (text.trim().length() > limit) {
            problems.add(Reason.of("input.tooLong", field, limit));
            return null;
        }
        return text.trim();
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
