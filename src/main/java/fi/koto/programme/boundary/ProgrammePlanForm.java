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
import fi.koto.programme.boundary.ProgrammeRequests.PlanFormEdit;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.entity.PlanForm;
import fi.koto.programme.entity.Programme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The form of a plan under Act 681/2023 (chapter 5, §45): a separate action programme, or part of another planning
 * document named by the coordinator (for example the welfare report and plan or the municipal strategy). Changed
 * like the content, while the programme can be edited, from the version read; a programme under Act 1386/2010 has
 * no form to record (422).
 */
@Stateless
public class ProgrammePlanForm {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestValidation validation;

    @Inject
    ProgrammeCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Detail describe(long id, PlanFormEdit edit) {
        Programme programme = catalog.find(currentUser.scope(), id, LocalDate.now(clock), true)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(id)));
        if (edit.version() == null) {
            throw new InvalidInputException("programme.version.required");
        }
        if (edit.version() != programme.getVersion()) {
            throw new ConflictException("programme.stale", programme.getChangedBy());
        }
        if (!programme.getStatus().isEditable()) {
            throw new ConflictException(
                    "programme.notEditable", programme.getStatus().name());
        }
        if (!programme.getLegalBasis().hasPlanForm()) {
            throw new InvalidInputException(
                    "programme.planForm.notApplicable",
                    programme.getLegalBasis().name());
        }
        List<Reason> problems = validation.reasons(edit);
        PlanForm form = null;
        try {
            form = PlanForm.valueOf(String.valueOf(edit.planForm()).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of("programme.planForm.invalid", String.valueOf(edit.planForm())));
        }
        String name = ProgrammeRequests.orNull(edit.planDocumentName());
        if (form == PlanForm.PART_OF_OTHER_DOCUMENT && name == null) {
            problems.add(Reason.of("programme.planDocumentName.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        programme.describeForm(form, name, currentUser.username(), OffsetDateTime.now(clock));
        em.flush();
        audit.record(
                currentUser.username(),
                "PROGRAMME_PLAN_FORM_SAVED",
                "Programme",
                String.valueOf(id),
                form + (form == PlanForm.PART_OF_OTHER_DOCUMENT ? ": " + name : ""));
        return Detail.of(programme);
    }
}
