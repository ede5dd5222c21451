package fi.koto.placement.control;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.entity.AgeBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Estimates the calculated compensation a municipality receives for one year from its realised placements and the
 * rate and period tables. The rules:
 * <ul>
 * <li>A person placed in month M starts a compensation period in M; its length is the period row of the person's
 * target group valid on the first day of M. Without such a row (for example temporary protection before 1.3.2023)
 * the person earns nothing and is counted in {@code personsWithoutPeriod}.</li>
 * <li>The person counts for each month of the estimate year that lies in the period (M included, M plus the
 * period's length excluded), in the age band given at placement (aggregate counts do not tell birthdays).</li>
 * <li>Each month earns one twelfth of the annual rate valid on the first day of that month for the group and age
 * band, so a change of rates within a period (1.1.2023) is applied month by month. A rate row for the group
 * itself wins over a row for {@code ALL}.</li>
 * <li>Amounts are summed exactly and rounded half-up to cents once per target group; the total is the sum of the
 * rounded group amounts, so the lines add up.</li>
 * </ul>
 * Self-settled and assigned persons count alike: compensation does not depend on how a person arrived.
 */
public final class CompensationCalculator {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    /** A row of the rate table. */
    public record Rate(
            String targetGroup, AgeBand ageBand, BigDecimal annualAmount, LocalDate validFrom, LocalDate validTo) {

        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** A row of the period table. */
    public record Period(String targetGroup, int years, LocalDate validFrom, LocalDate validTo) {

        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** Persons of a group placed in a month, {@code under7} of them under 7. */
    public record Placed(YearMonth month, TargetGroup group, int persons, int under7) {}

    /** One target group's share of the estimate. */
    public record GroupLine(TargetGroup group, long personMonths7OrOver, long personMonthsUnder7, BigDecimal amount) {}

    /** The estimate, with the table rows it used. */
    public record Estimate(
            int year,
            BigDecimal total,
            List<GroupLine> byGroup,
            List<Rate> ratesApplied,
            List<Period> periodsApplied,
            int personsWithoutPeriod) {}

    private final List<Rate> rates;
    private final List<Period> periods;

    public CompensationCalculator(List<Rate> rates, List<Period> periods) {
        this.rates = List.copyOf(rates);
        this.periods = List.copyOf(periods);
    }

    public Estimate estimate(int year, Collection<Placed> placements) {
        return estimate(YearMonth.of(year, 1), YearMonth.of(year, 12), placements);
    }

    /**
     * The estimate for the months from {@code first} to {@code last} of one year (a quarter, for reports); the
     * same rules as for a whole year, so the four quarters add up to the year's person-months.
     */
    public Estimate estimate(YearMonth first, YearMonth last, Collection<Placed> placements) {
        if (first.getYear() != last.getYear() || last.isBefore(first)) {
            throw new IllegalArgumentException(first + ".." + last);
        }
        int year = first.getYear();
        Map<TargetGroup, long[]> personMonths = new EnumMap<>(TargetGroup.class);
        Map<TargetGroup, BigDecimal> amounts = new EnumMap<>(TargetGroup.class);
        Set<Rate> ratesApplied = new LinkedHashSet<>();
        Set<Period> periodsApplied = new LinkedHashSet<>();
        int withoutPeriod = 0;
        for (Placed placed : placements) {
            if (placed.persons() <= 0) {
                continue;
            }
            Optional<Period> period = periodFor(placed.group(), placed.month().atDay(1));
            if (period.isEmpty()) {
                withoutPeriod += placed.persons();
                continue;
            }
            periodsApplied.add(period.get());
            YearMonth end = placed.month().plusYears(period.get().years());
            int over = placed.persons() - placed.under7();
            for (int m = first.getMonthValue(); m <= last.getMonthValue(); m++) {
                YearMonth month = YearMonth.of(year, m);
                if (month.isBefore(placed.month()) || !month.isBefore(end)) {
                    continue;
                }
                long[] counts = personMonths.computeIfAbsent(placed.group(), g -> new long[2]);
                BigDecimal amount = amounts.getOrDefault(placed.group(), BigDecimal.ZERO);
                if (over > 0) {
                    counts[0] += over;
                    amount = amount.add(monthly(placed.group(), AgeBand.AGE_7_OR_OVER, month, over, ratesApplied));
                }
                if (placed.under7() > 0) {
                    counts[1] += placed.under7();
                    amount = amount.add(monthly(placed.group(), AgeBand.UNDER_7, month, placed.under7(), ratesApplied));
                }
                amounts.put(placed.group(), amount);
            }
        }
        List<GroupLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (var entry : personMonths.entrySet()) {
            BigDecimal amount = amounts.get(entry.getKey()).setScale(2, RoundingMode.HALF_UP);
            lines.add(new GroupLine(entry.getKey(), entry.getValue()[0], entry.getValue()[1], amount));
            total = total.add(amount);
        }
        return new Estimate(year, total, lines, List.copyOf(ratesApplied), List.copyOf(periodsApplied), withoutPeriod);
    }

    private BigDecimal monthly(TargetGroup group, AgeBand band, YearMonth month, int persons, Set<Rate> used) {
        Optional<Rate> rate = rateFor(group, band, month.atDay(1));
        if (rate.isEmpty()) {
            return BigDecimal.ZERO;
        }
        used.add(rate.get());
        return rate.get().annualAmount().multiply(BigDecimal.valueOf(persons)).divide(MONTHS, 10, RoundingMode.HALF_UP);
    }

    Optional<Rate> rateFor(TargetGroup group, AgeBand band, LocalDate day) {
        Optional<Rate> own = rates.stream()
                .filter(r -> r.targetGroup().equals(group.name()) && r.ageBand() == band && r.validOn(day))
                .findFirst();
        return own.isPresent()
                ? own
                : rates.stream()
                        .filter(r -> r.targetGroup().equals("ALL") && r.ageBand() == band && r.validOn(day))
                        .findFirst();
    }

    Optional<Period> periodFor(TargetGroup group, LocalDate start) {
        Optional<Period> own = periods.stream()
                .filter(p -> p.targetGroup().equals(group.name()) && p.validOn(start))
                .findFirst();
        return own.isPresent()
                ? own
                : periods.stream()
                        .filter(p -> p.targetGroup().equals("ALL") && p.validOn(start))
                        .findFirst();
    }
}
