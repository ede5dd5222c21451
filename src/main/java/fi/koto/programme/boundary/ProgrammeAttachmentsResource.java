package fi.koto.programme.boundary;

import fi.koto.document.boundary.DocumentHttp;
import fi.koto.document.boundary.DocumentView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /api/v1/programmes/{id}/attachments}: a programme's documents. Upload either as the raw body (media type
 * in {@code Content-Type}, name in {@code Content-Disposition}, optional {@code ?description=}) or as
 * {@code multipart/form-data} with the parts {@code file} and {@code description}; 201 with the document.
 * Download answers the bytes as an attachment. Refusals: 404 outside the scope, 409 when the programme cannot be
 * edited now, 413 over the size limit, 422 for a file that is not what it claims.
 */
@Stateless
@Path("programmes/{id:[0-9]+}/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeAttachmentsResource {

    @Inject
    ProgrammeAttachments attachments;

    @GET
    public List<DocumentView> list(@PathParam("id") long id) {
        return attachments.list(id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(
            @PathParam("id") long id,
            InputStream body,
            @HeaderParam("Content-Disposition") String disposition,
            @HeaderParam("Content-Length") Long length,
            @QueryParam("description") String description,
            @Context UriInfo uri) {
        return created(attachments.add(id, DocumentHttp.rawUpload(disposition, length, body), description), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@PathParam("id") long id, List<EntityPart> parts, @Context UriInfo uri) {
        return created(
                attachments.add(
                        id,
                        DocumentHttp.multipartUpload(parts),
                        DocumentHttp.text(parts, DocumentHttp.DESCRIPTION_PART)),
                uri);
    }

    @GET
    @Path("{documentId:[0-9]+}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return DocumentHttp.download(attachments.download(id, documentId));
    }

    @DELETE
    @Path("{documentId:[0-9]+}")
    public Response remove(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        attachments.remove(id, documentId);
        return Response.noContent().build();
    }

    private static Response created(DocumentView document, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(document.id()))
                        .build())
                .entity(document)
                .build();
    }
}
