package fi.koto.guideline.boundary;

import fi.koto.document.boundary.DocumentHttp;
import fi.koto.guideline.boundary.GuidelineJson.Detail;
import fi.koto.guideline.boundary.GuidelineJson.GuidelineEdit;
import fi.koto.guideline.boundary.GuidelineJson.NewGuideline;
import fi.koto.guideline.boundary.GuidelineJson.NewParty;
import fi.koto.guideline.boundary.GuidelineJson.StatementRequest;
import fi.koto.guideline.boundary.GuidelineJson.Summary;
import fi.koto.guideline.boundary.GuidelineJson.TransitionRequest;
import fi.koto.platform.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/work-permit-guidelines}: the officials' side of the regional work-permit guidelines (docs/api.md,
 * "Work-permit guidelines"). Translates HTTP to the boundaries and back; a guideline the caller may not see, or may
 * not change, answers 404 exactly like one that does not exist.
 */
@Stateless
@Path("work-permit-guidelines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuidelinesResource {

    @Inject
    Guidelines guidelines;

    @Inject
    GuidelineStatements statements;

    @Inject
    GuidelineLifecycle lifecycle;

    @Inject
    GuidelineCoverage coverage;

    @GET
    public List<Summary> list(@QueryParam("authority") String authority, @QueryParam("lang") String lang) {
        return guidelines.search(authority, PublicGuidelines.language(lang));
    }

    /** The dashboard card: every area with a guideline in force, one ending within 30 days, or none. */
    @GET
    @Path("coverage")
    public List<GuidelineCoverage.Area> coverage(@QueryParam("lang") String lang) {
        return coverage.areas(PublicGuidelines.language(lang));
    }

    @POST
    public Response create(NewGuideline request, @Context UriInfo uri) {
        Detail created = guidelines.create(required(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public Detail find(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return guidelines.find(id, PublicGuidelines.language(lang));
    }

    @PUT
    @Path("{id:[0-9]+}")
    public Detail edit(@PathParam("id") long id, GuidelineEdit edit) {
        return guidelines.edit(id, required(edit));
    }

    @POST
    @Path("{id:[0-9]+}/parties")
    public Detail addParty(@PathParam("id") long id, NewParty party) {
        return guidelines.addParty(id, required(party));
    }

    @PUT
    @Path("{id:[0-9]+}/parties/{party:[0-9]+}/statement")
    public Detail recordStatement(
            @PathParam("id") long id, @PathParam("party") long party, StatementRequest statement) {
        return statements.recordStatement(id, party, required(statement));
    }

    /** The statement as a document: the raw body, its name in {@code Content-Disposition}, {@code receivedOn}. */
    @POST
    @Path("{id:[0-9]+}/parties/{party:[0-9]+}/statement/document")
    @Consumes(MediaType.WILDCARD)
    public Detail attachStatement(
            @PathParam("id") long id,
            @PathParam("party") long party,
            @QueryParam("receivedOn") String receivedOn,
            @HeaderParam("Content-Disposition") String disposition,
            @HeaderParam("Content-Length") Long length,
            InputStream body) {
        return statements.attach(id, party, receivedOn, DocumentHttp.rawUpload(disposition, length, body));
    }

    @GET
    @Path("{id:[0-9]+}/parties/{party:[0-9]+}/statement/document")
    @Produces(MediaType.WILDCARD)
    public Response downloadStatement(@PathParam("id") long id, @PathParam("party") long party) {
        return DocumentHttp.download(statements.download(id, party));
    }

    /** {@code action}: START_CONSULTATION ({@code deadline}) or DECIDE ({@code decidedOn, decisionMaker, reference, effectiveOn}). */
    @POST
    @Path("{id:[0-9]+}/transitions")
    public Detail transition(@PathParam("id") long id, TransitionRequest request) {
        TransitionRequest t = required(request);
        String action = t.action() == null ? "" : t.action().strip().toUpperCase(Locale.ROOT);
        return switch (action) {
            case "START_CONSULTATION" -> guidelines.startConsultation(id, t.version(), t.deadline());
            case "DECIDE" ->
                guidelines.decide(id, t.version(), t.decidedOn(), t.decisionMaker(), t.reference(), t.effectiveOn());
            default -> throw new InvalidInputException("guideline.action.invalid", String.valueOf(t.action()));
        };
    }

    /** Runs today's lifecycle now (administrators): taking effect, superseding, expiring, reminders. */
    @POST
    @Path("lifecycle-run")
    public GuidelineLifecycle.Run runLifecycle() {
        return lifecycle.runNow();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("request.body.required");
        }
        return body;
    }
}
