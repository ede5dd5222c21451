package fi.koto.agreement.boundary;

import fi.koto.agreement.entity.AnswerState;
import fi.koto.agreement.entity.PlacesReminder;
import fi.koto.agreement.entity.PlacesRequest;
import fi.koto.agreement.entity.PlacesRound;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One municipality in a places round: where it stands ({@code state}: ANSWERED, ANSWERED_LATE, OUTSTANDING,
 * OVERDUE), its answer (places keyed by target group, null until answered), the decision, who answered and
 * changed it when, the agreement the answer was applied to (null: no agreement in force), the reminders it got,
 * and the version to send back with a correction.
 */
public record PlacesRequestView(
        long roundId,
        int year,
        LocalDate deadline,
        String roundStatus,
        String authorityCode,
        String municipalityCode,
        String municipalityNameFi,
        String municipalityNameSv,
        String state,
        boolean answered,
        boolean late,
        Map<String, Integer> places,
        int total,
        String nationalityPreferences,
        String decisionBody,
        LocalDate decisionDate,
        String decisionReference,
        OffsetDateTime answeredAt,
        String answeredBy,
        OffsetDateTime changedAt,
        String changedBy,
        Long agreementId,
        int remindersSent,
        OffsetDateTime lastRemindedAt,
        long version)
        implements Serializable {

    public static PlacesRequestView of(PlacesRequest r, LocalDate today, List<PlacesReminder> reminders) {
        PlacesRound round = r.getRound();
        String code = r.getMunicipality().getCode();
        List<PlacesReminder> received = reminders.stream()
                .filter(m -> m.getMunicipalityCodes().contains(code))
                .toList();
        Map<String, Integer> places = null;
        if (r.isAnswered()) {
            places = new LinkedHashMap<>();
            for (var entry : r.getPlaces().asMap().entrySet()) {
                places.put(entry.getKey().name(), entry.getValue());
            }
        }
        AnswerState state = r.state(today);
        return new PlacesRequestView(
                round.getId(),
                round.getYear(),
                round.getDeadline(),
                round.getStatus().name(),
                round.getAuthority().getCode(),
                code,
                r.getMunicipality().getNameFi(),
                r.getMunicipality().getNameSv(),
                state.name(),
                state.isAnswered(),
                state == AnswerState.ANSWERED_LATE,
                places,
                r.getPlaces().total(),
                r.getNationalityPreferences(),
                r.getDecision().body(),
                r.getDecision().date(),
                r.getDecision().reference(),
                r.getAnsweredAt(),
                r.getAnsweredBy(),
                r.getChangedAt(),
                r.getChangedBy(),
                r.getAgreementId(),
                received.size(),
                received.isEmpty() ? null : received.get(received.size() - 1).getSentAt(),
                r.getVersion());
    }
}
