package fi.koto.identity.boundary;

import fi.koto.platform.i18n.SupportedLanguage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/me}: the caller's username, roles and scope; {@code PUT /me/language} remembers a language. */
@Stateless
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Accounts accounts;

    @GET
    public Me me() {
        return accounts.me().orElseThrow(() -> new NotAuthorizedException("Basic realm=\"koto\""));
    }

    @PUT
    @Path("language")
    @Consumes(MediaType.APPLICATION_JSON)
    public Me changeLanguage(LanguageChange change) {
        accounts.changeLanguage(SupportedLanguage.parse(change == null ? null : change.language()));
        return me();
    }

    public record LanguageChange(String language) {}
}
