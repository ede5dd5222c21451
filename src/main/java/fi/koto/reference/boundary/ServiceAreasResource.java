package fi.koto.reference.boundary;

import fi.koto.access.control.Permission;
import fi.koto.platform.failure.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /api/v1/municipalities/{code}/service-areas}: which authority has served the municipality when (anyone who
 * may see it), and recording a change from a date (administrators).
 */
@Stateless
@Path("municipalities/{code}/service-areas")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceAreasResource {

    @Inject
    ServiceAreas serviceAreas;

    @GET
    public List<ServiceAreas.Period> history(@PathParam("code") String code) {
        return serviceAreas.history(code);
    }

    @POST
    @RolesAllowed(Permission.Names.MANAGE_REFERENCE_DATA)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reassign(@PathParam("code") String code, Change change) {
        LocalDate from;
        try {
            from = change == null || change.from() == null ? null : LocalDate.parse(change.from());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("serviceArea.from.invalid", change.from());
        }
        List<ServiceAreas.Period> history =
                serviceAreas.reassign(code, change == null ? null : change.authorityCode(), from);
        return Response.status(Response.Status.CREATED).entity(history).build();
    }

    /** A change: {@code authorityCode} serves the municipality from {@code from} (YYYY-MM-DD) on. */
    public record Change(String authorityCode, String from) {}
}
