package fi.koto.placement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code PUT /api/v1/placements}: one hand-entered row of realised placements, replacing the row with its key. */
@Stateless
@Path("placements")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementsResource {

    @Inject
    Placements placements;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PlacementView record(PlacementEntry entry) {
        return placements.record(entry);
    }
}
