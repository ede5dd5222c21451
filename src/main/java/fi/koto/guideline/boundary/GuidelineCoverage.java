package fi.koto.guideline.boundary;

import fi.koto.access.control.Permission;
import fi.koto.guideline.boundary.GuidelineJson.Authority;
import fi.koto.guideline.control.GuidelineCatalog;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The authorities' dashboard card: for every authority that exists today, whether its area has a guideline in
 * force, one that ends within {@link #EXPIRING_DAYS} days, or none. Published data, the same for every reader.
 */
@Stateless
public class GuidelineCoverage {

    public static final int EXPIRING_DAYS = 30;

    public enum State {
        IN_FORCE,
        EXPIRING,
        NONE
    }

    public record Area(
            Authority authority, String state, Long guidelineId, LocalDate lastDay, Long daysLeft, Long successorId)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    GuidelineCatalog catalog;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.GUIDELINE_READ)
    public List<Area> areas(String language) {
        LocalDate today = LocalDate.now(clock);
        List<WorkPermitGuideline> published = catalog.published();
        return em
                .createQuery(
                        "select a from RegionalAuthority a where a.validFrom <= :today"
                                + " and (a.validTo is null or a.validTo >= :today) order by a.code",
                        RegionalAuthority.class)
                .setParameter("today", today)
                .getResultList()
                .stream()
                .map(a -> area(a, published, today, language))
                .toList();
    }

    private static Area area(
            RegionalAuthority a, List<WorkPermitGuideline> published, LocalDate today, String language) {
        Authority authority = Authority.of(a, language);
        Optional<WorkPermitGuideline> inForce = published.stream()
                .filter(g -> g.participates(a.getId()) && g.inForceOn(today))
                .findFirst();
        if (inForce.isEmpty()) {
            return new Area(authority, State.NONE.name(), null, null, null, null);
        }
        WorkPermitGuideline g = inForce.get();
        long daysLeft = ChronoUnit.DAYS.between(today, g.lastDay());
        Long successor = published.stream()
                .filter(n -> n.participates(a.getId())
                        && n.getEffectiveOn() != null
                        && n.getEffectiveOn().isAfter(today))
                .map(WorkPermitGuideline::getId)
                .findFirst()
                .orElse(null);
        State state = daysLeft <= EXPIRING_DAYS && successor == null ? State.EXPIRING : State.IN_FORCE;
        return new Area(authority, state.name(), g.getId(), g.lastDay(), daysLeft, successor);
    }
}
