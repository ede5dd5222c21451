package fi.koto.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole transition matrix of a year's monitoring report: every state against every action. */
class MonitoringStatusTest {

    private static final Map<MonitoringStatus, Map<MonitoringAction, MonitoringStatus>> ALLOWED = Map.of(
            MonitoringStatus.DRAFT, Map.of(MonitoringAction.REPORT, MonitoringStatus.REPORTED),
            MonitoringStatus.REPORTED, Map.of(MonitoringAction.REOPEN, MonitoringStatus.DRAFT));

    @Test
    void everyStateAndActionLeadsExactlyWhereTheMatrixSays() {
        for (MonitoringStatus status : MonitoringStatus.values()) {
            for (MonitoringAction action : MonitoringAction.values()) {
                Optional<MonitoringStatus> expected = Optional.ofNullable(
                        ALLOWED.getOrDefault(status, Map.of()).get(action));
                assertThat(status.after(action)).as(status + " " + action).isEqualTo(expected);
            }
        }
    }

    @Test
    void onlyADraftCanBeChanged() {
        assertThat(MonitoringStatus.DRAFT.isEditable()).isTrue();
        assertThat(MonitoringStatus.REPORTED.isEditable()).isFalse();
    }

    @Test
    void aMeasureNotStartedNeedsAComment() {
        assertThat(MeasureProgress.NOT_STARTED.needsComment()).isTrue();
        assertThat(MeasureProgress.IN_PROGRESS.needsComment()).isFalse();
        assertThat(MeasureProgress.DONE.needsComment()).isFalse();
    }

    @Test
    void theThemesAreThePurposesOfTheAct() {
        // Act 681/2023 §1 (docs/domain.md, "Goals, measures, indicators and monitoring")
        assertThat(GoalTheme.values())
                .extracting(Enum::name)
                .containsExactly(
                        "EMPLOYMENT_AND_ENTREPRENEURSHIP",
                        "WELLBEING",
                        "HEALTH",
                        "PARTICIPATION",
                        "EQUALITY_AND_NON_DISCRIMINATION",
                        "GOOD_POPULATION_RELATIONS");
    }
}
