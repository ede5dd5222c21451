package fi.koto.identity.boundary;

import fi.koto.access.control.Permission;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** {@code /api/v1/users}: account administration (administrators only). */
@Stateless
@RolesAllowed(Permission.Names.MANAGE_USERS)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @GET
    public List<UserSummary> list() {
        return users.list();
    }

    @PUT
    @Path("{id}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserSummary setEnabled(@PathParam("id") long id, EnabledChange change) {
        if (change == null || change.enabled() == null || change.version() == null) {
            throw new fi.koto.platform.failure.InvalidInputException("user.enabled.required");
        }
        return users.setEnabled(id, change.enabled(), change.version());
    }

    @POST
    @Path("{id}/unlock")
    public UserSummary unlock(@PathParam("id") long id) {
        return users.unlock(id);
    }

    public record EnabledChange(Boolean enabled, Long version) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser user, @Context UriInfo uri) {
        if (user == null) {
            throw new fi.koto.platform.failure.InvalidInputException("request.body.required");
        }
        UserSummary created = users.create(user);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }
}
