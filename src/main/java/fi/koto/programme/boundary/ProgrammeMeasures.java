package fi.koto.programme.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.validation.RequestValidation;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeRequests.MeasureEdit;
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
 * The measures of a programme (action, responsible party, schedule, indicator), edited by its coordinators
 * while the programme can be edited; each change moves the programme's version and is audited.
 */
@Stateless
@RolesAllowed(Permission.Names.PROGRAMME_EDIT)
public class ProgrammeMeasures {

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

    public Detail add(long id, MeasureEdit edit) {
        Programme programme = editable(id, edit == null ? null : edit.version());
        validation.check(edit);
        String action = edit.action();
        String party = edit.responsibleParty();
        String schedule = ProgrammeRequests.orNull(edit.schedule());
        String indicator = ProgrammeRequests.orNull(edit.indicator());
        programme.addMeasure(action, party, schedule, indicator, currentUser.username(), OffsetDateTime.now(clock));
        em.flush();
        audit.record(currentUser.username(), "PROGRAMME_MEASURE_ADDED", "Programme", String.valueOf(id), action);
        return Detail.of(programme);
    }

    public Detail remove(long id, long measureId, Long version) {
        Programme programme = editable(id, version);
        if (!programme.removeMeasure(measureId, currentUser.username(), OffsetDateTime.now(clock))) {
            throw new NotFoundException("programme.measure.notFound", measureId);
        }
        em.flush();
        audit.record(
                currentUser.username(),
                "PROGRAMME_MEASURE_REMOVED",
                "Programme",
                String.valueOf(id),
                String.valueOf(measureId));
        return Detail.of(programme);
    }

    private Programme editable(long id, Long version) {
        Programme programme = catalog.find(currentUser.scope(), id, LocalDate.now(clock), true)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(id)));
        if (version == null) {
            throw new InvalidInputException("programme.version.required");
        }
        if (programme.getVersion() != version) {
            throw new ConflictException("programme.stale", programme.getChangedBy());
        }
        if (!programme.getStatus().isEditable()) {
            throw new ConflictException(
                    "programme.notEditable", programme.getStatus().name());
        }
        return programme;
    }
}
