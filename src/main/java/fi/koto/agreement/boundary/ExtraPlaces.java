package fi.koto.agreement.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.agreement.control.AgreementChanged;
import fi.koto.agreement.control.AgreementRegister;
import fi.koto.agreement.control.ExtraPlacesRegister;
import fi.koto.agreement.control.Inputs;
import fi.koto.agreement.control.PlacesInput;
import fi.koto.agreement.control.PlacesLedger;
import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.agreement.entity.AnnualPlaces;
import fi.koto.agreement.entity.ExtraPlacesRequest;
import fi.koto.agreement.entity.ExtraPlacesStatus;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.validation.RequestValidation;
import fi.koto.reference.entity.Decision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Extra-places requests outside the annual round: an official asks a municipality with an agreement in force for
 * extra places of one target group in a year; the municipality's coordinator (or the official, for an answer by
 * letter) records the response once. Accepted places are added to the agreement's places for that year through
 * {@link PlacesLedger}. The request and the response are on the agreement's timeline
 * ({@code EXTRA_PLACES_REQUESTED}, {@code EXTRA_PLACES_ANSWERED}); each writes one audit record and fires
 * {@link AgreementChanged}.
 */
@Stateless
public class ExtraPlaces {

    static final String SUBJECT = "ExtraPlacesRequest";
    static final String REQUESTED = "EXTRA_PLACES_REQUESTED";
    static final String ANSWERED = "EXTRA_PLACES_ANSWERED";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementRegister agreements;

    @Inject
    ExtraPlacesRegister register;

    @Inject
    PlacesLedger ledger;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AgreementChanged> changed;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.PLACES_ROUND_READ)
    public List<ExtraPlacesView> list(long agreementId) {
        agreements.load(agreementId, currentUser.scope(), today());
        return register.list(currentUser.scope(), today(), agreementId, null).stream()
                .map(ExtraPlacesView::of)
                .toList();
    }

    /** Requests in scope across agreements, newest first, optionally in one status (REQUESTED, ANSWERED). */
    @RolesAllowed(Permission.Names.PLACES_ROUND_READ)
    public List<ExtraPlacesView> search(String status) {
        ExtraPlacesStatus wanted = null;
        if (!Inputs.blank(status)) {
            try {
                wanted = ExtraPlacesStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("extraPlaces.status.unknown", status);
            }
        }
        return register.list(currentUser.scope(), today(), null, wanted).stream()
                .map(ExtraPlacesView::of)
                .toList();
    }

    @RolesAllowed(Permission.Names.PLACES_ROUND_READ)
    public ExtraPlacesView get(long agreementId, long id) {
        return ExtraPlacesView.of(register.load(id, agreementId, currentUser.scope(), today()));
    }

    @RolesAllowed(Permission.Names.PLACES_ROUND_MANAGE)
    public ExtraPlacesView request(long agreementId, NewExtraPlacesRequest request) {
        if (request == null) {
            throw new InvalidInputException("request.body.required");
        }
        LocalDate today = today();
        PlacementAgreement agreement = agreements.load(agreementId, currentUser.scope(), today);
        List<Reason> problems = validation.reasons(request);
        int year = request.year() == null ? today.getYear() : request.year();
        if (year < today.getYear() || year > today.getYear() + 5) {
            problems.add(Reason.of(
                    "extraPlaces.year.invalid",
                    String.valueOf(year),
                    String.valueOf(today.getYear()),
                    String.valueOf(today.getYear() + 5)));
        }
        TargetGroup group =
                Inputs.blank(request.targetGroup()) ? null : PlacesInput.group(request.targetGroup(), problems);
        Integer persons = request.persons();
        String reason = Inputs.text(request.reason(), "reason", ExtraPlacesRequest.REASON_LIMIT, problems);
        LocalDate replyBy = Inputs.date(request.replyBy(), "replyBy", problems);
        if (replyBy != null && replyBy.isBefore(today)) {
            problems.add(Reason.of("extraPlaces.replyBy.past", replyBy.toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireInForce(agreement);
        var extra = new ExtraPlacesRequest(agreement, year, group, persons, reason, replyBy, now(), actor());
        em.persist(extra);
        em.flush();
        String detail = year + " " + group.name() + " " + persons + ": " + reason;
        record(agreement, REQUESTED, extra, detail);
        return ExtraPlacesView.of(extra);
    }

    @RolesAllowed({Permission.Names.PLACES_ROUND_ANSWER, Permission.Names.PLACES_ROUND_MANAGE})
    public ExtraPlacesView respond(long agreementId, long id, ExtraPlacesResponse response) {
        if (response == null) {
            throw new InvalidInputException("request.body.required");
        }
        LocalDate today = today();
        PlacementAgreement agreement = agreements.load(agreementId, currentUser.scope(), today);
        ExtraPlacesRequest extra = register.load(id, agreementId, currentUser.scope(), today);
        if (extra.getStatus() == ExtraPlacesStatus.ANSWERED) {
            throw new ConflictException(
                    "extraPlaces.answered",
                    extra.getAnsweredBy(),
                    extra.getAnsweredAt().format(WHEN));
        }
        List<Reason> problems = validation.reasons(response);
        Integer accepted = response.acceptedPlaces();
        var decision = new Decision(
                PlacesInput.optional(response.decisionBody(), "decisionBody", Decision.TEXT_LIMIT, problems),
                Inputs.pastDate(response.decisionDate(), "decisionDate", false, today, problems),
                PlacesInput.optional(response.decisionReference(), "decisionReference", Decision.TEXT_LIMIT, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (response.version() != extra.getVersion()) {
            throw new ConflictException("extraPlaces.stale");
        }
        if (accepted > 0) {
            requireInForce(agreement);
        }
        extra.respond(accepted, decision, now(), actor());
        em.flush();
        String detail = extra.getYear() + " " + extra.getTargetGroup().name() + ": " + accepted + " of "
                + extra.getPersonsRequested() + " accepted"
                + (decision.reference() == null ? "" : " (" + decision.reference() + ")");
        record(agreement, ANSWERED, extra, detail);
        if (accepted > 0) {
            addToPlaces(agreement, extra, accepted);
        }
        return ExtraPlacesView.of(extra);
    }

    /** The year's places plus the accepted ones in the request's group; nationality preferences stay. */
    private void addToPlaces(PlacementAgreement agreement, ExtraPlacesRequest extra, int accepted) {
        AnnualPlaces current = agreements.places(agreement, extra.getYear()).orElse(null);
        Map<TargetGroup, Integer> places = current == null ? new EnumMap<>(TargetGroup.class) : current.places();
        places.merge(extra.getTargetGroup(), accepted, Integer::sum);
        ledger.set(
                agreement,
                extra.getYear(),
                places,
                current == null ? null : current.getNationalityPreferences(),
                actor(),
                "EXTRA_PLACES " + extra.getId());
    }

    private static void requireInForce(PlacementAgreement agreement) {
        if (agreement.getStatus() != AgreementStatus.ACTIVE) {
            throw new ConflictException(
                    "extraPlaces.agreement.notActive", agreement.getStatus().name());
        }
    }

    private void record(PlacementAgreement agreement, String action, ExtraPlacesRequest extra, String detail) {
        em.persist(new AgreementEvent(
                agreement, now(), actor(), action, agreement.getStatus(), agreement.getStatus(), detail));
        audit.record(
                actor(),
                action,
                SUBJECT,
                String.valueOf(extra.getId()),
                "agreement " + agreement.getId() + ", " + detail);
        changed.fire(new AgreementChanged(
                agreement.getId(),
                agreement.getMunicipality().getCode(),
                action,
                agreement.getStatus(),
                agreement.getStatus(),
                actor()));
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
