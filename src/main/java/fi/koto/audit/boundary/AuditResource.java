package fi.koto.audit.boundary;

import fi.koto.access.control.Permission;
import fi.koto.audit.entity.AuditRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/v1/audit}: the newest audit records, newest first. */
@Stateless
@RolesAllowed(Permission.Names.VIEW_AUDIT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    public List<Entry> latest(
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        return log.latest(offset, limit).stream().map(Entry::of).toList();
    }

    public record Entry(
            long id,
            OffsetDateTime at,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String detail) {

        static Entry of(AuditRecord r) {
            return new Entry(
                    r.getId(),
                    r.getAt(),
                    r.getActor(),
                    r.getAction(),
                    r.getSubjectType(),
                    r.getSubjectId(),
                    r.getDetail());
        }
    }
}
