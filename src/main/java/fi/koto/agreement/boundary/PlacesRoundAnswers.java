package fi.koto.agreement.boundary;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.agreement.control.ExtraPlacesRegister;
import fi.koto.agreement.control.Inputs;
import fi.koto.agreement.control.PlacesInput;
import fi.koto.agreement.control.PlacesLedger;
import fi.koto.agreement.control.PlacesRoundRegister;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.agreement.entity.PlacesRequest;
import fi.koto.agreement.entity.PlacesRound;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A municipality's answer in the annual places round. The coordinator answers for their municipality; the
 * authority's official may record an answer that came by letter. Answers are taken while the round is open, also
 * after the deadline (then marked late); a closed round refuses them (409). A stale version is refused naming who
 * changed the answer and when.
 * <p>
 * The answer applies directly, without a separate acceptance by the authority: the number of places is the
 * municipality's own decision under its agreement (its board or council decides: docs/domain.md, "Placement
 * agreements and the annual places round"), so when the municipality has an agreement in force the answer becomes
 * that agreement's places for the year at once, through {@link PlacesLedger} and so on the agreement's timeline.
 * Extra places already accepted for that year are kept on top. A later negotiation with the authority changes the places on the agreement as before.
 */
@Stateless
public class PlacesRoundAnswers {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    PlacesRoundRegister rounds;

    @Inject
    ExtraPlacesRegister extras;

    @Inject
    PlacesLedger ledger;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PlacesRoundChanged> changed;

    @Inject
    Clock clock;

    @RolesAllowed({Permission.Names.PLACES_ROUND_ANSWER, Permission.Names.PLACES_ROUND_MANAGE})
    public PlacesRequestView answer(long roundId, String municipalityCode, PlacesAnswer answer) {
        if (answer == null) {
            throw new InvalidInputException("request.body.required");
        }
        AccessScope scope = currentUser.scope();
        LocalDate today = LocalDate.now(clock);
        PlacesRound round = rounds.load(roundId, scope);
        String code = municipalityCode == null ? "" : municipalityCode.trim();
        PlacesRequest request = rounds.request(round, code, scope)
                .orElseThrow(() -> new NotFoundException("placesRound.request.notFound", code));
        if (!round.getStatus().isOpen()) {
            throw new ConflictException(
                    "placesRound.closed",
                    String.valueOf(round.getYear()),
                    round.getClosedAt() == null ? "" : round.getClosedAt().format(WHEN),
                    round.getClosedBy());
        }
        List<Reason> problems = new ArrayList<>();
        Map<TargetGroup, Integer> places = PlacesInput.parse(answer.places(), problems);
        String preferences = PlacesInput.optional(
                answer.nationalityPreferences(), "nationalityPreferences", PlacesRequest.PREFERENCES_LIMIT, problems);
        var decision = new Decision(
                PlacesInput.optional(answer.decisionBody(), "decisionBody", Decision.TEXT_LIMIT, problems),
                Inputs.pastDate(answer.decisionDate(), "decisionDate", false, today, problems),
                PlacesInput.optional(answer.decisionReference(), "decisionReference", Decision.TEXT_LIMIT, problems));
        problems.addAll(validation.reasons(answer));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (answer.version() != request.getVersion()) {
            throw request.getChangedBy() == null
                    ? new ConflictException("placesRound.version.stale")
                    : new ConflictException(
                            "placesRound.answer.stale",
                            code,
                            request.getChangedBy(),
                            request.getChangedAt().format(WHEN));
        }
        String actor = currentUser.username();
        request.answer(places, preferences, decision, OffsetDateTime.now(clock), actor);
        Optional<PlacementAgreement> agreement = rounds.agreementInForce(code);
        agreement.ifPresent(a -> {
            ledger.set(
                    a,
                    round.getYear(),
                    PlacesInput.plus(places, extras.accepted(a, round.getYear())),
                    preferences,
                    actor,
                    "PLACES_ROUND " + roundId);
            request.appliedTo(a);
        });
        em.flush();
        audit.record(
                actor,
                "PLACES_ROUND_ANSWERED",
                PlacesRounds.SUBJECT,
                String.valueOf(roundId),
                code + ": " + request.getPlaces().total() + " places" + (request.isAnsweredLate() ? ", late" : "")
                        + agreement.map(a -> ", agreement " + a.getId()).orElse(", no agreement in force"));
        changed.fire(new PlacesRoundChanged(
                roundId, round.getAuthority().getCode(), round.getYear(), "ANSWERED", code, actor));
        return PlacesRequestView.of(request, today, rounds.reminders(round));
    }
}
