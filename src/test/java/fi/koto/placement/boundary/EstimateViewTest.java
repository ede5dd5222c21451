package fi.koto.placement.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.control.CompensationCalculator;
import fi.koto.placement.control.CompensationWorkedExamplesTestTables;
import fi.koto.placement.entity.Recipient;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who receives which share in the estimate's answer (docs/domain.md, "Compensation"). */
class EstimateViewTest {

    private final CompensationCalculator calculator = CompensationWorkedExamplesTestTables.calculator();
    private final List<CompensationCalculator.Placed> placed =
            List.of(new CompensationCalculator.Placed(YearMonth.of(2025, 1), TargetGroup.QUOTA_REFUGEE, 3, 1));

    @Test
    void helsinkiReceivesBothSharesAndTheExistingFieldsStayTheMunicipalShare() {
        var municipal = calculator.estimate(2026, placed, Recipient.MUNICIPALITY);
        var county = calculator.estimate(2026, placed, Recipient.WELLBEING_COUNTY);
        var view = EstimateView.of(
                "091",
                municipal,
                List.of(municipal, county),
                List.of(
                        new EstimateView.Receiver("091", "Helsinki", "Helsingfors"),
                        new EstimateView.Receiver("091", "Helsinki", "Helsingfors")),
                calculator.transitions(),
                "method");
        // Municipal share 2 × 1,955 + 6,503 = 10,413.00; county share 2 × 345 + 342 = 1,032.00; both to Helsinki.
        assertThat(view.total()).isEqualByComparingTo("10413.00");
        assertThat(view.ratesApplied())
                .extracting(EstimateView.RateApplied::recipient)
                .containsOnly("MUNICIPALITY");
        assertThat(view.recipients())
                .extracting(s -> s.recipient() + " " + s.recipientCode() + " "
                        + s.total().toPlainString())
                .containsExactly("MUNICIPALITY 091 10413.00", "WELLBEING_COUNTY 091 1032.00");
        assertThat(view.municipalityReceives()).isEqualByComparingTo("11445.00");
        assertThat(view.transitionalRules()).singleElement().satisfies(t -> {
            assertThat(t.mode()).isEqualTo("LENGTH_AT_START");
            assertThat(t.verified()).isFalse();
        });
    }

    @Test
    void anotherMunicipalityReceivesOnlyItsShareAndTheCountyTheRest() {
        var municipal = calculator.estimate(2026, placed, Recipient.MUNICIPALITY);
        var county = calculator.estimate(2026, placed, Recipient.WELLBEING_COUNTY);
        var view = EstimateView.of(
                "092",
                municipal,
                List.of(municipal, county),
                List.of(
                        new EstimateView.Receiver("092", "Vantaa", "Vanda"),
                        new EstimateView.Receiver("04", "Vantaan ja Keravan hyvinvointialue", "Vanda")),
                calculator.transitions(),
                "method");
        assertThat(view.municipalityReceives()).isEqualByComparingTo("10413.00");
        assertThat(view.recipients().get(1).recipientCode()).isEqualTo("04");
    }
}
