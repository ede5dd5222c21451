package fi.koto.report.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code POST /api/v1/reports} starts a report (202 with its id and Location); {@code GET /api/v1/reports/{id}}
 * its status and progress, after waiting for its end with {@code ?wait=seconds}; {@code GET .../{id}/file} the file;
 * {@code GET /api/v1/reports} the caller's archive; {@code GET /api/v1/reports/types} the report types with their
 * labels in the caller's language.
 */
@Stateless
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    Reports reports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(ReportOrder order, @Context UriInfo uri) {
        ReportView view = reports.request(order);
        return Response.accepted(view)
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(view.id()))
                        .build())
                .build();
    }

    @GET
    public List<ReportView> archive() {
        return reports.archive();
    }

    @GET
    @Path("types")
    public List<ReportTypeView> types() {
        return reports.types();
    }

    /** With {@code ?wait=N} a running report is waited for up to N seconds (at most 30) before the answer. */
    @GET
    @Path("{id:[0-9]+}")
    public ReportView view(@PathParam("id") long id, @QueryParam("wait") String wait) {
        return reports.view(id, wait);
    }

    /** The file with its own media type, whatever the client accepts, and a Content-Disposition file name. */
    @GET
    @Path("{id:[0-9]+}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id) {
        ReportFile file = reports.file(id);
        StreamingOutput body = out -> {
            try {
                Files.copy(file.path(), out);
            } finally {
                Files.deleteIfExists(file.path());
            }
        };
        return Response.ok(body, file.mediaType())
                .header("Content-Length", file.size())
                .header("Content-Disposition", contentDisposition(file.filename()))
                .build();
    }

    /** An attachment with the name both as plain ASCII and in RFC 5987 form. */
    public static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
