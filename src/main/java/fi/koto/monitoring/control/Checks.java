package fi.koto.monitoring.control;

import fi.koto.platform.failure.Reason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The field checks of plans and monitoring, each adding its reason to a list so that a request is refused with
 * every reason at once (422). Pure functions, unit-tested in {@code ChecksTest}.
 */
public final class Checks {

    /** Figures are kept with two decimals and at most twelve digits before the point (numeric(14, 2)). */
    public static final BigDecimal FIGURE_LIMIT = new BigDecimal("999999999999.99");

    private Checks() {}

    /** The stripped text, or null when blank; a reason when required and blank or when too long. */
    public static String text(String value, int limit, boolean required, String key, List<Reason> problems) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                problems.add(Reason.of(key + ".required"));
            }
            return null;
        }
        if (text.length() > limit) {
            problems.add(Reason.of(key + ".tooLong", limit));
        }
        return text;
    }

    /** The Swedish text: required when the programme needs Swedish, otherwise optional. */
    public static String swedish(String value, int limit, boolean swedishRequired, String key, List<Reason> problems) {
        return text(value, limit, swedishRequired, key, problems);
    }

    /** The enum constant named by the value (case-insensitive), or null with a reason. */
    public static <E extends Enum<E>> E choice(
            Class<E> type, String value, boolean required, String key, List<Reason> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Reason.of(key + ".required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of(key + ".invalid", value));
            return null;
        }
    }

    /** A year inside [first, last] or null when not given (years go into reasons as text: 2026, not 2 026). */
    public static Integer year(Integer value, int first, int last, String key, List<Reason> problems) {
        if (value != null && (value < first || value > last)) {
            problems.add(
                    Reason.of(key + ".outside", String.valueOf(value), String.valueOf(first), String.valueOf(last)));
        }
        return value;
    }

    /** A figure with at most two decimals inside the stored range, or null when not given. */
    public static BigDecimal figure(BigDecimal value, String key, List<Reason> problems) {
        if (value == null) {
            return null;
        }
        if (value.abs().compareTo(FIGURE_LIMIT) > 0) {
            problems.add(Reason.of(key + ".tooLarge"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(Reason.of(key + ".decimals"));
        }
        return value;
    }

    /** Start and end years in order. */
    public static void order(Integer from, Integer to, String key, List<Reason> problems) {
        if (from != null && to != null && from > to) {
            problems.add(Reason.of(key + ".order", String.valueOf(from), String.valueOf(to)));
        }
    }
}
