package fi.koto.placement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/v1/utilisation?year=YYYY[&authority=&municipality=]}: agreed places against realised placements,
 * one row per municipality in scope that has either.
 */
@Stateless
@Path("utilisation")
@Produces(MediaType.APPLICATION_JSON)
public class UtilisationResource {

    @Inject
    Placements placements;

    @GET
    public List<UtilisationRow> utilisation(
            @QueryParam("year") Integer year,
            @QueryParam("authority") String authority,
            @QueryParam("municipality") String municipality) {
        return placements.utilisation(year, authority, municipality);
    }
}
