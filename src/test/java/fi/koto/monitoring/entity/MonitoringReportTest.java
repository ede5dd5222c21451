package fi.koto.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitoringReportTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-02-10T09:00:00+02:00");

    private static Programme programme() {
        return new Programme(
                "Plan",
                LegalBasis.ACT_681_2023,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2028, 12, 31),
                List.of(),
                "c",
                AT);
    }

    @Test
    void enteringReplacesTheValuesAndAccountsAndReportingRecordsWhoAndWhen() {
        var report = new MonitoringReport(programme(), 2025, "coord", AT);
        report.enter(
                Map.of(1L, new BigDecimal("41.5")),
                Map.of(2L, new MeasureAccount(MeasureProgress.DONE, null)),
                "coord",
                AT);
        report.enter(Map.of(3L, BigDecimal.TEN), Map.of(), "coord", AT.plusHours(1));
        assertThat(report.getValues()).containsOnlyKeys(3L);
        assertThat(report.getAccounts()).isEmpty();
        assertThat(report.getStatus()).isEqualTo(MonitoringStatus.DRAFT);

        assertThat(report.apply(MonitoringAction.REPORT, "coord", AT.plusDays(1)))
                .isTrue();
        assertThat(report.getStatus()).isEqualTo(MonitoringStatus.REPORTED);
        assertThat(report.getReportedAt()).isEqualTo(AT.plusDays(1));
        assertThat(report.getReportedBy()).isEqualTo("coord");
        assertThat(report.apply(MonitoringAction.REPORT, "coord", AT.plusDays(2)))
                .isFalse();
        assertThat(report.apply(MonitoringAction.REOPEN, "coord", AT.plusDays(2)))
                .isTrue();
        assertThat(report.getStatus()).isEqualTo(MonitoringStatus.DRAFT);
    }

    @Test
    void aMeasureRunsInTheYearsOfItsSchedule() {
        var p = programme();
        var goal = new Goal(p, 0, GoalTheme.HEALTH, "Terveys", null, "c", AT);
        var always = new PlanMeasure(p, 0, new PlanMeasure.Content(goal, "a", null, "k", null, null, null), "c", AT);
        var later = new PlanMeasure(p, 1, new PlanMeasure.Content(goal, "b", null, "k", 2026, 2027, null), "c", AT);
        assertThat(always.runsIn(2025)).isTrue();
        assertThat(later.runsIn(2025)).isFalse();
        assertThat(later.runsIn(2026)).isTrue();
        assertThat(later.runsIn(2027)).isTrue();
        assertThat(later.runsIn(2028)).isFalse();
    }

    @Test
    void anIndicatorCarriedForwardIsIncompleteUntilUnitBaselineTargetAndGoalAreSet() {
        var p = programme();
        var legacy = new Indicator(
                p, 0, new Indicator.Content(null, null, "Osallistujat", null, null, null, null, null, null), "c", AT);
        assertThat(legacy.isComplete()).isFalse();
        var goal = new Goal(p, 0, GoalTheme.PARTICIPATION, "Osallisuus", null, "c", AT);
        legacy.change(
                new Indicator.Content(
                        goal,
                        null,
                        "Osallistujat",
                        null,
                        IndicatorUnit.PERSONS,
                        BigDecimal.ZERO,
                        2024,
                        BigDecimal.TEN,
                        2028),
                "c",
                AT);
        assertThat(legacy.isComplete()).isTrue();
    }
}
