package fi.koto.placement.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.control.UtilisationCalculator.Utilisation;
import fi.koto.placement.control.UtilisationTotals.Member;
import fi.koto.placement.control.UtilisationTotals.Total;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UtilisationTotalsTest {

    private static final LocalDate AFTER_2025 = LocalDate.of(2026, 2, 1);

    private static Utilisation municipality(
            int quotaAgreed, int quotaRealised, int asylumAgreed, int asylumRealised, int selfSettled) {
        return UtilisationCalculator.of(
                2025,
                Map.of(TargetGroup.QUOTA_REFUGEE, quotaAgreed, TargetGroup.ASYLUM_PERMIT, asylumAgreed),
                Map.of(TargetGroup.QUOTA_REFUGEE, quotaRealised, TargetGroup.ASYLUM_PERMIT, asylumRealised),
                Map.of(TargetGroup.ASYLUM_PERMIT, selfSettled),
                AFTER_2025);
    }

    @Test
    void sumsPerTargetGroupAndAppliesTheSameRatioAndDeviationRulesToTheSums() {
        Utilisation helsinki = municipality(60, 50, 100, 90, 7);
        Utilisation vantaa = municipality(20, 5, 40, 10, 3);
        Total total = UtilisationTotals.total(null, 2025, List.of(helsinki, vantaa), AFTER_2025);

        assertThat(total.municipalities()).isEqualTo(2);
        Utilisation sums = total.utilisation();
        assertThat(sums.agreed())
                .containsEntry(TargetGroup.QUOTA_REFUGEE, 80)
                .containsEntry(TargetGroup.ASYLUM_PERMIT, 140)
                .containsEntry(TargetGroup.FAMILY_MEMBER, 0);
        assertThat(sums.realised())
                .containsEntry(TargetGroup.QUOTA_REFUGEE, 55)
                .containsEntry(TargetGroup.ASYLUM_PERMIT, 100);
        assertThat(sums.agreedTotal()).isEqualTo(220);
        assertThat(sums.realisedTotal()).isEqualTo(155);
        assertThat(sums.selfSettledTotal()).isEqualTo(10);
        assertThat(sums.ratio()).isEqualByComparingTo("0.7045");
        assertThat(sums.deviation()).as("155 of 220 is within 50-110 %").isFalse();
        assertThat(total.deviating()).as("Vantaa alone realised 15 of 60").isEqualTo(1);
    }

    @Test
    void remainingCapacityIsTheSumOfEachMunicipalitysRemainingPlaces() {
        Utilisation over = municipality(10, 30, 0, 0, 0); // 20 above its places: remaining 0, not -20
        Utilisation under = municipality(10, 4, 0, 0, 0); // remaining 6
        Total total = UtilisationTotals.total(null, 2025, List.of(over, under), AFTER_2025);
        assertThat(total.utilisation().remaining()).isEqualTo(6);
        assertThat(total.utilisation().agreedTotal() - total.utilisation().realisedTotal())
                .isNegative();
        assertThat(total.deviating()).isEqualTo(2);
    }

    @Test
    void groupsByKeyInOrderWithMembersWithoutAGroupLast() {
        List<Member> members = List.of(
                new Member("EVK22", municipality(10, 10, 0, 0, 0)),
                new Member(null, municipality(0, 2, 0, 0, 0)),
                new Member("EVK01", municipality(10, 5, 0, 0, 0)),
                new Member("EVK01", municipality(20, 25, 0, 0, 0)));
        List<Total> groups = UtilisationTotals.byGroup(2025, members, AFTER_2025);
        assertThat(groups).extracting(Total::key).containsExactly("EVK01", "EVK22", null);
        assertThat(groups.get(0).municipalities()).isEqualTo(2);
        assertThat(groups.get(0).utilisation().agreedTotal()).isEqualTo(30);
        assertThat(groups.get(0).utilisation().realisedTotal()).isEqualTo(30);
        assertThat(groups.get(0).utilisation().remaining()).isEqualTo(5);
        assertThat(groups.get(2).utilisation().deviation())
                .as("realised without places")
                .isTrue();
    }

    @Test
    void nothingAddsUpToNothing() {
        Total total = UtilisationTotals.total(null, 2025, List.of(), AFTER_2025);
        assertThat(total.municipalities()).isZero();
        assertThat(total.utilisation().agreedTotal()).isZero();
        assertThat(total.utilisation().ratio()).isNull();
        assertThat(total.utilisation().deviation()).isFalse();
        assertThat(UtilisationTotals.byGroup(2025, List.of(), AFTER_2025)).isEmpty();
    }
}
