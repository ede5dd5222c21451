package fi.koto.reference.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.reference.control.MunicipalityCatalog;
import fi.koto.reference.control.MunicipalityName;
import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.reference.control.MunicipalityView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The municipalities the caller may see, for pages and the REST API alike. */
@Stateless
@RolesAllowed(Permission.Names.VIEW_MUNICIPALITIES)
public class Municipalities {

    @Inject
    MunicipalityCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public List<MunicipalityView> search(MunicipalitySearch search) {
        return catalog.search(currentUser.scope(), search, LocalDate.now(clock));
    }

    /** Every municipality's names by code (public reference data, see {@link MunicipalityCatalog#names()}). */
    public Map<String, MunicipalityName> names() {
        return catalog.names();
    }

    public long count(String text) {
        return catalog.count(currentUser.scope(), text, LocalDate.now(clock));
    }
}
