package fi.koto.placement.boundary;

import fi.koto.placement.control.CompensationCalculator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The estimated calculated compensation of a municipality for a year and how it was computed: the person-months
 * and amount per target group, the rate and period rows applied, persons without a compensation period, and the
 * method in the caller's language.
 */
public record EstimateView(
        String municipalityCode,
        int year,
        String currency,
        BigDecimal total,
        List<Line> byGroup,
        List<RateApplied> ratesApplied,
        List<PeriodApplied> periodsApplied,
        int personsWithoutPeriod,
        String method)
        implements Serializable {

    public record Line(String targetGroup, long personMonths7OrOver, long personMonthsUnder7, BigDecimal amount)
            implements Serializable {}

    public record RateApplied(
            String targetGroup, String ageBand, BigDecimal annualAmount, LocalDate validFrom, LocalDate validTo)
            implements Serializable {}

    public record PeriodApplied(String targetGroup, int years, LocalDate validFrom, LocalDate validTo)
            implements Serializable {}

    public static EstimateView of(String municipalityCode, CompensationCalculator.Estimate e, String method) {
        return new EstimateView(
                municipalityCode,
                e.year(),
                "EUR",
                e.total(),
                e.byGroup().stream()
                        .map(l ->
                                new Line(l.group().name(), l.personMonths7OrOver(), l.personMonthsUnder7(), l.amount()))
                        .toList(),
                e.ratesApplied().stream()
                        .map(r -> new RateApplied(
                                r.targetGroup(), r.ageBand().name(), r.annualAmount(), r.validFrom(), r.validTo()))
                        .toList(),
                e.periodsApplied().stream()
                        .map(p -> new PeriodApplied(p.targetGroup(), p.years(), p.validFrom(), p.validTo()))
                        .toList(),
                e.personsWithoutPeriod(),
                method);
    }
}
