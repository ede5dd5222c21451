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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /api/v1/places-rounds}: the annual municipal-places rounds in the caller's scope, each municipality's
 * answer, reminders and the round's close and reopen. Refusals answer 403 (role), 404 (not in scope), 409 (status,
 * an existing round or a stale version) and 422 (input), as problem bodies.
 */
@Stateless
@Path("places-rounds")
@Produces(MediaType.APPLICATION_JSON)
public class PlacesRoundsResource {

    @Inject
    PlacesRounds rounds;

    @Inject
    PlacesRoundAnswers answers;

    @Inject
    PlacesRoundReminders reminders;

    @GET
    public List<PlacesRoundView> list(@QueryParam("year") Integer year, @QueryParam("status") String status) {
        return rounds.list(year, status);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(NewPlacesRound request, @Context UriInfo uri) {
        PlacesRoundDetail opened = rounds.open(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(opened.round().id()))
                        .build())
                .entity(opened)
                .build();
    }

    /** The requests in scope across rounds: a coordinator's list of what to answer. */
    @GET
    @Path("requests")
    public List<PlacesRequestView> requests(@QueryParam("roundStatus") String roundStatus) {
        return rounds.requests(roundStatus);
    }

    @GET
    @Path("{id:[0-9]+}")
    public PlacesRoundDetail get(@PathParam("id") long id) {
        return rounds.get(id);
    }

    @PUT
    @Path("{id:[0-9]+}/answers/{municipality}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacesRequestView answer(
            @PathParam("id") long id, @PathParam("municipality") String municipality, PlacesAnswer answer) {
        return answers.answer(id, municipality, answer);
    }

    @POST
    @Path("{id:[0-9]+}/reminders")
    public ReminderSent remind(@PathParam("id") long id, ReminderRequest request) {
        return reminders.remind(id, request);
    }

    @POST
    @Path("{id:[0-9]+}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacesRoundDetail transition(@PathParam("id") long id, RoundTransition request) {
        return rounds.transition(id, request);
    }
}
