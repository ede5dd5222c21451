package fi.koto.placement.control;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.entity.AgeBand;
import fi.koto.placement.entity.Recipient;
import fi.koto.placement.entity.TransitionMode;
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
 * Estimates the calculated compensation one recipient receives for the persons placed in one municipality, from
 * the realised placements and the dated rate and period tables (docs/domain.md, "Compensation"). The rules:
 * <ul>
 * <li>A person placed in month M starts a compensation period in M (the month the home municipality was
 * registered); its length is the period row of the person's target group valid on the first day of M. Without
 * such a row (for example temporary protection before 1.3.2023) the person earns nothing and is counted in
 * {@code personsWithoutPeriod}.</li>
 * <li>The transitional rule ({@link Transition}) decides what a later change of lengths does to a period that
 * had already begun: by default it keeps its length ({@link TransitionMode#LENGTH_AT_START}); the other mode
 * ends it at the new length counted from its start, for the months from the change on.</li>
 * <li>The person counts for each month of the estimate that lies in the period (M included, M plus the period's
 * length excluded), in the age band given at placement (aggregate counts do not tell birthdays).</li>
 * <li>Each month earns one twelfth of the annual rate of the recipient valid on the first day of that month for
 * the group and age band, so a change of rates within a period (1.1.2023) is applied month by month. A rate row
 * for the group itself wins over a row for {@code ALL}. A recipient without a rate for a month (a wellbeing
 * county before 2023) earns nothing for it.</li>
 * <li>Amounts are summed exactly and rounded half-up to cents once per target group; the total is the sum of the
 * rounded group amounts, so the lines add up.</li>
 * <li>The one-off initial-assessment compensation of the old law (EUR 700, Decree 1393/2011, until 31.12.2024)
 * is reported apart as a maximum: it was paid only for persons whose initial assessment the municipality made,
 * which aggregate counts do not tell, so it is never part of the total.</li>
 * </ul>
 * Self-settled and assigned persons count alike: compensation does not depend on how a person arrived.
 */
public final class CompensationCalculator {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    /** A row of the rate table. */
    public record Rate(
            String targetGroup,
            AgeBand ageBand,
            Recipient recipient,
            BigDecimal annualAmount,
            LocalDate validFrom,
            LocalDate validTo,
            String source) {

        /** A municipality's rate without a recorded source (the form of the tables before the recipients). */
        public Rate(
                String targetGroup, AgeBand ageBand, BigDecimal annualAmount, LocalDate validFrom, LocalDate validTo) {
            this(targetGroup, ageBand, Recipient.MUNICIPALITY, annualAmount, validFrom, validTo, null);
        }

        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** A row of the period table. */
    public record Period(String targetGroup, int years, LocalDate validFrom, LocalDate validTo, String source) {

        public Period(String targetGroup, int years, LocalDate validFrom, LocalDate validTo) {
            this(targetGroup, years, validFrom, validTo, null);
        }

        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * The transitional rule for periods running when the lengths change on {@code from}; {@code verified} tells
     * whether the source states it or it is a setting (docs/domain.md, "Compensation").
     */
    public record Transition(LocalDate from, TransitionMode mode, String source, boolean verified) {}

    /** A one-off amount per person placed (the initial assessment of the old law), valid from-to. */
    public record OneOff(BigDecimal amount, LocalDate validFrom, LocalDate validTo, String source) {

        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** Persons of a group placed in a month, {@code under7} of them under 7. */
    public record Placed(YearMonth month, TargetGroup group, int persons, int under7) {}

    /** One target group's share of the estimate. */
    public record GroupLine(TargetGroup group, long personMonths7OrOver, long personMonthsUnder7, BigDecimal amount) {}

    /** Persons placed in the months of the estimate while the one-off applied, and the most it could come to. */
    public record OneOffLine(int persons, BigDecimal maximum, OneOff rule) {}

    /** The estimate, with the table rows it used. */
    public record Estimate(
            int year,
            Recipient recipient,
            BigDecimal total,
            List<GroupLine> byGroup,
            List<Rate> ratesApplied,
            List<Period> periodsApplied,
            int personsWithoutPeriod,
            Optional<OneOffLine> initialAssessment) {}

    private final List<Rate> rates;
    private final List<Period> periods;
    private final List<Transition> transitions;
    private final List<OneOff> initialAssessments;

    public CompensationCalculator(List<Rate> rates, List<Period> periods) {
        this(rates, periods, List.of(), List.of());
    }

    public CompensationCalculator(
            List<Rate> rates, List<Period> periods, List<Transition> transitions, List<OneOff> initialAssessments) {
        this.rates = List.copyOf(rates);
        this.periods = List.copyOf(periods);
        this.transitions = List.copyOf(transitions);
        this.initialAssessments = List.copyOf(initialAssessments);
    }

    public List<Transition> transitions() {
        return transitions;
    }

    /** The municipality's share for a whole year (the estimate before recipients were modelled). */
    public Estimate estimate(int year, Collection<Placed> placements) {
        return estimate(year, placements, Recipient.MUNICIPALITY);
    }

    public Estimate estimate(int year, Collection<Placed> placements, Recipient recipient) {
        return estimate(YearMonth.of(year, 1), YearMonth.of(year, 12), placements, recipient);
    }

    public Estimate estimate(YearMonth first, YearMonth last, Collection<Placed> placements) {
        return estimate(first, last, placements, Recipient.MUNICIPALITY);
    }

    /**
     * The estimate for the months from {@code first} to {@code last} of one year (a quarter, for reports); the
     * same rules as for a whole year, so the four quarters add up to the year's person-months.
     */
    public Estimate estimate(YearMonth first, YearMonth last, Collection<Placed> placements, Recipient recipient) {
        if (first.getYear() != last.getYear() || last.isBefore(first)) {
            throw new IllegalArgumentException(first + ".." + last);
        }
        int year = first.getYear();
        Map<TargetGroup, long[]> personMonths = new EnumMap<>(TargetGroup.class);
        Map<TargetGroup, BigDecimal> amounts = new EnumMap<>(TargetGroup.class);
        Set<Rate> ratesApplied = new LinkedHashSet<>();
        Set<Period> periodsApplied = new LinkedHashSet<>();
        int withoutPeriod = 0;
        int oneOffPersons = 0;
        OneOff oneOffRule = null;
        for (Placed placed : placements) {
            if (placed.persons() <= 0) {
                continue;
            }
            if (placed.month().getYear() == year
                    && !placed.month().isBefore(first)
                    && !placed.month().isAfter(last)) {
                Optional<OneOff> oneOff = initialAssessments.stream()
                        .filter(o -> o.validOn(placed.month().atDay(1)))
                        .findFirst();
                if (oneOff.isPresent()) {
                    oneOffPersons += placed.persons();
                    oneOffRule = oneOff.get();
                }
            }
            Optional<Period> period = periodFor(placed.group(), placed.month().atDay(1));
            if (period.isEmpty()) {
                withoutPeriod += placed.persons();
                continue;
            }
            periodsApplied.add(period.get());
            YearMonth end = placed.month().plusYears(period.get().years());
            Optional<Transition> shortening = shortening(period.get());
            YearMonth changeMonth =
                    shortening.map(t -> YearMonth.from(t.from())).orElse(null);
            YearMonth shortEnd = shortening
                    .flatMap(t -> periodFor(placed.group(), t.from()))
                    .filter(p -> p.years() < period.get().years())
                    .map(p -> {
                        periodsApplied.add(p);
                        return placed.month().plusYears(p.years());
                    })
                    .orElse(null);
            int over = placed.persons() - placed.under7();
            for (int m = first.getMonthValue(); m <= last.getMonthValue(); m++) {
                YearMonth month = YearMonth.of(year, m);
                if (month.isBefore(placed.month()) || !month.isBefore(end)) {
                    continue;
                }
                if (shortEnd != null && !month.isBefore(changeMonth) && !month.isBefore(shortEnd)) {
                    continue;
                }
                long[] counts = personMonths.computeIfAbsent(placed.group(), g -> new long[2]);
                BigDecimal amount = amounts.getOrDefault(placed.group(), BigDecimal.ZERO);
                if (over > 0) {
                    counts[0] += over;
                    amount = amount.add(
                            monthly(placed.group(), AgeBand.AGE_7_OR_OVER, recipient, month, over, ratesApplied));
                }
                if (placed.under7() > 0) {
                    counts[1] += placed.under7();
                    amount = amount.add(
                            monthly(placed.group(), AgeBand.UNDER_7, recipient, month, placed.under7(), ratesApplied));
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
        Optional<OneOffLine> initialAssessment = oneOffRule == null || recipient == Recipient.WELLBEING_COUNTY
                ? Optional.empty()
                : Optional.of(new OneOffLine(
                        oneOffPersons,
                        oneOffRule
                                .amount()
                                .multiply(BigDecimal.valueOf(oneOffPersons))
                                .setScale(2),
                        oneOffRule));
        return new Estimate(
                year,
                recipient,
                total,
                lines,
                List.copyOf(ratesApplied),
                List.copyOf(periodsApplied),
                withoutPeriod,
                initialAssessment);
    }

    /** The transition that shortens a period row ending before it, when its mode says so. */
    private Optional<Transition> shortening(Period period) {
        return transitions.stream()
                .filter(t -> t.mode() == TransitionMode.NEW_LENGTH_FROM_CHANGE)
                .filter(t -> period.validTo() != null && period.validTo().isBefore(t.from()))
                .findFirst();
    }

    private BigDecimal monthly(
            TargetGroup group, AgeBand band, Recipient recipient, YearMonth month, int persons, Set<Rate> used) {
        Optional<Rate> rate = rateFor(group, band, recipient, month.atDay(1));
        if (rate.isEmpty()) {
            return BigDecimal.ZERO;
        }
        used.add(rate.get());
        return rate.get().annualAmount().multiply(BigDecimal.valueOf(persons)).divide(MONTHS, 10, RoundingMode.HALF_UP);
    }

    Optional<Rate> rateFor(TargetGroup group, AgeBand band, LocalDate day) {
        return rateFor(group, band, Recipient.MUNICIPALITY, day);
    }

    Optional<Rate> rateFor(TargetGroup group, AgeBand band, Recipient recipient, LocalDate day) {
        Optional<Rate> own = rates.stream()
                .filter(r -> r.recipient() == recipient
                        && r.targetGroup().equals(group.name())
                        && r.ageBand() == band
                        && r.validOn(day))
                .findFirst();
        return own.isPresent()
                ? own
                : rates.stream()
                        .filter(r -> r.recipient() == recipient
                                && r.targetGroup().equals("ALL")
                                && r.ageBand() == band
                                && r.validOn(day))
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
