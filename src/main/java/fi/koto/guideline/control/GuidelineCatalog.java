package fi.koto.guideline.control;

import fi.koto.access.control.AccessScope;
import fi.koto.guideline.entity.GuidelineEvent;
import fi.koto.guideline.entity.GuidelineStatus;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scoped queries over work-permit guidelines, the one place that says who sees which: everyone (signed in or not)
 * sees the published ones (decided and after); an official also those in preparation that their own authority
 * takes part in; a coordinator also those in preparation by an authority serving one of their municipalities
 * today (their employment services are heard); managers and administrators all. Pages, REST, the public API,
 * the dashboard, the report and the lifecycle run all read through here.
 */
@ApplicationScoped
public class GuidelineCatalog {

    @PersistenceContext
    EntityManager em;

    /** The visible guidelines, optionally of one authority, newest period first. */
    public List<WorkPermitGuideline> search(AccessScope scope, Long authorityId, LocalDate on) {
        String jpql = "select g from WorkPermitGuideline g where " + visible(scope)
                + (authorityId == null
                        ? ""
                        : " and exists (select g3.id from WorkPermitGuideline g3 join g3.authorities a3"
                                + " where g3 = g and a3.id = :authorityId)")
                + " order by g.validFrom desc, g.id desc";
        TypedQuery<WorkPermitGuideline> query = em.createQuery(jpql, WorkPermitGuideline.class);
        bind(query, scope, on);
        if (authorityId != null) {
            query.setParameter("authorityId", authorityId);
        }
        return query.getResultList();
    }

    /** The guideline when it exists and is visible; locked for update when {@code lock} is set. */
    public Optional<WorkPermitGuideline> find(AccessScope scope, long id, LocalDate on, boolean lock) {
        TypedQuery<Long> query = em.createQuery(
                "select g.id from WorkPermitGuideline g where g.id = :id and " + visible(scope), Long.class);
        query.setParameter("id", id);
        bind(query, scope, on);
        if (query.getResultList().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                lock
                        ? em.find(WorkPermitGuideline.class, id, LockModeType.PESSIMISTIC_WRITE)
                        : em.find(WorkPermitGuideline.class, id));
    }

    /** The published guidelines (for everyone), newest period first. */
    public List<WorkPermitGuideline> published() {
        return search(AccessScope.none(), null, LocalDate.now());
    }

    /** The published guidelines in force on the day, by their dates. */
    public List<WorkPermitGuideline> inForceOn(LocalDate day) {
        return published().stream().filter(g -> g.inForceOn(day)).toList();
    }

    /** The guideline in force on the day for the authority, if any. */
    public Optional<WorkPermitGuideline> inForceFor(long authorityId, LocalDate day) {
        return inForceOn(day).stream()
                .filter(g -> g.participates(authorityId))
                .max(Comparator.comparing(WorkPermitGuideline::getEffectiveOn));
    }

    /** The regional authorities that exist on the day, by code: the areas a guideline can be in force for. */
    public List<RegionalAuthority> authoritiesOn(LocalDate day) {
        return em.createQuery(
                        "select a from RegionalAuthority a where a.validFrom <= :day"
                                + " and (a.validTo is null or a.validTo >= :day) order by a.code",
                        RegionalAuthority.class)
                .setParameter("day", day)
                .getResultList();
    }

    /** Guidelines in the states, for the lifecycle run (no scope: the system acts). */
    public List<WorkPermitGuideline> inState(Collection<GuidelineStatus> states) {
        return em.createQuery(
                        "select g from WorkPermitGuideline g where g.status in :states order by g.id",
                        WorkPermitGuideline.class)
                .setParameter("states", states)
                .getResultList();
    }

    /**
     * The other guidelines of any of the authorities whose periods overlap the period, still in preparation,
     * decided or in force: a new period for an area must not overlap them. Not counted: a guideline in force (or
     * decided) that takes effect before {@code from}, because this one supersedes it on its effective day.
     */
    public List<WorkPermitGuideline> overlapping(Long exceptId, Set<Long> authorityIds, LocalDate from, LocalDate to) {
        if (authorityIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select distinct g from WorkPermitGuideline g join g.authorities a where a.id in :authorities"
                                + " and g.status in :open and g.validFrom <= :to and g.validTo >= :from",
                        WorkPermitGuideline.class)
                .setParameter("authorities", authorityIds)
                .setParameter(
                        "open",
                        Set.of(
                                GuidelineStatus.DRAFT,
                                GuidelineStatus.IN_CONSULTATION,
                                GuidelineStatus.DECIDED,
                                GuidelineStatus.IN_FORCE))
                .setParameter("to", to)
                .setParameter("from", from)
                .getResultList()
                .stream()
                .filter(g -> !g.getId().equals(exceptId))
                .filter(g -> !(g.getStatus().isPublished()
                        && g.getEffectiveOn() != null
                        && g.getEffectiveOn().isBefore(from)))
                .filter(g -> !g.lastDay().isBefore(from))
                .toList();
    }

    /** The guidelines a guideline taking effect on the day supersedes: in force (or decided) for a shared authority. */
    public List<WorkPermitGuideline> supersededBy(WorkPermitGuideline successor) {
        LocalDate day = successor.getEffectiveOn();
        return inState(Set.of(GuidelineStatus.IN_FORCE, GuidelineStatus.DECIDED)).stream()
                .filter(g -> !g.getId().equals(successor.getId()))
                .filter(g -> g.authorityIds().stream().anyMatch(successor.authorityIds()::contains))
                .filter(g -> g.getEffectiveOn() != null && g.getEffectiveOn().isBefore(day))
                .filter(g -> !g.lastDay().isBefore(day))
                .toList();
    }

    /** The timeline, oldest first. */
    public List<GuidelineEvent> history(WorkPermitGuideline guideline) {
        return em.createQuery(
                        "select e from GuidelineEvent e where e.guideline = :g order by e.at, e.id",
                        GuidelineEvent.class)
                .setParameter("g", guideline)
                .getResultList();
    }

    private static String visible(AccessScope scope) {
        return switch (scope.kind()) {
            case ALL -> "1 = 1";
            case NONE -> "g.status in :published";
            case AUTHORITY ->
                "(g.status in :published or exists (select g2.id from WorkPermitGuideline g2 join g2.authorities a2"
                        + " where g2 = g and a2.id = :scopeAuthority))";
            case MUNICIPALITIES ->
                "(g.status in :published or exists (select g2.id from WorkPermitGuideline g2 join g2.authorities a2,"
                        + " ServiceArea s where g2 = g and s.authority = a2 and s.municipality.code in :scopeCodes"
                        + " and s.validFrom <= :on and (s.validTo is null or s.validTo >= :on)))";
        };
    }

    private static void bind(TypedQuery<?> query, AccessScope scope, LocalDate on) {
        switch (scope.kind()) {
            case ALL -> {}
            case NONE -> query.setParameter("published", GuidelineStatus.PUBLISHED);
            case AUTHORITY -> {
                query.setParameter("published", GuidelineStatus.PUBLISHED);
                query.setParameter("scopeAuthority", scope.authorityId());
            }
            case MUNICIPALITIES -> {
                query.setParameter("published", GuidelineStatus.PUBLISHED);
                query.setParameter("scopeCodes", scope.municipalityCodes());
                query.setParameter("on", on);
            }
        }
    }

    /**
     * The first day of the unbroken run of guidelines of the authority that list the occupation, ending with
     * {@code current}: walks back while the previous guideline ended the day before the later one took effect.
     */
    public static LocalDate exemptSince(
            List<WorkPermitGuideline> published, WorkPermitGuideline current, long authorityId, String code) {
        List<WorkPermitGuideline> ofArea = published.stream()
                .filter(g -> g.participates(authorityId) && g.getEffectiveOn() != null)
                .sorted(Comparator.comparing(WorkPermitGuideline::getEffectiveOn)
                        .reversed())
                .toList();
        LocalDate since = current.getEffectiveOn();
        for (WorkPermitGuideline g : ofArea) {
            if (!g.getEffectiveOn().isBefore(since)) {
                continue;
            }
            boolean adjoins = !g.lastDay().plusDays(1).isBefore(since);
            if (!adjoins || g.occupation(code).isEmpty()) {
                break;
            }
            since = g.getEffectiveOn();
        }
        return since;
    }
}
