package fi.koto.monitoring.boundary;

import fi.koto.monitoring.boundary.MonitoringJson.Overview;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/monitoring?year=Y} (default: last year): which municipalities in the caller's scope have reported the year. */
@Stateless
@Path("monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    @Inject
    MonitoringReports reports;

    @GET
    public Overview overview(@QueryParam("year") Integer year) {
        return reports.overview(year);
    }
}
