package fi.koto.programme.boundary;

import fi.koto.document.boundary.DocumentHttp;
import fi.koto.document.boundary.DocumentView;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeRequests.AdoptionRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /api/v1/programmes/{id}/adoption} and {@code .../adoption/document}: the municipality's adoption
 * of an accepted plan (docs/api.md, "Programmes"). The document is uploaded like an attachment (raw body or {@code multipart/form-data} with the part
 * {@code file}); a programme outside the scope answers 404.
 */
@Stateless
@Path("programmes/{id:[0-9]+}/adoption")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeAdoptionResource {

    @Inject
    ProgrammeAdoption adoption;

    /** Records the adoption: {@code decisionBody}, {@code decisionDate}, {@code decisionReference}, ... */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail adopt(@PathParam("id") long id, AdoptionRequest request) {
        return adoption.adopt(id, required(request));
    }

    @POST
    @Path("document")
    @Consumes(MediaType.WILDCARD)
    public Response upload(
            @PathParam("id") long id,
            InputStream body,
            @HeaderParam("Content-Disposition") String disposition,
            @HeaderParam("Content-Length") Long length,
            @Context UriInfo uri) {
        return created(adoption.uploadDocument(id, DocumentHttp.rawUpload(disposition, length, body)), uri);
    }

    @POST
    @Path("document")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@PathParam("id") long id, List<EntityPart> parts, @Context UriInfo uri) {
        return created(adoption.uploadDocument(id, DocumentHttp.multipartUpload(parts)), uri);
    }

    @GET
    @Path("document")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id) {
        return DocumentHttp.download(adoption.download(id));
    }

    private static Response created(DocumentView document, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().build())
                .entity(document)
                .build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("request.body.required");
        }
        return body;
    }
}
