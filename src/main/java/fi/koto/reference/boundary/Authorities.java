package fi.koto.reference.boundary;

import fi.koto.access.control.Permission;
import fi.koto.reference.control.AuthorityView;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The regional authorities; public reference data, readable by everyone logged in. */
@Stateless
@RolesAllowed(Permission.Names.VIEW_MUNICIPALITIES)
public class Authorities {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The authorities that exist today, by code. */
    public List<AuthorityView> current() {
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery(
                        "select a from RegionalAuthority a where a.validFrom <= :today"
                                + " and (a.validTo is null or a.validTo >= :today) order by a.code",
                        RegionalAuthority.class)
                .setParameter("today", today)
                .getResultList()
                .stream()
                .map(AuthorityView::of)
                .toList();
    }
}
