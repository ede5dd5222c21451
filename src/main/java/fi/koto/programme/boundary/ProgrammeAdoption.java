package fi.koto.programme.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.document.boundary.DocumentView;
import fi.koto.document.boundary.Download;
import fi.koto.document.control.DocumentCheck;
import fi.koto.document.control.DocumentStore;
import fi.koto.document.control.Upload;
import fi.koto.document.entity.StoredDocument;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.validation.RequestValidation;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeRequests.AdoptionRequest;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.control.ProgrammeSupersession;
import fi.koto.programme.control.ProgrammeTransitioned;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeEvent;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.reference.entity.Decision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The municipality's adoption of an accepted plan, recorded by its coordinator (docs/domain.md, "Planning
 * documents: lifecycle, sharing, review and adoption"). First the decision's document is uploaded while the
 * programme is accepted (APPROVED), then {@link #adopt} records the decision: body, date, minutes reference and,
 * where the act sets no interval, the municipality's next revision day. Adoption puts the plan in force
 * (ADOPTED) and supersedes the older accepted or adopted programmes for the same municipalities. Like every
 * transition: the permission, the preconditions (409 for a state that does not allow it or a stale version, one
 * 422 listing every missing or wrong field), one audit record, one timeline row and a {@link
 * ProgrammeTransitioned} event.
 */
@Stateless
public class ProgrammeAdoption {

    static final String SUBJECT = "Programme";

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestValidation validation;

    @Inject
    ProgrammeCatalog catalog;

    @Inject
    ProgrammeSupersession supersession;

    @Inject
    DocumentStore documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ProgrammeTransitioned> transitioned;

    @Inject
    Clock clock;

    /** APPROVED to ADOPTED: the municipality's decision is recorded and the plan is in force. */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Detail adopt(long id, AdoptionRequest request) {
        Programme programme = load(id, true);
        if (request.version() != null && request.version() != programme.getVersion()) {
            throw new ConflictException("programme.stale", programme.getChangedBy());
        }
        ProgrammeStatus from = programme.getStatus();
        if (from.after(ProgrammeAction.ADOPT).isEmpty()) {
            throw new ConflictException("programme.transition.notAllowed", ProgrammeAction.ADOPT.name(), from.name());
        }
        List<Reason> problems = validation.reasons(request);
        String body = request.decisionBody();
        LocalDate date = date(request.decisionDate(), "decisionDate", false, problems);
        if (date != null && date.isAfter(today())) {
            problems.add(Reason.of("input.date.future", field("decisionDate"), date.toString()));
        }
        String reference = request.decisionReference();
        LocalDate revisionDue = revisionDue(programme, date, request.nextRevisionDue(), problems);
        if (programme.getAdoption().document().isEmpty()) {
            problems.add(Reason.of("programme.adoption.documentRequired"));
        }
        String comment = ProgrammeRequests.orNull(request.comment());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime at = now();
        programme.recordAdoption(new Decision(body, date, reference), revisionDue, actor(), at);
        ProgrammeEvent event = programme
                .apply(ProgrammeAction.ADOPT, actor(), at, comment, null)
                .orElseThrow();
        em.persist(event);
        List<Long> superseded = supersession.supersede(catalog.acceptedOrInForceFor(programme), id, actor(), at);
        em.flush();
        audit.record(
                actor(),
                "PROGRAMME_ADOPT",
                SUBJECT,
                String.valueOf(id),
                from + " -> " + programme.getStatus() + ": " + body + ", " + date + ", " + reference
                        + ", revision due " + revisionDue + (comment == null ? "" : ": " + comment)
                        + (superseded.isEmpty() ? "" : "; superseded " + superseded));
        transitioned.fire(new ProgrammeTransitioned(
                id,
                programme.municipalityCodes(),
                ProgrammeAction.ADOPT,
                from,
                programme.getStatus(),
                actor(),
                at,
                comment));
        return Detail.of(programme);
    }

    /**
     * Uploads the adoption decision's document (the minutes extract or the decision), or a replacement, while the
     * programme waits for adoption (409 otherwise); 413/422 for a file that is too large or not what it claims.
     */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public DocumentView uploadDocument(long id, Upload upload) {
        Programme programme = accepting(load(id, false));
        DocumentCheck.Checked checked = documents.check(upload);
        em.refresh(programme, LockModeType.PESSIMISTIC_WRITE); // an adoption while the file was read wins
        accepting(programme);
        OffsetDateTime at = now();
        StoredDocument document = documents.store(checked, actor(), at);
        Programme.Attached attached = programme.attachAdoptionDocument(document, actor(), at);
        em.persist(attached.event());
        em.flush();
        attached.replaced().ifPresent(documents::delete);
        audit.record(
                actor(),
                "PROGRAMME_ADOPTION_DOCUMENT",
                SUBJECT,
                String.valueOf(id),
                ProgrammeAttachments.describe(document)
                        + attached.replaced()
                                .map(r -> "; replaces " + ProgrammeAttachments.describe(r))
                                .orElse(""));
        return DocumentView.of(document, null);
    }

    /** The adoption decision's document, when one has been uploaded. */
    @RolesAllowed(Permission.Names.PROGRAMME_READ)
    public Optional<DocumentView> document(long id) {
        return load(id, false).getAdoption().document().map(d -> DocumentView.of(d, null));
    }

    @RolesAllowed(Permission.Names.PROGRAMME_READ)
    public Download download(long id) {
        StoredDocument document = load(id, false)
                .getAdoption()
                .document()
                .orElseThrow(() -> new NotFoundException("programme.adoptionDocument.none", id));
        return Download.of(document, documents.content(document));
    }

    /**
     * The revision day the adoption sets: under a legal basis with an interval the adoption date plus it (a
     * different day given is refused); otherwise the municipality's own day, required and after the adoption.
     */
    private static LocalDate revisionDue(
            Programme programme, LocalDate adoptedOn, String given, List<Reason> problems) {
        var basis = programme.getLegalBasis();
        if (!basis.revisionDateIsMunicipalitys()) {
            LocalDate statutory = basis.revisionDue(adoptedOn).orElse(null);
            LocalDate asked = date(given, "nextRevisionDue", false, problems);
            if (asked != null && statutory != null && !asked.equals(statutory)) {
                problems.add(Reason.of("programme.adoption.revisionDueStatutory", statutory.toString()));
            }
            return statutory;
        }
        LocalDate own = date(given, "nextRevisionDue", true, problems);
        if (own != null && adoptedOn != null && !own.isAfter(adoptedOn)) {
            problems.add(Reason.of("programme.adoption.revisionDueOrder"));
        }
        return own;
    }

    private static Programme accepting(Programme programme) {
        if (!programme.getStatus().acceptsAdoptionDocument()) {
            throw new ConflictException(
                    "programme.adoptionDocument.notNow", programme.getStatus().name());
        }
        return programme;
    }

    private static LocalDate date(String text, String name, boolean required, List<Reason> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(Reason.of("input.required", field(name)));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(Reason.of("input.date.invalid", field(name), text));
            return null;
        }
    }

    private static Reason field(String name) {
        return Reason.of("programme.field." + name);
    }

    private Programme load(long id, boolean lock) {
        return catalog.find(currentUser.scope(), id, today(), lock)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(id)));
    }

    private String actor() {
        return currentUser.username();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
