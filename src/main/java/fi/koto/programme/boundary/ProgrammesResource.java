package fi.koto.programme.boundary;

import fi.koto.platform.failure.InvalidInputException;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeJson.Diff;
import fi.koto.programme.boundary.ProgrammeJson.HistoryEntry;
import fi.koto.programme.boundary.ProgrammeJson.Note;
import fi.koto.programme.boundary.ProgrammeJson.Version;
import fi.koto.programme.boundary.ProgrammeJson.VersionSummary;
import fi.koto.programme.boundary.ProgrammeRequests.NewProgramme;
import fi.koto.programme.boundary.ProgrammeRequests.NoteRequest;
import fi.koto.programme.boundary.ProgrammeRequests.ReplyRequest;
import fi.koto.programme.boundary.ProgrammeRequests.SectionEdit;
import fi.koto.programme.boundary.ProgrammeRequests.TransitionRequest;
import fi.koto.programme.boundary.ProgrammeRequests.VerdictRequest;
import fi.koto.programme.control.ProgrammeSearch;
import fi.koto.programme.entity.ProgrammeStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/programmes}: integration programmes and their review cycle. Translates HTTP to the boundaries
 * and back; a programme outside the caller's scope answers 404 exactly like one that does not exist.
 */
@Stateless
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

    @Inject
    ProgrammeMeasures measures;

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeReview review;

    @Inject
    ProgrammeRecords records;

    @Inject
    ProgrammeSharing sharing;

    @Inject
    ProgrammePlanForm planForm;

    @Inject
    ProgrammeTitles titles;

    /** {@code status}, {@code municipality}, {@code sort} (changed, title, status, reviewDue, period), paging. */
    @GET
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("municipality") String municipality,
            @QueryParam("sort") @DefaultValue("changed") String sort,
            @QueryParam("desc") Boolean descending,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        ProgrammeStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ProgrammeStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("programme.status.invalid", status);
            }
        }
        ProgrammeSearch.SortField field =
                switch (sort.toLowerCase(Locale.ROOT)) {
                    case "title" -> ProgrammeSearch.SortField.TITLE;
                    case "status" -> ProgrammeSearch.SortField.STATUS;
                    case "reviewdue" -> ProgrammeSearch.SortField.REVIEW_DUE;
                    case "period" -> ProgrammeSearch.SortField.PERIOD;
                    case "changed" -> ProgrammeSearch.SortField.CHANGED;
                    default -> throw new InvalidInputException("programme.sort.invalid", sort);
                };
        boolean ascending = descending == null ? field != ProgrammeSearch.SortField.CHANGED : !descending;
        var search = new ProgrammeSearch(wanted, municipality, offset, limit, field, ascending);
        return Response.ok(programmes.search(search))
                .header("X-Total-Count", programmes.count(search))
                .build();
    }

    @POST
    public Response create(NewProgramme request, @Context UriInfo uri) {
        Detail created = programmes.create(required(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public Detail find(@PathParam("id") long id) {
        return programmes.find(id);
    }

    @PUT
    @Path("{id}/sections/{key}")
    public Detail saveSection(@PathParam("id") long id, @PathParam("key") String key, SectionEdit edit) {
        return programmes.saveSection(id, key, required(edit));
    }

    /** The title in Finnish and, optionally, Swedish: {@code {"fi", "sv", "version"}}. */
    @PUT
    @Path("{id}/title")
    public Detail retitle(@PathParam("id") long id, ProgrammeRequests.TitleEdit edit) {
        return titles.retitle(id, required(edit));
    }

    /**
     * {@code action}: SUBMIT, WITHDRAW, START_REVIEW, REQUEST_CHANGES or APPROVE (the acceptance of the review);
     * {@code comment}, {@code version}. The adoption has its own request ({@code POST {id}/adoption}).
     */
    @POST
    @Path("{id}/transitions")
    public Detail transition(@PathParam("id") long id, TransitionRequest request) {
        TransitionRequest t = required(request);
        String action = t.action() == null ? "" : t.action().trim().toUpperCase(Locale.ROOT);
        return switch (action) {
            case "SUBMIT" -> programmes.submit(id, t.comment(), t.version());
            case "WITHDRAW" -> programmes.withdraw(id, t.comment(), t.version());
            case "START_REVIEW" -> programmes.startReview(id, t.comment(), t.version());
            case "REQUEST_CHANGES" -> programmes.requestChanges(id, t.comment(), t.version());
            case "APPROVE" -> programmes.approve(id, t.comment(), t.version());
            default -> throw new InvalidInputException("programme.action.invalid", String.valueOf(t.action()));
        };
    }

    /** The form of a plan under Act 681/2023: {@code planForm}, {@code planDocumentName}, {@code version}. */
    @PUT
    @Path("{id}/plan-form")
    public Detail describePlanForm(@PathParam("id") long id, ProgrammeRequests.PlanFormEdit edit) {
        return planForm.describe(id, required(edit));
    }

    @POST
    @Path("{id}/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMeasure(@PathParam("id") long id, ProgrammeRequests.MeasureEdit edit) {
        if (edit == null) {
            throw new fi.koto.platform.failure.InvalidInputException("request.body.required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(measures.add(id, edit))
                .build();
    }

    @DELETE
    @Path("{id}/measures/{measureId}")
    public ProgrammeJson.Detail removeMeasure(
            @PathParam("id") long id, @PathParam("measureId") long measureId, @QueryParam("version") Long version) {
        return measures.remove(id, measureId, version);
    }

    @POST
    @Path("{id}/notes")
    public Response pinNote(@PathParam("id") long id, NoteRequest request, @Context UriInfo uri) {
        NoteRequest n = required(request);
        Note note = review.pinNote(id, n.section(), n.text());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(note.id()))
                        .build())
                .entity(note)
                .build();
    }

    /** The coordinator shares the draft with the regional authority for guidance. */
    @POST
    @Path("{id}/sharing")
    public Detail share(@PathParam("id") long id) {
        return sharing.share(id);
    }

    /** The coordinator makes the shared draft private again; {@code comment} (optional) says why. */
    @DELETE
    @Path("{id}/sharing")
    public Detail unshare(@PathParam("id") long id, @QueryParam("comment") String comment) {
        return sharing.unshare(id, comment);
    }

    /** An official's guidance note on a shared draft. */
    @POST
    @Path("{id}/guidance-notes")
    public Response addGuidanceNote(
            @PathParam("id") long id, ProgrammeRequests.GuidanceNoteRequest request, @Context UriInfo uri) {
        var n = required(request);
        var note = sharing.addGuidanceNote(id, n.section(), n.text());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(note.id()))
                        .build())
                .entity(note)
                .build();
    }

    @POST
    @Path("{id}/notes/{noteId}/resolve")
    public Note resolveNote(@PathParam("id") long id, @PathParam("noteId") long noteId) {
        return review.resolveNote(id, noteId);
    }

    @PUT
    @Path("{id}/notes/{noteId}/reply")
    public Note reply(@PathParam("id") long id, @PathParam("noteId") long noteId, ReplyRequest request) {
        return review.reply(id, noteId, required(request).text());
    }

    @PUT
    @Path("{id}/checklist/{requirementKey}")
    public Detail judge(@PathParam("id") long id, @PathParam("requirementKey") String key, VerdictRequest request) {
        VerdictRequest v = required(request);
        return review.judge(id, key, v.verdict(), v.note());
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return records.history(id);
    }

    @GET
    @Path("{id}/versions")
    public List<VersionSummary> versions(@PathParam("id") long id) {
        return records.versions(id);
    }

    @GET
    @Path("{id}/versions/{round}")
    public Version version(@PathParam("id") long id, @PathParam("round") int round) {
        return records.version(id, round);
    }

    /** The changes of {@code round} (default: the latest) against the round before. */
    @GET
    @Path("{id}/diff")
    public Diff diff(@PathParam("id") long id, @QueryParam("round") Integer round) {
        return records.diff(id, round);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("request.body.required");
        }
        return body;
    }
}
