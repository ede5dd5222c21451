package fi.koto.agreement.boundary;

import fi.koto.agreement.entity.AnswerState;
import fi.koto.agreement.entity.PlacesReminder;
import fi.koto.agreement.entity.PlacesRequest;
import fi.koto.agreement.entity.PlacesRound;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A places round as lists show it, with its answers counted over the municipalities in the reader's scope:
 * {@code answered} (of which {@code late}) and {@code outstanding}; {@code pastDeadline} once the deadline day
 * is over; the reminders sent to those municipalities.
 */
public record PlacesRoundView(
        long id,
        int year,
        String authorityCode,
        String authorityNameFi,
        String authorityNameSv,
        String authorityNameEn,
        LocalDate deadline,
        String caseReference,
        String status,
        OffsetDateTime openedAt,
        String openedBy,
        OffsetDateTime closedAt,
        String closedBy,
        int municipalities,
        int answered,
        int late,
        int outstanding,
        boolean pastDeadline,
        int remindersSent,
        OffsetDateTime lastReminderAt,
        long version)
        implements Serializable {

    /** {@code requests} and {@code reminders} are those of this round in the reader's scope. */
    public static PlacesRoundView of(
            PlacesRound round, List<PlacesRequest> requests, List<ReminderView> reminders, LocalDate today) {
        int answered = 0;
        int late = 0;
        for (PlacesRequest r : requests) {
            AnswerState state = r.state(today);
            answered += state.isAnswered() ? 1 : 0;
            late += state == AnswerState.ANSWERED_LATE ? 1 : 0;
        }
        var authority = round.getAuthority();
        return new PlacesRoundView(
                round.getId(),
                round.getYear(),
                authority.getCode(),
                authority.getNameFi(),
                authority.getNameSv(),
                authority.getNameEn(),
                round.getDeadline(),
                round.getCaseReference(),
                round.getStatus().name(),
                round.getOpenedAt(),
                round.getOpenedBy(),
                round.getClosedAt(),
                round.getClosedBy(),
                requests.size(),
                answered,
                late,
                requests.size() - answered,
                round.isLate(today),
                reminders.size(),
                reminders.isEmpty() ? null : reminders.get(reminders.size() - 1).sentAt(),
                round.getVersion());
    }

    /** Reminders that reached at least one of the visible municipalities, with only those named. */
    static List<ReminderView> visible(List<PlacesReminder> reminders, List<PlacesRequest> requests) {
        var codes =
                requests.stream().map(r -> r.getMunicipality().getCode()).collect(java.util.stream.Collectors.toSet());
        return reminders.stream()
                .map(m -> ReminderView.of(m, codes))
                .filter(m -> !m.municipalityCodes().isEmpty())
                .toList();
    }
}
