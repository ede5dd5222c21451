package fi.koto.programme.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeJson.MeasureEdit;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeMeasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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
    ProgrammeCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Detail add(long id, MeasureEdit edit) {
        Programme programme = editable(id, edit == null ? null : edit.version());
        List<Reason> problems = new ArrayList<>();
        String action = check(edit.action(), ProgrammeMeasure.ACTION_LIMIT, true, "action", problems);
        String party = check(edit.responsibleParty(), ProgrammeMeasure.PARTY_LIMIT, true, "responsibleParty", problems);
        String schedule = check(edit.schedule(), ProgrammeMeasure.SCHEDULE_LIMIT, false, "schedule", problems);
        String indicator = check(edit.indicator(), ProgrammeMeasure.INDICATOR_LIMIT, false, "indicator", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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

    private static String check(String value, int limit, boolean required, String field, List<Reason> problems) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                problems.add(Reason.of("programme.measure." + field + ".required"));
            }
            return null;
        }
        if (text.length() > limit) {
            problems.add(Reason.of("programme.measure." + field + ".tooLong", limit));
        }
        return text;
    }
}
