package fi.koto.reference.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.reference.control.AuthorityView;
import fi.koto.reference.control.MunicipalityCatalog;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import fi.koto.reference.entity.ServiceArea;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which authority serves a municipality when. Administrators record a change from a date: the current service
 * ends the day before and a new one starts, so earlier periods stay readable and today's scopes follow by date.
 */
@Stateless
public class ServiceAreas {

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A municipality's service history, oldest first; 404 outside the caller's scope. */
    @RolesAllowed(Permission.Names.VIEW_MUNICIPALITIES)
    public List<Period> history(String municipalityCode) {
        if (!catalog.isVisible(currentUser.scope(), municipalityCode, LocalDate.now(clock))) {
            throw new NotFoundException("municipality.notFound", municipalityCode);
        }
        return areasOf(municipalityCode).stream().map(Period::of).toList();
    }

    /** From {@code from} on, {@code authorityCode} serves the municipality. */
    @RolesAllowed(Permission.Names.MANAGE_REFERENCE_DATA)
    public List<Period> reassign(String municipalityCode, String authorityCode, LocalDate from) {
        Municipality municipality = municipalityCode == null ? null : em.find(Municipality.class, municipalityCode);
        if (municipality == null) {
            throw new NotFoundException("municipality.notFound", String.valueOf(municipalityCode));
        }
        em.lock(municipality, LockModeType.PESSIMISTIC_WRITE); // one change at a time per municipality
        List<Reason> problems = new ArrayList<>();
        if (from == null) {
            problems.add(Reason.of("serviceArea.from.required"));
        }
        RegionalAuthority authority = authorityCode == null
                ? null
                : em.createQuery("select a from RegionalAuthority a where a.code = :code", RegionalAuthority.class)
                        .setParameter("code", authorityCode.trim().toUpperCase(Locale.ROOT))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (authority == null) {
            problems.add(Reason.of("serviceArea.authority.unknown", String.valueOf(authorityCode)));
        } else if (from != null && !authority.existsOn(from)) {
            problems.add(Reason.of("serviceArea.authority.notOnDate", authority.getCode(), from));
        }
        if (municipality.isAland()) {
            problems.add(Reason.of("serviceArea.aland"));
        }
        List<ServiceArea> areas = areasOf(municipality.getCode());
        ServiceArea latest = areas.isEmpty() ? null : areas.get(areas.size() - 1);
        if (from != null && latest != null) {
            if (!from.isAfter(latest.getValidFrom())) {
                problems.add(Reason.of("serviceArea.from.beforeLatest", latest.getValidFrom()));
            } else if (latest.getValidTo() != null && !from.isAfter(latest.getValidTo())) {
                problems.add(Reason.of("serviceArea.latest.closed", latest.getValidTo()));
            } else if (authority != null
                    && latest.getValidTo() == null
                    && latest.getAuthority().getId().equals(authority.getId())) {
                problems.add(Reason.of("serviceArea.same", authority.getCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (latest != null && latest.getValidTo() == null) {
            latest.endOn(from.minusDays(1));
        }
        em.persist(new ServiceArea(authority, municipality, from));
        audit.record(
                currentUser.username(),
                "SERVICE_AREA_CHANGED",
                "Municipality",
                municipality.getCode(),
                "served by " + authority.getCode() + " from " + from);
        em.flush();
        return areasOf(municipality.getCode()).stream().map(Period::of).toList();
    }

    private List<ServiceArea> areasOf(String municipalityCode) {
        return em.createQuery(
                        "select s from ServiceArea s join fetch s.authority where s.municipality.code = :code"
                                + " order by s.validFrom",
                        ServiceArea.class)
                .setParameter("code", municipalityCode)
                .getResultList();
    }

    /** One period of service. */
    public record Period(AuthorityView authority, LocalDate validFrom, LocalDate validTo) {

        static Period of(ServiceArea area) {
            return new Period(AuthorityView.of(area.getAuthority()), area.getValidFrom(), area.getValidTo());
        }
    }
}
