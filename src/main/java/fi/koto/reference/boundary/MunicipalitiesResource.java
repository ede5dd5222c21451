package fi.koto.reference.boundary;

import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.reference.control.MunicipalityView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/municipalities}: the municipalities the caller may see, each with the authority serving it
 * today. {@code q} filters by code or name; {@code offset}/{@code limit} page; the total is in X-Total-Count.
 */
@Stateless
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalitiesResource {

    @Inject
    Municipalities municipalities;

    @GET
    public Response list(
            @QueryParam("q") String text,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("500") int limit,
            @QueryParam("sort") @DefaultValue("name") String sort) {
        MunicipalitySearch.SortField field =
                switch (sort.toLowerCase(Locale.ROOT)) {
                    case "code" -> MunicipalitySearch.SortField.CODE;
                    case "region" -> MunicipalitySearch.SortField.REGION;
                    case "name" -> MunicipalitySearch.SortField.NAME;
                    default -> throw new jakarta.ws.rs.BadRequestException("sort must be one of code, name, region");
                };
        var search = new MunicipalitySearch(text, offset, limit, field, true);
        List<MunicipalityJson> page =
                municipalities.search(search).stream().map(MunicipalityJson::of).toList();
        return Response.ok(page)
                .header("X-Total-Count", municipalities.count(text))
                .build();
    }

    /** The JSON shape of a municipality. */
    public record MunicipalityJson(
            String code,
            String nameFi,
            String nameSv,
            String nameSe,
            String region,
            String regionNameFi,
            String regionNameSv,
            String language,
            boolean aland,
            AuthorityJson authority) {

        static MunicipalityJson of(MunicipalityView m) {
            return new MunicipalityJson(
                    m.code(),
                    m.nameFi(),
                    m.nameSv(),
                    m.nameSe(),
                    m.regionCode(),
                    m.regionFi(),
                    m.regionSv(),
                    m.language(),
                    m.aland(),
                    m.authority() == null
                            ? null
                            : new AuthorityJson(
                                    m.authority().code(),
                                    m.authority().kind(),
                                    m.authority().nameFi(),
                                    m.authority().nameSv(),
                                    m.authority().nameEn()));
        }
    }

    public record AuthorityJson(String code, String kind, String nameFi, String nameSv, String nameEn) {}
}
