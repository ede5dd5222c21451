package fi.koto.agreement.boundary;

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

/**
 * {@code /api/v1/agreements/{id}/extra-places-requests}: requests for extra places under one agreement and the
 * municipality's response. A resource of its own beside {@link AgreementsResource}: its longer literal path is
 * matched first, everything else under {@code agreements} stays there.
 */
@Stateless
@Path("agreements/{agreementId:[0-9]+}/extra-places-requests")
@Produces(MediaType.APPLICATION_JSON)
public class ExtraPlacesResource {

    @Inject
    ExtraPlaces extraPlaces;

    @GET
    public List<ExtraPlacesView> list(@PathParam("agreementId") long agreementId) {
        return extraPlaces.list(agreementId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(
            @PathParam("agreementId") long agreementId, NewExtraPlacesRequest request, @Context UriInfo uri) {
        ExtraPlacesView created = extraPlaces.request(agreementId, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public ExtraPlacesView get(@PathParam("agreementId") long agreementId, @PathParam("id") long id) {
        return extraPlaces.get(agreementId, id);
    }

    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExtraPlacesView respond(
            @PathParam("agreementId") long agreementId, @PathParam("id") long id, ExtraPlacesResponse response) {
        return extraPlaces.respond(agreementId, id, response);
    }
}
