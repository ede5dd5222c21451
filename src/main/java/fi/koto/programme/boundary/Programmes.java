package fi.koto.programme.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.validation.RequestValidation;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeJson.Summary;
import fi.koto.programme.boundary.ProgrammeRequests.NewProgramme;
import fi.koto.programme.boundary.ProgrammeRequests.SectionEdit;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.control.ProgrammeSearch;
import fi.koto.programme.control.ProgrammeSupersession;
import fi.koto.programme.control.ProgrammeTransitioned;
import fi.koto.programme.entity.ChecklistVerdict;
import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeEvent;
import fi.koto.programme.entity.ProgrammeSection;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.programme.entity.SubmittedVersion;
import fi.koto.reference.control.AlandRule;
import fi.koto.reference.control.MunicipalityCatalog;
import fi.koto.reference.entity.Municipality;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Filing and moving integration programmes. Each transition is its own method with its permission, its
 * preconditions, one audit record, one timeline row and a {@link ProgrammeTransitioned} event. The programme is
 * locked for the transition, so a request sent twice finds the new state and is refused with 409.
 */
@Stateless
public class Programmes {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestValidation validation;

    @Inject
    ProgrammeCatalog catalog;

    @Inject
    MunicipalityCatalog municipalities;

    @Inject
    ProgrammeSupersession supersession;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ProgrammeTransitioned> transitioned;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "KOTO_REVIEW_DUE_DAYS", defaultValue = "30")
    int reviewDueDays;

    @RolesAllowed(Permission.Names.PROGRAMME_READ)
    public List<Summary> search(ProgrammeSearch search) {
        return catalog.search(currentUser.scope(), search, today()).stream()
                .map(Summary::of)
                .toList();
    }

    @RolesAllowed(Permission.Names.PROGRAMME_READ)
    public long count(ProgrammeSearch search) {
        return catalog.count(currentUser.scope(), search, today());
    }

    @RolesAllowed(Permission.Names.PROGRAMME_READ)
    public Detail find(long id) {
        Programme programme = load(id, false);
        // guidance notes: always for the municipalities' coordinators, for others only while the draft is shared
        return Detail.of(
                programme,
                currentUser.scope().kind() == fi.koto.access.control.AccessScope.Kind.MUNICIPALITIES
                        || programme.isSharedForGuidance());
    }

    /** Creates a draft for municipalities in the coordinator's scope; all problems are reported at once. */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Detail create(NewProgramme request) {
        List<Reason> problems = validation.reasons(request);
        String title = request.title();
        LegalBasis basis = null;
        try {
            basis = LegalBasis.valueOf(
                    String.valueOf(request.legalBasis()).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of("programme.legalBasis.invalid", String.valueOf(request.legalBasis())));
        }
        LocalDate start = date(request.periodStart(), problems);
        LocalDate end = date(request.periodEnd(), problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(Reason.of("programme.period.order"));
        }
        if (basis != null && end != null && !basis.allowsPeriodEnding(end)) {
            problems.add(Reason.of("programme.legalBasis.refused." + basis.name(), end.toString()));
        }
        String titleSv = ProgrammeRequests.orNull(request.titleSv());
        Set<String> codes =
                new LinkedHashSet<>(request.municipalityCodes() == null ? List.of() : request.municipalityCodes());
        List<Municipality> chosen = new ArrayList<>();
        for (String code : codes) {
            Optional<Reason> aland =
                    AlandRule.finnishActsRefused(code == null ? null : em.find(Municipality.class, code));
            if (aland.isPresent()) {
                problems.add(aland.get());
            } else if (code == null || !municipalities.isVisible(currentUser.scope(), code, today())) {
                problems.add(Reason.of("programme.municipality.notYours", String.valueOf(code)));
            } else {
                chosen.add(em.find(Municipality.class, code));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var programme = new Programme(title, basis, start, end, chosen, actor(), now());
        if (titleSv != null) {
            programme.retitle(title, titleSv, actor(), now());
        }
        em.persist(programme);
        em.persist(ProgrammeEvent.created(programme));
        em.flush();
        audit.record(
                actor(),
                "PROGRAMME_CREATED",
                "Programme",
                String.valueOf(programme.getId()),
                title + ", " + basis + ", " + programme.municipalityCodes());
        return Detail.of(programme);
    }

    /** Saves one section's texts; a stale version is refused naming who changed the programme last. */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Detail saveSection(long id, String key, SectionEdit edit) {
        Programme programme = load(id, true);
        if (edit.version() == null) {
            throw new InvalidInputException("programme.version.required");
        }
        checkVersion(programme, edit.version());
        if (!programme.getStatus().isEditable()) {
            throw new ConflictException(
                    "programme.notEditable", programme.getStatus().name());
        }
        ProgrammeSection section = programme
                .section(key)
                .orElseThrow(() -> new InvalidInputException("programme.section.unknown", String.valueOf(key)));
        validation.check(edit);
        section.write(edit.fi(), edit.sv(), actor(), now());
        em.flush();
        audit.record(actor(), "PROGRAMME_SECTION_SAVED", "Programme", String.valueOf(id), key);
        return Detail.of(programme);
    }

    /** DRAFT or CHANGES_REQUESTED to SUBMITTED: every required section in every required language. */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Detail submit(long id, String comment, Long version) {
        return move(id, ProgrammeAction.SUBMIT, comment, version, Programmes::missingContent);
    }

    /** SUBMITTED back to DRAFT, only until an official has started the review. */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Detail withdraw(long id, String comment, Long version) {
        return move(id, ProgrammeAction.WITHDRAW, comment, version, p -> List.of());
    }

    /** SUBMITTED to IN_REVIEW: the official claims the programme. */
    @RolesAllowed(Permission.Names.PROGRAMME_REVIEW)
    public Detail startReview(long id, String comment, Long version) {
        return move(id, ProgrammeAction.START_REVIEW, comment, version, p -> List.of());
    }

    /** IN_REVIEW to CHANGES_REQUESTED, always with a reason. */
    @RolesAllowed(Permission.Names.PROGRAMME_REVIEW)
    public Detail requestChanges(long id, String comment, Long version) {
        return move(id, ProgrammeAction.REQUEST_CHANGES, comment, version, p -> List.of());
    }

    /**
     * IN_REVIEW to APPROVED, the authority's acceptance of the review, once every checklist requirement has a
     * verdict and no required one is MISSING. It supersedes older accepted programmes for the same municipalities
     * still waiting for adoption; the plan in force stays until the new one is adopted ({@link ProgrammeAdoption}).
     */
    @RolesAllowed(Permission.Names.PROGRAMME_REVIEW)
    public Detail approve(long id, String comment, Long version) {
        return move(id, ProgrammeAction.APPROVE, comment, version, Programmes::checklistGaps);
    }

    private Detail move(
            long id,
            ProgrammeAction action,
            String comment,
            Long version,
            Function<Programme, List<Reason>> preconditions) {
        Programme programme = load(id, true);
        if (version != null) {
            checkVersion(programme, version);
        }
        ProgrammeStatus from = programme.getStatus();
        if (from.after(action).isEmpty()) {
            throw new ConflictException("programme.transition.notAllowed", action.name(), from.name());
        }
        String reason = comment == null || comment.isBlank() ? null : comment.trim();
        List<Reason> problems = new ArrayList<>(preconditions.apply(programme));
        if (action.commentRequired() && reason == null) {
            problems.add(Reason.of("programme.comment.required"));
        }
        if (reason != null && reason.length() > 4000) {
            problems.add(Reason.of("programme.comment.tooLong", 4000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime at = now();
        ProgrammeEvent event = programme
                .apply(action, actor(), at, reason, at.toLocalDate().plusDays(reviewDueDays))
                .orElseThrow();
        em.persist(event);
        if (action == ProgrammeAction.SUBMIT) {
            em.persist(SubmittedVersion.of(programme));
        }
        List<Long> superseded = action == ProgrammeAction.APPROVE
                ? supersession.supersede(catalog.approvedFor(programme), id, actor(), at)
                : List.of();
        em.flush();
        audit.record(
                actor(),
                "PROGRAMME_" + action.name(),
                "Programme",
                String.valueOf(id),
                from + " -> " + programme.getStatus() + (reason == null ? "" : ": " + reason)
                        + (superseded.isEmpty() ? "" : "; superseded " + superseded));
        transitioned.fire(new ProgrammeTransitioned(
                id, programme.municipalityCodes(), action, from, programme.getStatus(), actor(), at, reason));
        return Detail.of(programme);
    }

    /**
     * What stands in the way of a submission: a section the act requires that is empty in a required language,
     * and a recommended section written in one required language only (what is included is included in both
     * languages). A programme with no content at all is refused too (docs/domain.md, "Planning documents:
     * lifecycle, sharing, review and adoption").
     */
    static List<Reason> missingContent(Programme programme) {
        List<Reason> missing = new ArrayList<>();
        boolean anyText = false;
        for (ProgrammeSection section : programme.getSections()) {
            boolean written = programme.requiredLanguages().stream().anyMatch(l -> !section.isEmpty(l));
            anyText |= written;
            for (String language : programme.requiredLanguages()) {
                if ((section.isRequired() || written) && section.isEmpty(language)) {
                    missing.add(Reason.of(
                            "programme.section.missing",
                            Reason.of("programme.section." + programme.getLegalBasis() + "." + section.getKey()),
                            section.getKey(),
                            Reason.of("language.adjective." + language)));
                }
            }
        }
        if (!anyText && missing.isEmpty()) {
            missing.add(Reason.of("programme.content.empty"));
        }
        return missing;
    }

    private static Reason requirementLabel(Programme programme, ChecklistVerdict requirement) {
        return Reason.of("programme.requirement." + programme.getLegalBasis() + "." + requirement.getRequirementKey());
    }

    static List<Reason> checklistGaps(Programme programme) {
        List<Reason> gaps = new ArrayList<>();
        for (ChecklistVerdict requirement : programme.getChecklist()) {
            if (requirement.getVerdict() == null) {
                gaps.add(Reason.of(
                        "programme.checklist.noVerdict",
                        requirementLabel(programme, requirement),
                        requirement.getRequirementKey()));
            } else if (requirement.blocksApproval()) {
                gaps.add(Reason.of(
                        "programme.checklist.missing",
                        requirementLabel(programme, requirement),
                        requirement.getRequirementKey()));
            }
        }
        return gaps;
    }

    Programme load(long id, boolean lock) {
        return catalog.find(currentUser.scope(), id, today(), lock)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(id)));
    }

    private static void checkVersion(Programme programme, long version) {
        if (programme.getVersion() != version) {
            throw new ConflictException("programme.stale", programme.getChangedBy());
        }
    }

    private static LocalDate date(String text, List<Reason> problems) {
        try {
            return LocalDate.parse(String.valueOf(text).trim());
        } catch (DateTimeParseException e) {
            problems.add(Reason.of("programme.period.invalid", String.valueOf(text)));
            return null;
        }
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
