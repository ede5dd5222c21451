package fi.koto.monitoring.control;

import fi.koto.platform.failure.Reason;
import java.time.LocalDate;

/**
 * Which years of a programme can be monitored: the years of its period that have begun. Monitoring is annual
 * (docs/domain.md, "Goals, measures, indicators and monitoring"): the coordinator enters the year's figures
 * during the year or after it, never ahead.
 */
public final class MonitoringYears {

    private MonitoringYears() {}

    public static int first(LocalDate periodStart) {
        return periodStart.getYear();
    }

    /** The last year that can be monitored today: the period's last year, or this year if the period runs on. */
    public static int last(LocalDate periodEnd, LocalDate today) {
        return Math.min(periodEnd.getYear(), today.getYear());
    }

    /** A reason when the year cannot be monitored, otherwise null. */
    public static Reason check(int year, LocalDate periodStart, LocalDate periodEnd, LocalDate today) {
        int first = first(periodStart);
        int last = last(periodEnd, today);
        if (year < first || year > last) {
            return last < first
                    ? Reason.of("monitoring.year.notStarted", String.valueOf(year), String.valueOf(first))
                    : Reason.of(
                            "monitoring.year.outside",
                            String.valueOf(year),
                            String.valueOf(first),
                            String.valueOf(last));
        }
        return null;
    }
}
