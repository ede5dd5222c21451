package fi.koto.agreement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.koto.access.control.Role;
import fi.koto.reference.entity.Decision;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The state, deadline and late rules of the annual places round, without a container. */
class PlacesRoundRulesTest {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 10, 31);

    @Test
    void aRoundIsClosedAndReopenedAndNothingElse() {
        assertThat(PlacesRoundStatus.OPEN.after(PlacesRoundAction.CLOSE)).contains(PlacesRoundStatus.CLOSED);
        assertThat(PlacesRoundStatus.OPEN.after(PlacesRoundAction.REOPEN)).isEmpty();
        assertThat(PlacesRoundStatus.CLOSED.after(PlacesRoundAction.REOPEN)).contains(PlacesRoundStatus.OPEN);
        assertThat(PlacesRoundStatus.CLOSED.after(PlacesRoundAction.CLOSE)).isEmpty();
        assertThat(PlacesRoundStatus.OPEN.isOpen()).isTrue();
        assertThat(PlacesRoundStatus.CLOSED.isOpen()).isFalse();
    }

    @Test
    void onlyOfficialsCloseAndReopen() {
        for (Role role : Role.values()) {
            assertThat(PlacesRoundStatus.OPEN.allows(PlacesRoundAction.CLOSE, role))
                    .as(role.name())
                    .isEqualTo(role == Role.OFFICIAL);
            assertThat(PlacesRoundStatus.CLOSED.allows(PlacesRoundAction.REOPEN, role))
                    .as(role.name())
                    .isEqualTo(role == Role.OFFICIAL);
            assertThat(PlacesRoundStatus.CLOSED.allows(PlacesRoundAction.CLOSE, role))
                    .as(role.name())
                    .isFalse();
        }
    }

    @Test
    void closingNotesWhoAndWhenAndReopeningClearsIt() {
        PlacesRound round = round();
        OffsetDateTime at = at(2026, 11, 2, 9, 0);
        assertThat(round.apply(PlacesRoundAction.CLOSE, at, "official")).isEqualTo(PlacesRoundStatus.OPEN);
        assertThat(round.getStatus()).isEqualTo(PlacesRoundStatus.CLOSED);
        assertThat(round.getClosedAt()).isEqualTo(at);
        assertThat(round.getClosedBy()).isEqualTo("official");
        assertThatThrownBy(() -> round.apply(PlacesRoundAction.CLOSE, at, "official"))
                .isInstanceOf(IllegalStateException.class);
        round.apply(PlacesRoundAction.REOPEN, at.plusDays(1), "official");
        assertThat(round.getStatus()).isEqualTo(PlacesRoundStatus.OPEN);
        assertThat(round.getClosedAt()).isNull();
        assertThat(round.getClosedBy()).isNull();
    }

    @Test
    void theUsualDeadlineIsTheLastDayOfOctoberOfTheOpeningYear() {
        assertThat(PlacesRound.usualDeadline(LocalDate.of(2025, 8, 25))).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(PlacesRound.usualDeadline(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void theDeadlineDayItselfIsInTimeAndTheNextDayIsLate() {
        PlacesRound round = round();
        assertThat(round.isLate(DEADLINE.minusDays(1))).isFalse();
        assertThat(round.isLate(DEADLINE)).isFalse();
        assertThat(round.isLate(DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void anUnansweredRequestIsOutstandingUntilTheDeadlineAndOverdueAfterIt() {
        PlacesRequest request = new PlacesRequest(round(), null);
        assertThat(request.state(DEADLINE)).isEqualTo(AnswerState.OUTSTANDING);
        assertThat(request.state(DEADLINE.plusDays(1))).isEqualTo(AnswerState.OVERDUE);
        assertThat(request.isAnswered()).isFalse();
        assertThat(AnswerState.OVERDUE.isAnswered()).isFalse();
    }

    @Test
    void lateIsDecidedByTheDayInFinlandWhenTheFirstAnswerArrives() {
        PlacesRequest lastMinute = new PlacesRequest(round(), null);
        lastMinute.answer(Map.of(TargetGroup.QUOTA_REFUGEE, 20), null, noDecision(), at(2026, 10, 31, 23, 59), "coord");
        assertThat(lastMinute.state(DEADLINE.plusDays(10))).isEqualTo(AnswerState.ANSWERED);

        // 22:30 UTC on 31 October is already 1 November in Finland.
        PlacesRequest afterMidnight = new PlacesRequest(round(), null);
        afterMidnight.answer(
                Map.of(TargetGroup.QUOTA_REFUGEE, 20),
                null,
                noDecision(),
                OffsetDateTime.parse("2026-10-31T22:30:00Z"),
                "coord");
        assertThat(afterMidnight.isAnsweredLate()).isTrue();
        assertThat(afterMidnight.state(DEADLINE)).isEqualTo(AnswerState.ANSWERED_LATE);
    }

    @Test
    void aCorrectionAfterTheDeadlineKeepsAnInTimeAnswerInTimeAndNamesWhoChangedIt() {
        PlacesRequest request = new PlacesRequest(round(), null);
        OffsetDateTime first = at(2026, 10, 20, 10, 0);
        request.answer(Map.of(TargetGroup.QUOTA_REFUGEE, 20), "Syria", noDecision(), first, "coord");
        var decision = new Decision("Kaupunginvaltuusto", LocalDate.of(2026, 11, 3), "Kv § 12");
        request.answer(
                Map.of(TargetGroup.QUOTA_REFUGEE, 15, TargetGroup.ASYLUM_PERMIT, 10),
                null,
                decision,
                at(2026, 11, 4, 8, 0),
                "official");
        assertThat(request.state(DEADLINE.plusDays(5))).isEqualTo(AnswerState.ANSWERED);
        assertThat(request.getAnsweredAt()).isEqualTo(first);
        assertThat(request.getAnsweredBy()).isEqualTo("coord");
        assertThat(request.getChangedBy()).isEqualTo("official");
        assertThat(request.getPlaces().total()).isEqualTo(25);
        assertThat(request.getPlaces().get(TargetGroup.QUOTA_EMERGENCY)).isZero();
        assertThat(request.getNationalityPreferences()).isNull();
        assertThat(request.getDecision().reference()).isEqualTo("Kv § 12");
    }

    @Test
    void anExtraPlacesResponseIsFinal() {
        var extra = new ExtraPlacesRequest(
                null,
                2026,
                TargetGroup.TEMPORARY_PROTECTION,
                30,
                "More needed",
                null,
                at(2026, 11, 1, 9, 0),
                "official");
        assertThat(extra.getStatus()).isEqualTo(ExtraPlacesStatus.REQUESTED);
        extra.respond(20, noDecision(), at(2026, 11, 5, 9, 0), "coord");
        assertThat(extra.getStatus()).isEqualTo(ExtraPlacesStatus.ANSWERED);
        assertThat(extra.getAcceptedPlaces()).isEqualTo(20);
        assertThatThrownBy(() -> extra.respond(5, noDecision(), at(2026, 11, 6, 9, 0), "coord"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static PlacesRound round() {
        return new PlacesRound(null, 2027, DEADLINE, null, at(2026, 8, 25, 9, 0), "official");
    }

    private static Decision noDecision() {
        return new Decision(null, null, null);
    }

    private static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day)
                .atTime(hour, minute)
                .atZone(FINLAND)
                .toOffsetDateTime();
    }
}
