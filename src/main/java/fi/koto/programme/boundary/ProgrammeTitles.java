package fi.koto.programme.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.validation.RequestValidation;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeRequests.TitleEdit;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.entity.Programme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The title of a programme in Finnish and Swedish, changed by its coordinators while it can be edited. The Swedish
 * title is optional: where the municipality is bilingual a missing one is a warning on the page, and it never
 * blocks a submission or any other step (issue 16, item 10).
 */
@Stateless
@RolesAllowed(Permission.Names.PROGRAMME_EDIT)
public class ProgrammeTitles {

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

    public Detail retitle(long id, TitleEdit edit) {
        Programme programme = catalog.find(currentUser.scope(), id, LocalDate.now(clock), true)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(id)));
        if (edit.version() == null) {
            throw new InvalidInputException("programme.version.required");
        }
        if (programme.getVersion() != edit.version()) {
            throw new ConflictException("programme.stale", programme.getChangedBy());
        }
        if (!programme.getStatus().isEditable()) {
            throw new ConflictException(
                    "programme.notEditable", programme.getStatus().name());
        }
        validation.check(edit);
        String fi = edit.fi();
        String sv = ProgrammeRequests.orNull(edit.sv());
        programme.retitle(fi, sv, currentUser.username(), OffsetDateTime.now(clock));
        em.flush();
        audit.record(
                currentUser.username(),
                "PROGRAMME_TITLE_SAVED",
                "Programme",
                String.valueOf(id),
                fi + (sv == null ? "" : " / " + sv));
        return Detail.of(programme);
    }
}
