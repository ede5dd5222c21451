package fi.koto.agreement.boundary;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.agreement.control.PlacesRoundRegister;
import fi.koto.agreement.entity.PlacesReminder;
import fi.koto.agreement.entity.PlacesRequest;
import fi.koto.agreement.entity.PlacesRound;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import fi.koto.reference.entity.Municipality;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reminders in an open places round, to the municipalities that have not answered (all of them, or those the
 * official picks among them). Each reminder is recorded (when, by whom, to whom) and announced as
 * {@link PlacesRoundReminderRequested}, which the notification component turns into mail after the commit;
 * this boundary sends no mail itself.
 */
@Stateless
public class PlacesRoundReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlacesRoundRegister rounds;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PlacesRoundReminderRequested> reminderRequested;

    @Inject
    Event<PlacesRoundChanged> changed;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.PLACES_ROUND_MANAGE)
    public ReminderSent remind(long roundId, ReminderRequest request) {
        AccessScope scope = currentUser.scope();
        PlacesRound round = rounds.load(roundId, scope);
        if (!round.getStatus().isOpen()) {
            throw new ConflictException("placesRound.reminder.closed", String.valueOf(round.getYear()));
        }
        Map<String, Municipality> outstanding = new LinkedHashMap<>();
        for (PlacesRequest r : rounds.requests(round, scope)) {
            if (!r.isAnswered()) {
                outstanding.put(r.getMunicipality().getCode(), r.getMunicipality());
            }
        }
        List<String> chosen = chosen(request, outstanding);
        if (chosen.isEmpty()) {
            throw new ConflictException("placesRound.reminder.noneOutstanding", String.valueOf(round.getYear()));
        }
        String actor = currentUser.username();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var reminder = new PlacesReminder(round, chosen, now, actor);
        em.persist(reminder);
        em.flush();
        List<String> codes = List.copyOf(reminder.getMunicipalityCodes());
        audit.record(
                actor,
                "PLACES_ROUND_REMINDED",
                PlacesRounds.SUBJECT,
                String.valueOf(roundId),
                "reminder " + reminder.getId() + " to " + String.join(", ", codes));
        reminderRequested.fire(new PlacesRoundReminderRequested(
                reminder.getId(),
                roundId,
                round.getAuthority().getCode(),
                round.getYear(),
                round.getDeadline(),
                codes,
                actor,
                now));
        changed.fire(new PlacesRoundChanged(
                roundId, round.getAuthority().getCode(), round.getYear(), "REMINDED", null, actor));
        Map<String, Long> reachable = rounds.coordinatorsWithEmail(codes);
        return new ReminderSent(
                reminder.getId(),
                roundId,
                round.getYear(),
                round.getDeadline(),
                now,
                actor,
                codes.stream()
                        .map(code -> outstanding.get(code))
                        .map(m -> new ReminderSent.Reminded(
                                m.getCode(), m.getNameFi(), m.getNameSv(), reachable.getOrDefault(m.getCode(), 0L)))
                        .toList());
    }

    /** Every outstanding municipality, or those asked for; 422 naming each asked one that has answered. */
    private static List<String> chosen(ReminderRequest request, Map<String, Municipality> outstanding) {
        if (request == null
                || request.municipalityCodes() == null
                || request.municipalityCodes().isEmpty()) {
            return List.copyOf(outstanding.keySet());
        }
        List<Reason> problems = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        for (String asked : request.municipalityCodes()) {
            String code = asked == null ? "" : asked.trim();
            if (!outstanding.containsKey(code)) {
                problems.add(Reason.of("placesRound.reminder.notOutstanding", code));
            } else if (!chosen.contains(code)) {
                chosen.add(code);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return chosen;
    }
}
