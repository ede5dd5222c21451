package fi.koto.guideline.boundary;

import fi.koto.guideline.boundary.PublicGuidelines.ExemptAnswer;
import fi.koto.guideline.boundary.PublicGuidelines.PublicGuideline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/v1/public/work-permit-guidelines}: the published guidelines for everyone, without credentials and
 * read only (docs/api.md, "Work-permit guidelines (public)"). web.xml leaves GET and HEAD here open and nothing
 * else.
 */
@Stateless
@Path("public/work-permit-guidelines")
@Produces(MediaType.APPLICATION_JSON)
public class PublicGuidelinesResource {

    @Inject
    PublicGuidelines guidelines;

    /** {@code lang} fi/sv/en, {@code authority} (e.g. EVK01), {@code inForce=true} for those in force today. */
    @GET
    public Response list(
            @QueryParam("lang") String lang,
            @QueryParam("authority") String authority,
            @QueryParam("inForce") @DefaultValue("false") boolean inForce) {
        List<PublicGuideline> list = guidelines.list(lang, authority, inForce);
        return Response.ok(list).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public Response find(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return Response.ok(guidelines.find(id, lang)).build();
    }

    /** Where the occupation is exempt on the day ({@code on}, default today) and since when. */
    @GET
    @Path("exempt")
    public Response exempt(
            @QueryParam("occupation") String occupation, @QueryParam("on") String on, @QueryParam("lang") String lang) {
        ExemptAnswer answer = guidelines.exempt(occupation, on, lang);
        return Response.ok(answer).build();
    }

    /** Every published guideline's occupations as CSV (UTF-8 with BOM, so that spreadsheets read the letters). */
    @GET
    @Path("occupations.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("lang") String lang) {
        return Response.ok("\uFEFF" + guidelines.csv(lang))
                .header("Content-Disposition", "attachment; filename=\"work-permit-guidelines.csv\"")
                .build();
    }
}
