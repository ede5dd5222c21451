package fi.koto.agreement.boundary;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.access.control.Role;
import fi.koto.agreement.control.Inputs;
import fi.koto.agreement.control.PlacesInput;
import fi.koto.agreement.control.PlacesRoundRegister;
import fi.koto.agreement.control.RoundCalendar;
import fi.koto.agreement.entity.PlacesReminder;
import fi.koto.agreement.entity.PlacesRequest;
import fi.koto.agreement.entity.PlacesRound;
import fi.koto.agreement.entity.PlacesRoundAction;
import fi.koto.agreement.entity.PlacesRoundStatus;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The annual places round of a regional authority: an official opens it (one request to every municipality the
 * authority serves that day), everyone in scope reads it, the official closes and reopens it. Answers are in
 * {@link PlacesRoundAnswers}, reminders in {@link PlacesRoundReminders}. Each change writes one audit record and
 * fires {@link PlacesRoundChanged}.
 */
@Stateless
public class PlacesRounds {

    static final String SUBJECT = "PlacesRound";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlacesRoundRegister rounds;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PlacesRoundChanged> changed;

    @Inject
    Clock clock;

    /** An official opens the round of their own authority for a year of places. */
    @RolesAllowed(Permission.Names.PLACES_ROUND_MANAGE)
    public PlacesRoundDetail open(NewPlacesRound request) {
        if (request == null) {
            throw new InvalidInputException("request.body.required");
        }
        LocalDate today = today();
        AccessScope scope = currentUser.scope();
        RegionalAuthority authority =
                scope.authorityId() == null ? null : em.find(RegionalAuthority.class, scope.authorityId());
        if (authority == null) {
            throw new InvalidInputException("placesRound.authority.missing");
        }
        List<Reason> problems = new ArrayList<>();
        Integer year = RoundCalendar.year(request.year(), today, problems);
        LocalDate deadline = null;
        LocalDate given = Inputs.date(request.deadline(), "deadline", problems);
        if (given != null || Inputs.blank(request.deadline())) {
            deadline = RoundCalendar.deadline(given, year, today, problems);
        }
        String caseReference = PlacesInput.optional(
                request.caseReference(), "caseReference", PlacesRound.CASE_REFERENCE_LIMIT, problems);
        List<Municipality> served = rounds.servedBy(authority.getId(), today);
        if (served.isEmpty()) {
            problems.add(Reason.of("placesRound.noMunicipalities", authority.getCode()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (rounds.ofAuthority(authority.getId(), year).isPresent()) {
            throw new ConflictException("placesRound.exists", String.valueOf(year));
        }
        var round = new PlacesRound(authority, year, deadline, caseReference, now(), actor());
        em.persist(round);
        served.forEach(municipality -> em.persist(new PlacesRequest(round, municipality)));
        em.flush();
        audit.record(
                actor(),
                "PLACES_ROUND_OPENED",
                SUBJECT,
                String.valueOf(round.getId()),
                year + " " + authority.getCode() + ", deadline " + deadline + ", " + served.size() + " municipalities");
        changed.fire(new PlacesRoundChanged(round.getId(), authority.getCode(), year, "OPENED", null, actor()));
        return detail(round);
    }

    /** The deadline a round opened today gets when the official gives none (see {@link PlacesRound}). */
    @RolesAllowed(Permission.Names.PLACES_ROUND_READ)
    public LocalDate usualDeadline() {
        return PlacesRound.usualDeadline(today());
    }

    /** Rounds in scope, newest year first, optionally of one year and status. */
    @RolesAllowed(Permission.Names.PLACES_ROUND_READ)
    public List<PlacesRoundView> list(Integer year, String status) {
        AccessScope scope = currentUser.scope();
        List<PlacesRound> found = rounds.list(scope, year, status(status));
        Map<Long, List<PlacesRequest>> requests = rounds.requests(found, scope).stream()
                .collect(Collectors.groupingBy(r -> r.getRound().getId()));
        Map<Long, List<PlacesReminder>> reminders = rounds.reminders(found).stream()
                .collect(Collectors.groupingBy(m -> m.getRound().getId()));
        LocalDate today = today();
        return found.stream()
                .map(round -> {
                    List<PlacesRequest> ofRound = requests.getOrDefault(round.getId(), List.of());
                    return PlacesRoundView.of(
                            round,
                            ofRound,
                            PlacesRoundView.visible(reminders.getOrDefault(round.getId(), List.of()), ofRound),
                            today);
                })
                .toList();
    }

    @RolesAllowed(Permission.Names.PLACES_ROUND_READ)
    public PlacesRoundDetail get(long id) {
        return detail(rounds.load(id, currentUser.scope()));
    }

    /**
     * The requests in scope across rounds, newest year first: a coordinator's list of what to answer.
     * {@code roundStatus} (OPEN, CLOSED) narrows them to rounds in that state.
     */
    @RolesAllowed(Permission.Names.PLACES_ROUND_READ)
    public List<PlacesRequestView> requests(String roundStatus) {
        List<PlacesRequest> found = rounds.requests(currentUser.scope(), status(roundStatus));
        var ofRounds = found.stream().map(PlacesRequest::getRound).distinct().toList();
        Map<Long, List<PlacesReminder>> reminders = rounds.reminders(ofRounds).stream()
                .collect(Collectors.groupingBy(m -> m.getRound().getId()));
        LocalDate today = today();
        return found.stream()
                .map(r -> PlacesRequestView.of(
                        r, today, reminders.getOrDefault(r.getRound().getId(), List.of())))
                .toList();
    }

    /** Closes or reopens the round; 409 in the wrong status or with a stale version. */
    @RolesAllowed(Permission.Names.PLACES_ROUND_MANAGE)
    public PlacesRoundDetail transition(long id, RoundTransition request) {
        // The round first: a round outside the caller's scope is 404 whatever the request says, never a 422 that
        // tells the round exists.
        PlacesRound round = rounds.load(id, currentUser.scope());
        PlacesRoundAction action = action(request);
        if (request.version() != null && request.version() != round.getVersion()) {
            throw new ConflictException("placesRound.version.stale");
        }
        if (round.getStatus().after(action).isEmpty()) {
            throw new ConflictException(
                    "placesRound.transition.notAllowed",
                    action.name(),
                    round.getStatus().name());
        }
        PlacesRoundStatus from = round.apply(action, now(), actor());
        em.flush();
        audit.record(
                actor(),
                "PLACES_ROUND_" + action.name(),
                SUBJECT,
                String.valueOf(id),
                from + " -> " + round.getStatus());
        changed.fire(new PlacesRoundChanged(
                id, round.getAuthority().getCode(), round.getYear(), action.name(), null, actor()));
        return detail(round);
    }

    private PlacesRoundDetail detail(PlacesRound round) {
        LocalDate today = today();
        List<PlacesRequest> requests = rounds.requests(round, currentUser.scope());
        List<PlacesReminder> reminders = rounds.reminders(round);
        List<ReminderView> visible = PlacesRoundView.visible(reminders, requests);
        Role role = currentUser.role().orElse(null);
        List<String> actions = role == null
                ? List.of()
                : Arrays.stream(PlacesRoundAction.values())
                        .filter(a -> round.getStatus().allows(a, role))
                        .map(Enum::name)
                        .toList();
        return new PlacesRoundDetail(
                PlacesRoundView.of(round, requests, visible, today),
                requests.stream()
                        .map(r -> PlacesRequestView.of(r, today, reminders))
                        .toList(),
                visible,
                actions);
    }

    private static PlacesRoundAction action(RoundTransition request) {
        String name = request == null || request.action() == null
                ? ""
                : request.action().trim();
        try {
            return PlacesRoundAction.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("placesRound.action.unknown", name);
        }
    }

    private static PlacesRoundStatus status(String status) {
        if (Inputs.blank(status)) {
            return null;
        }
        try {
            return PlacesRoundStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("placesRound.status.unknown", status);
        }
    }

    private String actor() {
        return currentUser.username();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
