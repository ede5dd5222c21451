package fi.koto.monitoring.boundary;

import fi.koto.monitoring.boundary.MonitoringJson.GoalEdit;
import fi.koto.monitoring.boundary.MonitoringJson.IndicatorEdit;
import fi.koto.monitoring.boundary.MonitoringJson.MeasureEdit;
import fi.koto.monitoring.boundary.MonitoringJson.Plan;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/v1/programmes/{id}/plan}: a programme's goals, measures and indicators (docs/api.md, "Monitoring").
 * A programme outside the caller's scope answers 404 exactly like one that does not exist.
 */
@Stateless
@Path("programmes/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammePlanResource {

    @Inject
    ProgrammePlans plans;

    @GET
    public Plan plan(@PathParam("id") long id) {
        return plans.plan(id);
    }

    @POST
    @Path("goals")
    public Response addGoal(@PathParam("id") long id, GoalEdit edit) {
        return created(plans.addGoal(id, required(edit)));
    }

    @PUT
    @Path("goals/{goalId}")
    public Plan changeGoal(@PathParam("id") long id, @PathParam("goalId") long goalId, GoalEdit edit) {
        return plans.changeGoal(id, goalId, required(edit));
    }

    @POST
    @Path("measures")
    public Response addMeasure(@PathParam("id") long id, MeasureEdit edit) {
        return created(plans.addMeasure(id, required(edit)));
    }

    @PUT
    @Path("measures/{measureId}")
    public Plan changeMeasure(@PathParam("id") long id, @PathParam("measureId") long measureId, MeasureEdit edit) {
        return plans.changeMeasure(id, measureId, required(edit));
    }

    @POST
    @Path("indicators")
    public Response addIndicator(@PathParam("id") long id, IndicatorEdit edit) {
        return created(plans.addIndicator(id, required(edit)));
    }

    @PUT
    @Path("indicators/{indicatorId}")
    public Plan changeIndicator(
            @PathParam("id") long id, @PathParam("indicatorId") long indicatorId, IndicatorEdit edit) {
        return plans.changeIndicator(id, indicatorId, required(edit));
    }

    private static Response created(Plan plan) {
        return Response.status(Response.Status.CREATED).entity(plan).build();
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("monitoring.body.required");
        }
        return body;
    }
}
