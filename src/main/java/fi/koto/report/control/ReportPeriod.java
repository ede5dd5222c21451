package fi.koto.report.control;

import fi.koto.platform.failure.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;

/** A quarter of a year, or a whole year when {@code quarter} is null. */
public record ReportPeriod(int year, Integer quarter) {

    public static final int FIRST_YEAR = 2000;

    public ReportPeriod {
        if (year < FIRST_YEAR || year > 2100) {
            throw new InvalidInputException("report.year.invalid", String.valueOf(year));
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new InvalidInputException("report.quarter.invalid", String.valueOf(quarter));
        }
    }

    /** The quarter before the one {@code day} lies in (on 1 April 2026: Q1 2026). */
    public static ReportPeriod quarterBefore(LocalDate day) {
        YearMonth previous = YearMonth.from(day).minusMonths(3);
        return new ReportPeriod(previous.getYear(), (previous.getMonthValue() - 1) / 3 + 1);
    }

    public boolean isAnnual() {
        return quarter == null;
    }

    /** 1-4, or 0 for a whole year (as stored with snapshots). */
    public int quarterNumber() {
        return quarter == null ? 0 : quarter;
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, quarter == null ? 1 : quarter * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, quarter == null ? 12 : quarter * 3);
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    /** "2026-Q1", or "2026" for a year: the key of the period's snapshot and part of file names. */
    public String key() {
        return quarter == null ? String.valueOf(year) : year + "-Q" + quarter;
    }

    /** Over: its figures are final and come from the period's snapshot. */
    public boolean isOverOn(LocalDate today) {
        return today.isAfter(end());
    }

    public boolean hasStartedOn(LocalDate today) {
        return !today.isBefore(start());
    }

    /** The bundle key of the period in words, with {@link #labelArgs()}. */
    public String labelKey() {
        return quarter == null ? "report.period.year" : "report.period.quarter";
    }

    public Object[] labelArgs() {
        return quarter == null ? new Object[] {String.valueOf(year)} : new Object[] {quarter, String.valueOf(year)};
    }
}
