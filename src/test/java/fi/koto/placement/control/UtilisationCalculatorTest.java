package fi.koto.placement.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.control.UtilisationCalculator.Utilisation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UtilisationCalculatorTest {

    private static final Map<TargetGroup, Integer> AGREED =
            Map.of(TargetGroup.QUOTA_REFUGEE, 20, TargetGroup.ASYLUM_PERMIT, 80);

    @Test
    void countsPerGroupAndTotalsWithRemainingCapacity() {
        Utilisation u = UtilisationCalculator.of(
                2025,
                AGREED,
                Map.of(TargetGroup.QUOTA_REFUGEE, 15, TargetGroup.ASYLUM_PERMIT, 60, TargetGroup.FAMILY_MEMBER, 5),
                Map.of(TargetGroup.ASYLUM_PERMIT, 9),
                LocalDate.of(2026, 3, 1));
        assertThat(u.agreedTotal()).isEqualTo(100);
        assertThat(u.realisedTotal()).isEqualTo(80);
        assertThat(u.selfSettledTotal()).isEqualTo(9);
        assertThat(u.remaining()).isEqualTo(20);
        assertThat(u.ratio()).isEqualByComparingTo("0.8");
        assertThat(u.agreed()).containsEntry(TargetGroup.UNACCOMPANIED_MINOR, 0).hasSize(6);
        assertThat(u.realised()).containsEntry(TargetGroup.FAMILY_MEMBER, 5);
        assertThat(u.deviation()).isFalse();
    }

    @Test
    void aYearThatIsOverDeviatesBelowHalfOrAboveOneHundredAndTenPercent() {
        LocalDate after = LocalDate.of(2026, 1, 15);
        assertThat(realised(49, after).deviation()).isTrue();
        assertThat(realised(50, after).deviation()).isFalse();
        assertThat(realised(110, after).deviation()).isFalse();
        assertThat(realised(111, after).deviation()).isTrue();
        assertThat(realised(111, after).remaining()).isZero();
        assertThat(realised(111, after).ratio()).isEqualByComparingTo("1.11");
    }

    @Test
    void duringTheYearTheExpectationIsProRataToCompletedMonths() {
        // 1 October: 9 months completed, expected 75 of 100.
        LocalDate october = LocalDate.of(2025, 10, 1);
        assertThat(realised(40, october).expected()).isEqualByComparingTo("75");
        assertThat(realised(37, october).deviation()).isTrue();
        assertThat(realised(38, october).deviation()).isFalse();
        assertThat(realised(82, october).deviation()).isFalse();
        assertThat(realised(83, october).deviation()).isTrue();
        assertThat(realised(0, LocalDate.of(2025, 1, 31)).deviation()).isFalse();
    }

    @Test
    void aFutureYearNeverDeviatesAndNothingAgreedHasNoRatio() {
        assertThat(realised(0, LocalDate.of(2024, 12, 31)).deviation()).isFalse();
        Utilisation none = UtilisationCalculator.of(
                2025, Map.of(), Map.of(TargetGroup.ASYLUM_PERMIT, 3), Map.of(), LocalDate.of(2026, 2, 1));
        assertThat(none.ratio()).isNull();
        assertThat(none.deviation()).isTrue();
        Utilisation empty = UtilisationCalculator.of(2025, Map.of(), Map.of(), Map.of(), LocalDate.of(2026, 2, 1));
        assertThat(empty.deviation()).isFalse();
    }

    private static Utilisation realised(int persons, LocalDate today) {
        return UtilisationCalculator.of(2025, AGREED, Map.of(TargetGroup.ASYLUM_PERMIT, persons), Map.of(), today);
    }
}
