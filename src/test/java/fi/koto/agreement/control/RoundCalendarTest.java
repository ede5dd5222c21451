package fi.koto.agreement.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.platform.failure.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The year and deadline of a new places round, and the places given in requests. */
class RoundCalendarTest {

    private final List<Reason> problems = new ArrayList<>();

    @Test
    void aRoundAsksForNextYearByDefaultAndNeverForAPastYearOrTooFarAhead() {
        LocalDate today = LocalDate.of(2026, 8, 25);
        assertThat(RoundCalendar.year(null, today, problems)).isEqualTo(2027);
        assertThat(RoundCalendar.year(2026, today, problems)).isEqualTo(2026);
        assertThat(RoundCalendar.year(2031, today, problems)).isEqualTo(2031);
        assertThat(problems).isEmpty();
        assertThat(RoundCalendar.year(2025, today, problems)).isNull();
        assertThat(RoundCalendar.year(2032, today, problems)).isNull();
        assertThat(problems).extracting(Reason::key).containsOnly("placesRound.year.invalid");
    }

    @Test
    void withoutAGivenDeadlineAnswersAreDueOnTheLastDayOfOctober() {
        assertThat(RoundCalendar.deadline(null, 2027, LocalDate.of(2026, 8, 25), problems))
                .isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(RoundCalendar.deadline(null, 2027, LocalDate.of(2026, 10, 31), problems))
                .isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(problems).isEmpty();
    }

    @Test
    void afterTheLastDayOfOctoberTheOfficialMustGiveTheDeadline() {
        assertThat(RoundCalendar.deadline(null, 2027, LocalDate.of(2026, 11, 1), problems))
                .isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("placesRound.deadline.required");
            assertThat(p.args()).containsExactly("2026-10-31");
        });
    }

    @Test
    void aGivenDeadlineLiesBetweenTodayAndTheEndOfTheYearOfPlaces() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(RoundCalendar.deadline(today, 2027, today, problems)).isEqualTo(today);
        assertThat(RoundCalendar.deadline(LocalDate.of(2027, 12, 31), 2027, today, problems))
                .isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(problems).isEmpty();
        assertThat(RoundCalendar.deadline(today.minusDays(1), 2027, today, problems))
                .isNull();
        assertThat(RoundCalendar.deadline(LocalDate.of(2028, 1, 1), 2027, today, problems))
                .isNull();
        assertThat(problems)
                .extracting(Reason::key)
                .containsExactly("placesRound.deadline.past", "placesRound.deadline.afterYear");
    }

    @Test
    void placesAreParsedWithOneReasonPerProblemAndTheirChangesWritten() {
        var places = PlacesInput.parse(Map.of("quota_refugee", 20, "PIRATES", 3, "ASYLUM_PERMIT", -1), problems);
        assertThat(places).containsExactly(Map.entry(TargetGroup.QUOTA_REFUGEE, 20));
        assertThat(problems)
                .extracting(Reason::key)
                .containsExactlyInAnyOrder("targetGroup.unknown", "places.count.invalid");
        var sum = PlacesInput.plus(places, Map.of(TargetGroup.QUOTA_REFUGEE, 5, TargetGroup.FAMILY_MEMBER, 2));
        assertThat(sum)
                .containsEntry(TargetGroup.QUOTA_REFUGEE, 25)
                .containsEntry(TargetGroup.FAMILY_MEMBER, 2)
                .containsEntry(TargetGroup.ASYLUM_PERMIT, 0);
        assertThat(PlacesInput.difference(places, sum)).isEqualTo("QUOTA_REFUGEE 20->25, FAMILY_MEMBER 0->2");
        assertThat(PlacesInput.difference(sum, sum)).isEqualTo("no change");
    }
}
