package fi.koto.report.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.entity.AnswerState;
import fi.koto.agreement.entity.TargetGroup;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PLACES_ROUND report's rule for where an answer stood on the report's day, and its places. */
class SnapshotPlacesRoundTest {

    private static final LocalDate DEADLINE = LocalDate.of(2030, 10, 31);

    private static SnapshotPlacesRound request(LocalDate answeredOn, boolean late, Map<TargetGroup, Integer> places) {
        return new SnapshotPlacesRound(1, 2, "091", 3, DEADLINE, answeredOn, late, places, 1);
    }

    @Test
    void anUnansweredRequestIsOutstandingUpToTheDeadlineDayAndOverdueAfterIt() {
        var open = request(null, false, Map.of());
        assertThat(open.state(DEADLINE)).isEqualTo(AnswerState.OUTSTANDING);
        assertThat(open.isLate(DEADLINE)).isFalse();
        assertThat(open.state(DEADLINE.plusDays(1))).isEqualTo(AnswerState.OVERDUE);
        assertThat(open.isLate(DEADLINE.plusDays(1))).isTrue();
        assertThat(open.placesTotal()).isZero();
    }

    @Test
    void anAnswerKeepsItsLatenessWhateverTheDay() {
        var inTime = request(DEADLINE, false, Map.of(TargetGroup.QUOTA_REFUGEE, 40, TargetGroup.FAMILY_MEMBER, 5));
        assertThat(inTime.state(DEADLINE.plusYears(1))).isEqualTo(AnswerState.ANSWERED);
        assertThat(inTime.isLate(DEADLINE.plusYears(1))).isFalse();
        assertThat(inTime.places(TargetGroup.QUOTA_REFUGEE)).isEqualTo(40);
        assertThat(inTime.places(TargetGroup.ASYLUM_PERMIT)).isZero();
        assertThat(inTime.placesTotal()).isEqualTo(45);

        var late = request(DEADLINE.plusDays(3), true, Map.of(TargetGroup.ASYLUM_PERMIT, 10));
        assertThat(late.state(DEADLINE.minusDays(1))).isEqualTo(AnswerState.ANSWERED_LATE);
        assertThat(late.isLate(DEADLINE)).isTrue();
    }
}
