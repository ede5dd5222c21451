package fi.koto.placement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/compensation/estimate?municipality=CODE&year=YYYY}: the estimate and how it was computed. */
@Stateless
@Path("compensation")
@Produces(MediaType.APPLICATION_JSON)
public class CompensationResource {

    @Inject
    Placements placements;

    @GET
    @Path("estimate")
    public EstimateView estimate(@QueryParam("municipality") String municipality, @QueryParam("year") Integer year) {
        return placements.estimate(municipality, year);
    }
}
