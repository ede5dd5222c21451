package fi.koto.dashboard.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/v1/dashboard[?language=fi|sv|en]}: the figures of the caller's home page, within their scope
 * (the same figures the page draws as charts and tables).
 */
@Stateless
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    Dashboards dashboards;

    @GET
    public Dashboard dashboard(@QueryParam("language") String language) {
        return dashboards.dashboard(language);
    }
}
