package fi.koto.placement.boundary;

import fi.koto.placement.boundary.CompensationTables.NewPeriod;
import fi.koto.placement.boundary.CompensationTables.NewRate;
import fi.koto.placement.boundary.CompensationTables.PeriodView;
import fi.koto.placement.boundary.CompensationTables.RateView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code GET /api/v1/compensation/estimate?municipality=CODE&year=YYYY}: the estimate per recipient and how it was
 * computed ({@code wellbeingCounty=CODE} instead of {@code municipality}: a county's share);
 * {@code /compensation/rates} and {@code /compensation/periods}: the tables behind it, which administrators extend.
 */
@Stateless
@Path("compensation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompensationResource {

    @Inject
    Placements placements;

    @Inject
    CompensationTables tables;

    /**
     * The estimate for a municipality ({@code municipality=CODE}) per recipient, or a wellbeing services county's
     * share over its municipalities in scope ({@code wellbeingCounty=CODE}); docs/api.md.
     */
    @GET
    @Path("estimate")
    public Response estimate(
            @QueryParam("municipality") String municipality,
            @QueryParam("wellbeingCounty") String wellbeingCounty,
            @QueryParam("year") Integer year) {
        if ((municipality == null || municipality.isBlank()) && wellbeingCounty != null && !wellbeingCounty.isBlank()) {
            return Response.ok(placements.countyEstimate(wellbeingCounty, year)).build();
        }
        return Response.ok(placements.estimate(municipality, year)).build();
    }

    @GET
    @Path("rates")
    public List<RateView> rates() {
        return tables.rates();
    }

    @POST
    @Path("rates")
    public Response addRate(NewRate request) {
        return Response.status(Response.Status.CREATED)
                .entity(tables.addRate(request))
                .build();
    }

    @GET
    @Path("periods")
    public List<PeriodView> periods() {
        return tables.periods();
    }

    @POST
    @Path("periods")
    public Response addPeriod(NewPeriod request) {
        return Response.status(Response.Status.CREATED)
                .entity(tables.addPeriod(request))
                .build();
    }
}
