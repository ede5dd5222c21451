package fi.koto.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** {@code /api/v1/users}: account administration (administrators only). */
@Stateless
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @GET
    public List<UserSummary> list() {
        return users.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser user, @Context UriInfo uri) {
        if (user == null) {
            throw new fi.koto.platform.failure.InvalidInputException("request.body.required");
        }
        UserSummary created = users.create(user);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
