package fi.koto.placement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code POST /api/v1/placements/imports} with a CSV ({@code text/csv}) or XLSX file as the body: 202 with the
 * import's id; {@code GET /api/v1/placements/imports/{id}}: its status, progress and rejected rows;
 * {@code POST .../{id}/stop} and {@code POST .../{id}/restart}.
 */
@Stateless
@Path("placements/imports")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementImportsResource {

    @Inject
    PlacementImports imports;

    @POST
    public Response start(
            InputStream body,
            @HeaderParam("Content-Type") String mediaType,
            @HeaderParam("Content-Length") Long length,
            @Context UriInfo uri) {
        long id = imports.start(mediaType, length, body);
        return Response.accepted(Map.of("id", id, "status", "STARTED"))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .build();
    }

    /** Stops a running import after its current chunk: 202; it ends as STOPPED. */
    @POST
    @Path("{id:[0-9]+}/stop")
    public Response stop(@PathParam("id") long id) {
        imports.stop(id);
        return Response.accepted().build();
    }

    /** Runs a stopped or failed import on from its last checkpoint: 202. */
    @POST
    @Path("{id:[0-9]+}/restart")
    public Response restart(@PathParam("id") long id) {
        imports.restart(id);
        return Response.accepted().build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public ImportView get(@PathParam("id") long id) {
        return imports.view(id);
    }
}
