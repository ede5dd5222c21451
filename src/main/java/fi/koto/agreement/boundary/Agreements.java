package fi.koto.agreement.boundary;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.access.control.Role;
import fi.koto.agreement.control.AgreementChanged;
import fi.koto.agreement.control.AgreementRegister;
import fi.koto.agreement.control.AgreementSearch;
import fi.koto.agreement.control.Inputs;
import fi.koto.agreement.entity.AgreementAction;
import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import fi.koto.reference.control.AlandRule;
import fi.koto.reference.control.WellbeingCountyData;
import fi.koto.reference.entity.Decision;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The placement agreement workflow: drafting, one method per transition, reading and the timeline. Each change
 * checks the permission (declared), the scope (outside it nothing is found), the version and status (409) and
 * the preconditions (422, every problem at once), then writes one timeline event, one audit record and fires
 * {@link AgreementChanged}. Places per year are in {@link AgreementPlaces}.
 */
@Stateless
public class Agreements {

    static final String SUBJECT = "PlacementAgreement";

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AgreementChanged> changed;

    @Inject
    Clock clock;

    /** An official drafts an agreement with a municipality their authority serves today. */
    @RolesAllowed(Permission.Names.AGREEMENT_MANAGE)
    public AgreementView draft(NewAgreement request) {
        if (request == null) {
            throw new InvalidInputException("request.body.required");
        }
        LocalDate today = today();
        AccessScope scope = currentUser.scope();
        List<Reason> problems = new ArrayList<>();
        String code = request.municipalityCode() == null
                ? null
                : request.municipalityCode().trim();
        Municipality municipality = register.municipality(code, scope, today).orElse(null);
        Optional<Reason> aland =
                AlandRule.finnishActsRefused(Inputs.blank(code) ? null : em.find(Municipality.class, code));
        if (Inputs.blank(code)) {
            problems.add(Reason.of("input.required", field("municipalityCode")));
        } else if (aland.isPresent()) {
            problems.add(aland.get());
            municipality = null;
        } else if (municipality == null) {
            problems.add(Reason.of("agreement.municipality.notServed", code));
        }
        LocalDate consulted = Inputs.pastDate(
                request.wellbeingConsultedDate(), field("wellbeingConsultedDate"), false, today, problems);
        consultationInLaw(consulted, problems);
        RegionalAuthority authority =
                scope.authorityId() == null ? null : em.find(RegionalAuthority.class, scope.authorityId());
        if (authority == null && municipality != null) {
            problems.add(Reason.of("agreement.authority.missing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var agreement = new PlacementAgreement(municipality, authority, now(), actor());
        agreement.recordConsultation(consulted);
        em.persist(agreement);
        em.flush();
        em.persist(new AgreementEvent(
                agreement,
                now(),
                actor(),
                AgreementEvent.CREATED,
                null,
                AgreementStatus.DRAFT,
                consulted == null ? null : "wellbeingConsultedDate " + consulted));
        audit.record(
                actor(),
                "AGREEMENT_CREATED",
                SUBJECT,
                String.valueOf(agreement.getId()),
                "municipality " + municipality.getCode() + ", authority " + authority.getCode());
        changed.fire(new AgreementChanged(
                agreement.getId(),
                municipality.getCode(),
                AgreementEvent.CREATED,
                null,
                AgreementStatus.DRAFT,
                actor()));
        return view(agreement);
    }

    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public List<AgreementView> list(String municipalityCode, String status) {
        AgreementStatus wanted = null;
        if (!Inputs.blank(status)) {
            try {
                wanted = AgreementStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("agreement.status.unknown", status);
            }
        }
        String code = Inputs.blank(municipalityCode) ? null : municipalityCode.trim();
        return register.list(currentUser.scope(), today(), code, wanted).stream()
                .map(this::view)
                .toList();
    }

    /** One page of the agreements in scope, for the paged list of the pages. */
    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public List<AgreementView> search(AgreementSearch search) {
        return register.search(currentUser.scope(), today(), search).stream()
                .map(this::view)
                .toList();
    }

    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public long count(AgreementSearch search) {
        return register.count(currentUser.scope(), today(), search);
    }

    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public AgreementView get(long id) {
        return view(load(id));
    }

    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public List<EventView> history(long id) {
        return register.history(load(id)).stream().map(EventView::of).toList();
    }

    /** Records the consultation of the wellbeing services county (required before sending). */
    @RolesAllowed(Permission.Names.AGREEMENT_MANAGE)
    public AgreementView recordConsultation(long id, TransitionRequest request) {
        List<Reason> problems = new ArrayList<>();
        LocalDate date = Inputs.pastDate(request.date(), field("date"), true, today(), problems);
        consultationInLaw(date, problems);
        return transition(id, AgreementAction.RECORD_CONSULTATION, request, problems, a -> a.recordConsultation(date));
    }

    /** Sends the agreement to the municipality; refused until the consultation is recorded. */
    @RolesAllowed(Permission.Names.AGREEMENT_MANAGE)
    public AgreementView send(long id, TransitionRequest request) {
        return transition(id, AgreementAction.SEND, request, new ArrayList<>(), a -> {});
    }

    /** The municipality's coordinator records the decision: body, date and minutes reference are mandatory. */
    @RolesAllowed(Permission.Names.AGREEMENT_DECIDE)
    public AgreementView recordDecision(long id, TransitionRequest request) {
        List<Reason> problems = new ArrayList<>();
        String body = Inputs.text(request.decisionBody(), field("decisionBody"), 200, problems);
        LocalDate date = Inputs.pastDate(request.decisionDate(), field("decisionDate"), true, today(), problems);
        String reference = Inputs.text(request.decisionReference(), field("decisionReference"), 200, problems);
        return transition(
                id,
                AgreementAction.RECORD_DECISION,
                request,
                problems,
                a -> a.recordDecision(new Decision(body, date, reference)));
    }

    @RolesAllowed(Permission.Names.AGREEMENT_MANAGE)
    public AgreementView sign(long id, TransitionRequest request) {
        List<Reason> problems = new ArrayList<>();
        LocalDate date = Inputs.pastDate(request.date(), field("date"), false, today(), problems);
        return transition(
                id, AgreementAction.SIGN, request, problems, a -> a.recordSigning(date == null ? today() : date));
    }

    /** Ends the agreement; a comment saying why is mandatory. */
    @RolesAllowed(Permission.Names.AGREEMENT_MANAGE)
    public AgreementView terminate(long id, TransitionRequest request) {
        List<Reason> problems = new ArrayList<>();
        if (Inputs.blank(request.comment())) {
            problems.add(Reason.of("agreement.comment.required"));
        }
        LocalDate date = Inputs.pastDate(request.date(), field("date"), false, today(), problems);
        return transition(
                id,
                AgreementAction.TERMINATE,
                request,
                problems,
                a -> a.recordTermination(date == null ? today() : date));
    }

    private AgreementView transition(
            long id,
            AgreementAction action,
            TransitionRequest request,
            List<Reason> problems,
            Consumer<PlacementAgreement> effect) {
        PlacementAgreement agreement = load(id);
        if (request.version() != null && request.version() != agreement.getVersion()) {
            throw new ConflictException("agreement.version.stale");
        }
        if (agreement.getStatus().after(action).isEmpty()) {
            throw new ConflictException(
                    "agreement.transition.notAllowed",
                    action.name(),
                    agreement.getStatus().name());
        }
        if (action == AgreementAction.SEND && agreement.getWellbeingConsultedDate() == null) {
            problems.add(Reason.of("agreement.consultation.required"));
        }
        if (request.comment() != null && request.comment().length() > AgreementEvent.COMMENT_LIMIT) {
            problems.add(Reason.of("input.tooLong", field("comment"), AgreementEvent.COMMENT_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        effect.accept(agreement);
        AgreementStatus from = agreement.apply(action);
        em.flush();
        String comment =
                Inputs.blank(request.comment()) ? null : request.comment().trim();
        em.persist(new AgreementEvent(agreement, now(), actor(), action.name(), from, agreement.getStatus(), comment));
        audit.record(
                actor(),
                "AGREEMENT_" + action.name(),
                SUBJECT,
                String.valueOf(id),
                from + " -> " + agreement.getStatus() + (comment == null ? "" : ": " + comment));
        changed.fire(new AgreementChanged(
                id, agreement.getMunicipality().getCode(), action.name(), from, agreement.getStatus(), actor()));
        return view(agreement);
    }

    /**
     * The wellbeing services counties exist from 1.1.2023 (docs/domain.md, "Wellbeing services counties"): a
     * consultation dated earlier is refused.
     */
    private static void consultationInLaw(LocalDate date, List<Reason> problems) {
        if (date != null && date.isBefore(WellbeingCountyData.COUNTIES_START)) {
            problems.add(Reason.of("agreement.consultation.beforeCounties", date.toString()));
        }
    }

    /** A field named in words in the reader's language (the bundles' {@code agreement.field.*}). */
    static Reason field(String name) {
        return Reason.of("agreement.field." + name);
    }

    private PlacementAgreement load(long id) {
        return register.load(id, currentUser.scope(), today());
    }

    private AgreementView view(PlacementAgreement agreement) {
        Role role = currentUser.role().orElse(null);
        return AgreementView.of(agreement, role);
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
