package fi.koto.placement.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.control.CompensationCalculator.Estimate;
import fi.koto.placement.control.CompensationCalculator.OneOff;
import fi.koto.placement.control.CompensationCalculator.Period;
import fi.koto.placement.control.CompensationCalculator.Placed;
import fi.koto.placement.control.CompensationCalculator.Rate;
import fi.koto.placement.control.CompensationCalculator.Transition;
import fi.koto.placement.entity.AgeBand;
import fi.koto.placement.entity.Recipient;
import fi.koto.placement.entity.TransitionMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples across the changes of 1.1.2023 and 1.1.2025, with the tables V4 and V51 seed (docs/domain.md,
 * "Compensation"). The rules cited in the comments:
 * <ul>
 * <li>[R2012] Decree 1393/2011: EUR 2,300 a year aged 7 or over, EUR 6,845 under 7, to every municipality,
 * 2012-2022; EUR 700 once per initial assessment until 31.12.2024.</li>
 * <li>[R2023] Act 936/2022, from 1.1.2023: mainland municipalities EUR 1,955 / 6,503; wellbeing services counties
 * and the City of Helsinki EUR 345 / 342; Åland municipalities keep EUR 2,300 / 6,845.</li>
 * <li>[P2012] Act 1313/2011: 4 years for quota refugees, 3 years for the others (temporary protection 3 years
 * from 1.3.2023, Act 1083/2022).</li>
 * <li>[P2025] HE 21/2024, from 1.1.2025: 3 years for quota refugees, 2 years for the others.</li>
 * <li>[T] The transitional rule is a dated setting (not found in the sources): by default a period keeps the
 * length valid in the month it began; the other mode shortens running periods from 1.1.2025.</li>
 * </ul>
 * A period begins in the month the home municipality was registered and covers that month and the following
 * months up to its length; each month earns one twelfth of the year's rate valid in that month.
 */
class CompensationWorkedExamplesTest {

    static final List<Rate> RATES = List.of(
            rate(Recipient.MUNICIPALITY, AgeBand.AGE_7_OR_OVER, "2300.00", "2012-01-01", "2022-12-31"),
            rate(Recipient.MUNICIPALITY, AgeBand.UNDER_7, "6845.00", "2012-01-01", "2022-12-31"),
            rate(Recipient.MUNICIPALITY, AgeBand.AGE_7_OR_OVER, "1955.00", "2023-01-01", null),
            rate(Recipient.MUNICIPALITY, AgeBand.UNDER_7, "6503.00", "2023-01-01", null),
            rate(Recipient.WELLBEING_COUNTY, AgeBand.AGE_7_OR_OVER, "345.00", "2023-01-01", null),
            rate(Recipient.WELLBEING_COUNTY, AgeBand.UNDER_7, "342.00", "2023-01-01", null),
            rate(Recipient.ALAND_MUNICIPALITY, AgeBand.AGE_7_OR_OVER, "2300.00", "2012-01-01", null),
            rate(Recipient.ALAND_MUNICIPALITY, AgeBand.UNDER_7, "6845.00", "2012-01-01", null));

    static final List<Period> PERIODS = List.of(
            period("QUOTA_REFUGEE", 4, "2012-01-01", "2024-12-31"),
            period("QUOTA_REFUGEE", 3, "2025-01-01", null),
            period("ASYLUM_PERMIT", 3, "2012-01-01", "2024-12-31"),
            period("ASYLUM_PERMIT", 2, "2025-01-01", null),
            period("TEMPORARY_PROTECTION", 3, "2023-03-01", "2024-12-31"),
            period("TEMPORARY_PROTECTION", 2, "2025-01-01", null),
            period("TRAFFICKING_VICTIM", 3, "2012-01-01", "2024-12-31"),
            period("TRAFFICKING_VICTIM", 2, "2025-01-01", null),
            period("INDIVIDUAL_HUMANITARIAN", 3, "2012-01-01", "2024-12-31"),
            period("INDIVIDUAL_HUMANITARIAN", 2, "2025-01-01", null));

    static final List<OneOff> INITIAL = List.of(new OneOff(
            new BigDecimal("700.00"), LocalDate.parse("2012-01-01"), LocalDate.parse("2024-12-31"), "1393/2011"));

    private final CompensationCalculator atStart = calculator(TransitionMode.LENGTH_AT_START);
    private final CompensationCalculator shortened = calculator(TransitionMode.NEW_LENGTH_FROM_CHANGE);

    @Test
    void aQuotaRefugeeWhosePeriodBeganIn2022() {
        var rows = List.of(placed("2022-06", TargetGroup.QUOTA_REFUGEE, 1, 0));
        // [P2012] 4 years from 6/2022: June 2022 to May 2026.
        // 2022: June-December, 7 months at [R2012] 2,300: 2,300 × 7/12 = 1,341.666… → 1,341.67.
        assertThat(atStart.estimate(2022, rows).total()).isEqualByComparingTo("1341.67");
        // 2023: 12 months at [R2023] 1,955 = 1,955.00.
        assertThat(atStart.estimate(2023, rows).total()).isEqualByComparingTo("1955.00");
        // 2026: January-May, 5 months: 1,955 × 5/12 = 814.583… → 814.58 ([T] keeps the 4 years).
        assertThat(atStart.estimate(2026, rows).total()).isEqualByComparingTo("814.58");
        // [T] shortened: 3 years from 6/2022 end with May 2025, so nothing in 2026; 2025 gets January-May,
        // 5 × 1,955 / 12 = 814.58.
        assertThat(shortened.estimate(2026, rows).total()).isEqualByComparingTo("0");
        assertThat(shortened.estimate(2025, rows).total()).isEqualByComparingTo("814.58");
    }

    @Test
    void anAsylumPermitHolderWhosePeriodBeganIn2022() {
        var rows = List.of(placed("2022-06", TargetGroup.ASYLUM_PERMIT, 1, 0));
        // [P2012] 3 years from 6/2022: June 2022 to May 2025.
        // 2025: January-May at [R2023]: 1,955 × 5/12 = 814.58; 2026: nothing.
        assertThat(atStart.estimate(2025, rows).total()).isEqualByComparingTo("814.58");
        assertThat(atStart.estimate(2026, rows).total()).isEqualByComparingTo("0");
        // [T] shortened: 2 years from 6/2022 ended with May 2024, before the change, so the months from 2025 on
        // earn nothing: 2025 = 0.
        assertThat(shortened.estimate(2025, rows).total()).isEqualByComparingTo("0");
    }

    @Test
    void aQuotaRefugeeWhosePeriodBeganIn2024() {
        var rows = List.of(placed("2024-03", TargetGroup.QUOTA_REFUGEE, 1, 0));
        // [P2012] (the row valid in 3/2024) 4 years: March 2024 to February 2028.
        // 2027: 12 × 1,955 / 12 = 1,955.00; 2028: January-February, 1,955 × 2/12 = 325.833… → 325.83.
        assertThat(atStart.estimate(2027, rows).total()).isEqualByComparingTo("1955.00");
        assertThat(atStart.estimate(2028, rows).total()).isEqualByComparingTo("325.83");
        assertThat(atStart.estimate(2028, rows).periodsApplied())
                .extracting(Period::years)
                .containsExactly(4);
        // [T] shortened to [P2025] 3 years: March 2024 to February 2027: 2027 = 325.83, 2028 = 0.
        assertThat(shortened.estimate(2027, rows).total()).isEqualByComparingTo("325.83");
        assertThat(shortened.estimate(2028, rows).total()).isEqualByComparingTo("0");
        // 2024 itself is before the change and the same in both modes: March-December, 1,955 × 10/12 = 1,629.17.
        assertThat(shortened.estimate(2024, rows).total()).isEqualByComparingTo("1629.17");
        assertThat(atStart.estimate(2024, rows).total()).isEqualByComparingTo("1629.17");
    }

    @Test
    void anAsylumPermitHolderWhosePeriodBeganIn2024() {
        var rows = List.of(placed("2024-03", TargetGroup.ASYLUM_PERMIT, 1, 0));
        // [P2012] 3 years: March 2024 to February 2027. 2026: 1,955.00; 2027: 2 months = 325.83.
        assertThat(atStart.estimate(2026, rows).total()).isEqualByComparingTo("1955.00");
        assertThat(atStart.estimate(2027, rows).total()).isEqualByComparingTo("325.83");
        // [T] shortened to [P2025] 2 years: March 2024 to February 2026: 2026 = 325.83, 2027 = 0.
        assertThat(shortened.estimate(2026, rows).total()).isEqualByComparingTo("325.83");
        assertThat(shortened.estimate(2027, rows).total()).isEqualByComparingTo("0");
    }

    @Test
    void aQuotaRefugeeAndAnAsylumPermitHolderWhosePeriodsBeganIn2025() {
        var quota = List.of(placed("2025-01", TargetGroup.QUOTA_REFUGEE, 1, 0));
        var asylum = List.of(placed("2025-01", TargetGroup.ASYLUM_PERMIT, 1, 0));
        // [P2025] quota 3 years: January 2025 to December 2027: 2027 = 1,955.00, 2028 = 0.
        assertThat(atStart.estimate(2027, quota).total()).isEqualByComparingTo("1955.00");
        assertThat(atStart.estimate(2028, quota).total()).isEqualByComparingTo("0");
        // [P2025] others 2 years: January 2025 to December 2026: 2026 = 1,955.00, 2027 = 0.
        assertThat(atStart.estimate(2026, asylum).total()).isEqualByComparingTo("1955.00");
        assertThat(atStart.estimate(2027, asylum).total()).isEqualByComparingTo("0");
        // The transitional rule does not touch periods that began under the new lengths.
        assertThat(shortened.estimate(2027, quota).total()).isEqualByComparingTo("1955.00");
        assertThat(shortened.estimate(2026, asylum).total()).isEqualByComparingTo("1955.00");
    }

    @Test
    void aChildUnder7() {
        var rows = List.of(placed("2025-04", TargetGroup.ASYLUM_PERMIT, 1, 1));
        // [P2025] 2 years from 4/2025. 2025: April-December, 9 months.
        // Municipality [R2023]: 6,503 × 9/12 = 4,877.25; county [R2023]: 342 × 9/12 = 256.50.
        Estimate municipality = atStart.estimate(2025, rows, Recipient.MUNICIPALITY);
        assertThat(municipality.total()).isEqualByComparingTo("4877.25");
        assertThat(municipality.byGroup()).singleElement().satisfies(line -> {
            assertThat(line.personMonthsUnder7()).isEqualTo(9);
            assertThat(line.personMonths7OrOver()).isZero();
        });
        assertThat(atStart.estimate(2025, rows, Recipient.WELLBEING_COUNTY).total())
                .isEqualByComparingTo("256.50");
        // 2027: the period ended with March 2027: January-March, 6,503 × 3/12 = 1,625.75.
        assertThat(atStart.estimate(2027, rows).total()).isEqualByComparingTo("1625.75");
    }

    @Test
    void aWellbeingCountysShare() {
        var rows = List.of(placed("2024-09", TargetGroup.ASYLUM_PERMIT, 12, 2));
        // [P2012] 3 years from 9/2024, so all of 2025 is in the period: 10 aged 7 or over and 2 under 7.
        // County [R2023]: 10 × 345 + 2 × 342 = 3,450 + 684 = 4,134.00.
        Estimate county = atStart.estimate(2025, rows, Recipient.WELLBEING_COUNTY);
        assertThat(county.total()).isEqualByComparingTo("4134.00");
        assertThat(county.ratesApplied())
                .extracting(r -> r.recipient() + " " + r.annualAmount().toPlainString())
                .containsExactlyInAnyOrder("WELLBEING_COUNTY 345.00", "WELLBEING_COUNTY 342.00");
        // Municipality [R2023]: 10 × 1,955 + 2 × 6,503 = 19,550 + 13,006 = 32,556.00.
        assertThat(atStart.estimate(2025, rows, Recipient.MUNICIPALITY).total()).isEqualByComparingTo("32556.00");
        // Before 2023 there were no counties and no county share: a quota refugee of 6/2022 earns the county
        // nothing in 2022 and 345.00 in 2023 ([R2023]).
        var earlier = List.of(placed("2022-06", TargetGroup.QUOTA_REFUGEE, 1, 0));
        assertThat(atStart.estimate(2022, earlier, Recipient.WELLBEING_COUNTY).total())
                .isEqualByComparingTo("0");
        assertThat(atStart.estimate(2023, earlier, Recipient.WELLBEING_COUNTY).total())
                .isEqualByComparingTo("345.00");
    }

    @Test
    void helsinkiReceivesTheMunicipalAndTheCountyShare() {
        var rows = List.of(placed("2025-01", TargetGroup.QUOTA_REFUGEE, 3, 1));
        // [P2025] 3 years from 1/2025, all of 2026 in the period: 2 aged 7 or over, 1 under 7.
        // Municipal share [R2023]: 2 × 1,955 + 6,503 = 10,413.00; county share: 2 × 345 + 342 = 1,032.00.
        // Helsinki organises social and health services itself and receives both: 10,413 + 1,032 = 11,445.00.
        BigDecimal municipal =
                atStart.estimate(2026, rows, Recipient.MUNICIPALITY).total();
        BigDecimal county =
                atStart.estimate(2026, rows, Recipient.WELLBEING_COUNTY).total();
        assertThat(municipal).isEqualByComparingTo("10413.00");
        assertThat(county).isEqualByComparingTo("1032.00");
        assertThat(municipal.add(county)).isEqualByComparingTo("11445.00");
    }

    @Test
    void anAlandMunicipalityAtAlandsRates() {
        var rows = List.of(placed("2024-01", TargetGroup.ASYLUM_PERMIT, 3, 1));
        // [P2012] 3 years from 1/2024, all of 2024: 2 aged 7 or over, 1 under 7.
        // Åland [R2023]: 2 × 2,300 + 6,845 = 4,600 + 6,845 = 11,445.00 (a mainland municipality would get
        // 2 × 1,955 + 6,503 = 10,413.00), and there is no county share in Åland.
        Estimate aland = atStart.estimate(2024, rows, Recipient.ALAND_MUNICIPALITY);
        assertThat(aland.total()).isEqualByComparingTo("11445.00");
        assertThat(atStart.estimate(2024, rows, Recipient.MUNICIPALITY).total()).isEqualByComparingTo("10413.00");
        // The periods are the same for Åland: [P2025] 2 years for an asylum-permit holder placed in 1/2025,
        // so 2027 = 0; in 2026: 12 × 2,300 / 12 = 2,300.00 for one adult.
        var later = List.of(placed("2025-01", TargetGroup.ASYLUM_PERMIT, 1, 0));
        assertThat(atStart.estimate(2026, later, Recipient.ALAND_MUNICIPALITY).total())
                .isEqualByComparingTo("2300.00");
        assertThat(atStart.estimate(2027, later, Recipient.ALAND_MUNICIPALITY).total())
                .isEqualByComparingTo("0");
    }

    @Test
    void theInitialAssessmentOfTheOldLawIsAMaximumApartFromTheTotal() {
        var rows = List.of(
                placed("2024-05", TargetGroup.QUOTA_REFUGEE, 4, 1), placed("2025-02", TargetGroup.QUOTA_REFUGEE, 2, 0));
        // [R2012] EUR 700 once per person until 31.12.2024: the 4 persons placed in 2024 at most 4 × 700 =
        // 2,800.00; the total stays the calculated compensation (3 × 1,955 + 6,503) × 8/12 = 12,368 × 8/12
        // = 8,245.33.
        Estimate in2024 = atStart.estimate(2024, rows);
        assertThat(in2024.initialAssessment()).hasValueSatisfying(line -> {
            assertThat(line.persons()).isEqualTo(4);
            assertThat(line.maximum()).isEqualByComparingTo("2800.00");
        });
        assertThat(in2024.total()).isEqualByComparingTo("8245.33");
        // No initial-assessment compensation under 681/2023, and none to a county.
        assertThat(atStart.estimate(2025, rows).initialAssessment()).isEmpty();
        assertThat(atStart.estimate(2024, rows, Recipient.WELLBEING_COUNTY).initialAssessment())
                .isEmpty();
    }

    @Test
    void victimsOfTraffickingAndIndividualHumanitarianGroundsAreCompensated() {
        var rows = List.of(
                placed("2025-01", TargetGroup.TRAFFICKING_VICTIM, 1, 0),
                placed("2024-01", TargetGroup.INDIVIDUAL_HUMANITARIAN, 1, 0));
        // Trafficking victim [P2025] 2 years from 1/2025: all of 2026, 1,955.00.
        // Individual humanitarian grounds [P2012] 3 years from 1/2024: all of 2026, 1,955.00. Together 3,910.00.
        Estimate e = atStart.estimate(2026, rows);
        assertThat(e.total()).isEqualByComparingTo("3910.00");
        assertThat(e.personsWithoutPeriod()).isZero();
        // 2027: both periods have ended.
        assertThat(atStart.estimate(2027, rows).total()).isEqualByComparingTo("0");
    }

    private static CompensationCalculator calculator(TransitionMode mode) {
        return new CompensationCalculator(
                RATES,
                PERIODS,
                List.of(new Transition(LocalDate.parse("2025-01-01"), mode, "setting", false)),
                INITIAL);
    }

    private static Rate rate(Recipient recipient, AgeBand band, String amount, String from, String to) {
        return new Rate(
                "ALL",
                band,
                recipient,
                new BigDecimal(amount),
                LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                null);
    }

    private static Period period(String group, int years, String from, String to) {
        return new Period(group, years, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    private static Placed placed(String month, TargetGroup group, int persons, int under7) {
        return new Placed(YearMonth.parse(month), group, persons, under7);
    }
}
