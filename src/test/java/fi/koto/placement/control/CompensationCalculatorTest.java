package fi.koto.placement.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.control.CompensationCalculator.Estimate;
import fi.koto.placement.control.CompensationCalculator.Period;
import fi.koto.placement.control.CompensationCalculator.Placed;
import fi.koto.placement.control.CompensationCalculator.Rate;
import fi.koto.placement.entity.AgeBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables here are the ones V4__Agreements.sql seeds (docs/domain.md, "Compensation"). */
class CompensationCalculatorTest {

    static final List<Rate> RATES = List.of(
            rate("ALL", AgeBand.AGE_7_OR_OVER, "2300.00", "2012-01-01", "2022-12-31"),
            rate("ALL", AgeBand.UNDER_7, "6845.00", "2012-01-01", "2022-12-31"),
            rate("ALL", AgeBand.AGE_7_OR_OVER, "1955.00", "2023-01-01", null),
            rate("ALL", AgeBand.UNDER_7, "6503.00", "2023-01-01", null));

    static final List<Period> PERIODS = List.of(
            period("QUOTA_REFUGEE", 4, "2012-01-01", null),
            period("QUOTA_EMERGENCY", 4, "2012-01-01", null),
            period("FAMILY_MEMBER", 4, "2012-01-01", null),
            period("ASYLUM_PERMIT", 3, "2012-01-01", null),
            period("UNACCOMPANIED_MINOR", 3, "2012-01-01", null),
            period("TEMPORARY_PROTECTION", 3, "2023-03-01", null));

    private final CompensationCalculator calculator = new CompensationCalculator(RATES, PERIODS);

    @Test
    void aFullYearInsideThePeriodEarnsTheAnnualRates() {
        Estimate e = calculator.estimate(2023, List.of(placed("2022-07", TargetGroup.ASYLUM_PERMIT, 12, 2)));
        assertThat(e.total()).isEqualByComparingTo("32556.00"); // 10 × 1,955 + 2 × 6,503
        assertThat(e.byGroup()).singleElement().satisfies(line -> {
            assertThat(line.personMonths7OrOver()).isEqualTo(120);
            assertThat(line.personMonthsUnder7()).isEqualTo(24);
        });
        assertThat(e.ratesApplied())
                .extracting(Rate::annualAmount)
                .extracting(BigDecimal::toPlainString)
                .containsExactlyInAnyOrder("1955.00", "6503.00");
    }

    @Test
    void theFourQuartersOfAYearAddUpToTheYear() {
        var rows = List.of(
                placed("2022-07", TargetGroup.ASYLUM_PERMIT, 12, 2),
                placed("2023-05", TargetGroup.QUOTA_REFUGEE, 5, 1));
        Estimate year = calculator.estimate(2023, rows);
        BigDecimal quarters = BigDecimal.ZERO;
        long personMonths = 0;
        for (int q = 1; q <= 4; q++) {
            Estimate quarter = calculator.estimate(YearMonth.of(2023, q * 3 - 2), YearMonth.of(2023, q * 3), rows);
            quarters = quarters.add(quarter.total());
            personMonths += quarter.byGroup().stream()
                    .mapToLong(l -> l.personMonths7OrOver() + l.personMonthsUnder7())
                    .sum();
        }
        assertThat(quarters).isEqualByComparingTo(year.total());
        assertThat(personMonths)
                .isEqualTo(year.byGroup().stream()
                        .mapToLong(l -> l.personMonths7OrOver() + l.personMonthsUnder7())
                        .sum());
        // Q2: the quota refugees placed in May count for May and June only
        Estimate q2 = calculator.estimate(
                YearMonth.of(2023, 4),
                YearMonth.of(2023, 6),
                List.of(placed("2023-05", TargetGroup.QUOTA_REFUGEE, 5, 1)));
        assertThat(q2.byGroup()).singleElement().satisfies(line -> {
            assertThat(line.personMonths7OrOver()).isEqualTo(8);
            assertThat(line.personMonthsUnder7()).isEqualTo(2);
        });
    }

    @Test
    void thePlacementMonthCountsAndTheOldRatesApplyBefore2023() {
        Estimate e = calculator.estimate(2022, List.of(placed("2022-07", TargetGroup.ASYLUM_PERMIT, 12, 2)));
        // July to December: 10 × 2,300 / 2 + 2 × 6,845 / 2
        assertThat(e.total()).isEqualByComparingTo("18345.00");
    }

    @Test
    void aPeriodThatRunsAcrossTheRateChangeUsesTheRateOfEachMonth() {
        // Placed 2022-10, 3 years: counts Oct-Dec 2022 at the old rate and all of 2023 at the new one.
        var rows = List.of(placed("2022-10", TargetGroup.UNACCOMPANIED_MINOR, 1, 0));
        assertThat(calculator.estimate(2022, rows).total()).isEqualByComparingTo("575.00"); // 2,300 × 3/12
        assertThat(calculator.estimate(2023, rows).total()).isEqualByComparingTo("1955.00");
        // A rate change in the middle of a year: half at each rate.
        var midYear = new ArrayList<>(List.of(
                rate("ALL", AgeBand.AGE_7_OR_OVER, "1200.00", "2023-01-01", "2024-06-30"),
                rate("ALL", AgeBand.AGE_7_OR_OVER, "2400.00", "2024-07-01", null)));
        var changing = new CompensationCalculator(midYear, PERIODS);
        assertThat(changing.estimate(2024, rows).total()).isEqualByComparingTo("1800.00");
    }

    @Test
    void theperiodEndsAfterThreeOrFourYearsByGroup() {
        var rows = List.of(
                placed("2022-07", TargetGroup.ASYLUM_PERMIT, 1, 0),
                placed("2022-07", TargetGroup.QUOTA_REFUGEE, 1, 0),
                placed("2022-07", TargetGroup.FAMILY_MEMBER, 1, 0));
        Estimate in2025 = calculator.estimate(2025, rows);
        // Asylum: Jan-Jun 2025 (period 2022-07..2025-06); quota and family members: the whole year.
        assertThat(line(in2025, TargetGroup.ASYLUM_PERMIT).amount()).isEqualByComparingTo("977.50");
        assertThat(line(in2025, TargetGroup.QUOTA_REFUGEE).amount()).isEqualByComparingTo("1955.00");
        assertThat(line(in2025, TargetGroup.FAMILY_MEMBER).amount()).isEqualByComparingTo("1955.00");
        assertThat(in2025.total()).isEqualByComparingTo("4887.50");
        Estimate in2026 = calculator.estimate(2026, rows);
        assertThat(in2026.byGroup())
                .extracting(CompensationCalculator.GroupLine::group)
                .containsExactlyInAnyOrder(TargetGroup.QUOTA_REFUGEE, TargetGroup.FAMILY_MEMBER);
        assertThat(in2026.total()).isEqualByComparingTo("1955.00"); // 2 × Jan-Jun
        assertThat(calculator.estimate(2027, rows).total()).isEqualByComparingTo("0.00");
    }

    @Test
    void temporaryProtectionEarnsOnlyForPeriodsStartingFromMarch2023() {
        var rows = List.of(
                placed("2023-02", TargetGroup.TEMPORARY_PROTECTION, 5, 1),
                placed("2023-03", TargetGroup.TEMPORARY_PROTECTION, 3, 1));
        Estimate e = calculator.estimate(2023, rows);
        assertThat(e.personsWithoutPeriod()).isEqualTo(5);
        // March-December: 2 × 1,955 × 10/12 + 6,503 × 10/12
        assertThat(e.total()).isEqualByComparingTo("8677.50");
        assertThat(e.periodsApplied()).singleElement().satisfies(p -> assertThat(p.years())
                .isEqualTo(3));
    }

    @Test
    void placementsAfterTheYearAndEmptyRowsEarnNothing() {
        var rows = List.of(
                placed("2024-01", TargetGroup.QUOTA_REFUGEE, 4, 1), placed("2023-05", TargetGroup.QUOTA_REFUGEE, 0, 0));
        Estimate e = calculator.estimate(2023, rows);
        assertThat(e.total()).isEqualByComparingTo("0.00");
        assertThat(e.byGroup()).isEmpty();
    }

    @Test
    void roundingIsOncePerGroupAndTheLinesAddUp() {
        // 1 × 1,955 / 12 = 162.9166.. per month; 7 months = 1,140.4166.. -> 1,140.42
        var rows = List.of(
                placed("2023-06", TargetGroup.ASYLUM_PERMIT, 1, 0), placed("2023-06", TargetGroup.QUOTA_REFUGEE, 1, 0));
        Estimate e = calculator.estimate(2023, rows);
        assertThat(line(e, TargetGroup.ASYLUM_PERMIT).amount()).isEqualByComparingTo("1140.42");
        assertThat(e.total()).isEqualByComparingTo("2280.84");
    }

    @Test
    void aRateOfTheGroupItselfWinsOverAll() {
        var rates = new ArrayList<>(RATES);
        rates.add(rate("QUOTA_REFUGEE", AgeBand.AGE_7_OR_OVER, "3000.00", "2023-01-01", null));
        var own = new CompensationCalculator(rates, PERIODS);
        var rows = List.of(
                placed("2023-01", TargetGroup.QUOTA_REFUGEE, 1, 0), placed("2023-01", TargetGroup.ASYLUM_PERMIT, 1, 0));
        assertThat(own.estimate(2023, rows).total()).isEqualByComparingTo("4955.00");
    }

    private static CompensationCalculator.GroupLine line(Estimate e, TargetGroup group) {
        return e.byGroup().stream().filter(l -> l.group() == group).findFirst().orElseThrow();
    }

    static Placed placed(String month, TargetGroup group, int persons, int under7) {
        return new Placed(YearMonth.parse(month), group, persons, under7);
    }

    static Rate rate(String group, AgeBand band, String amount, String from, String to) {
        return new Rate(
                group, band, new BigDecimal(amount), LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    static Period period(String group, int years, String from, String to) {
        return new Period(group, years, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }
}
