package fi.koto.agreement.boundary;

import fi.koto.document.boundary.DocumentHttp;
import fi.koto.document.boundary.DocumentView;
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
 * {@code /api/v1/agreements/{id}/decision-document}: the municipal decision document. {@code POST} uploads it (or a
 * replacement) with the same conventions as programme attachments (raw body with {@code Content-Disposition}, or
 * {@code multipart/form-data} with the part {@code file}): 201 with the document. {@code GET} downloads it; 404 when
 * none has been uploaded.
 */
@Stateless
@Path("agreements/{id:[0-9]+}/decision-document")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionDocumentResource {

    @Inject
    AgreementDecisionDocuments decisionDocuments;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(
            @PathParam("id") long id,
            InputStream body,
            @HeaderParam("Content-Disposition") String disposition,
            @HeaderParam("Content-Length") Long length,
            @Context UriInfo uri) {
        return created(decisionDocuments.upload(id, DocumentHttp.rawUpload(disposition, length, body)), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@PathParam("id") long id, List<EntityPart> parts, @Context UriInfo uri) {
        return created(decisionDocuments.upload(id, DocumentHttp.multipartUpload(parts)), uri);
    }

    @GET
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id) {
        return DocumentHttp.download(decisionDocuments.download(id));
    }

    private static Response created(DocumentView document, UriInfo uri) {
        return Response.created(uri.getAbsolutePath()).entity(document).build();
    }
}
