package fi.koto.agreement.boundary;

import fi.koto.platform.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/agreements}: placement agreements in the caller's scope, their life cycle
 * ({@code POST {id}/transitions} with an {@code action}), timeline and places per year. Refusals answer 403 (role),
 * 404 (not in scope), 409 (status or stale version) and 422 (input or precondition), as problem bodies.
 */
@Stateless
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementsResource {

    @Inject
    Agreements agreements;

    @Inject
    AgreementPlaces places;

    @GET
    public List<AgreementView> list(
            @QueryParam("municipality") String municipality, @QueryParam("status") String status) {
        return agreements.list(municipality, status);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(NewAgreement request, @Context UriInfo uri) {
        AgreementView created = agreements.draft(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public AgreementView get(@PathParam("id") long id) {
        return agreements.get(id);
    }

    @GET
    @Path("{id:[0-9]+}/history")
    public List<EventView> history(@PathParam("id") long id) {
        return agreements.history(id);
    }

    @POST
    @Path("{id:[0-9]+}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementView transition(@PathParam("id") long id, TransitionRequest request) {
        if (request == null || request.action() == null) {
            throw new InvalidInputException("agreement.action.unknown", "");
        }
        return switch (request.action().trim().toUpperCase(Locale.ROOT)) {
            case "RECORD_CONSULTATION" -> agreements.recordConsultation(id, request);
            case "SEND" -> agreements.send(id, request);
            case "RECORD_DECISION" -> agreements.recordDecision(id, request);
            case "SIGN" -> agreements.sign(id, request);
            case "TERMINATE" -> agreements.terminate(id, request);
            default -> throw new InvalidInputException("agreement.action.unknown", request.action());
        };
    }

    @GET
    @Path("{id:[0-9]+}/places")
    public List<PlacesView> places(@PathParam("id") long id) {
        return places.list(id);
    }

    @PUT
    @Path("{id:[0-9]+}/places/{year:[0-9]{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacesView setPlaces(@PathParam("id") long id, @PathParam("year") int year, PlacesChange change) {
        return places.set(id, year, change);
    }
}
