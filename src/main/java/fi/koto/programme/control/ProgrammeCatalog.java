package fi.koto.programme.control;

import fi.koto.access.control.AccessScope;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeEvent;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.programme.entity.SubmittedVersion;
import fi.koto.reference.control.ScopeFilter;
import fi.koto.reference.entity.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scoped queries over programmes, done in the database. A programme is visible when any of its municipalities
 * is in the scope and, for anyone but the municipalities' own coordinators, it is not a private draft (see
 * {@link #notPrivateDraft}); every list, count and single read goes through {@link #visible}.
 */
@ApplicationScoped
public class ProgrammeCatalog {

    @PersistenceContext
    EntityManager em;

    public List<Programme> search(AccessScope scope, ProgrammeSearch search, LocalDate on) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Programme.class);
        Root<Programme> p = query.from(Programme.class);
        query.select(p).where(restriction(cb, query, p, scope, search, on));
        Path<?> sortPath = p;
        for (String part : search.sort().path.split("\\.")) {
            sortPath = sortPath.get(part);
        }
        query.orderBy(search.ascending() ? cb.asc(sortPath) : cb.desc(sortPath), cb.desc(p.get("id")));
        return em.createQuery(query)
                .setFirstResult(search.offset())
                .setMaxResults(search.limit())
                .getResultList();
    }

    public long count(AccessScope scope, ProgrammeSearch search, LocalDate on) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<Programme> p = query.from(Programme.class);
        query.select(cb.count(p)).where(restriction(cb, query, p, scope, search, on));
        return em.createQuery(query).getSingleResult();
    }

    /** The programme when it exists and is in scope; locked for update when {@code lock} is set. */
    public Optional<Programme> find(AccessScope scope, long id, LocalDate on, boolean lock) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<Programme> p = query.from(Programme.class);
        query.select(p.get("id")).where(cb.equal(p.get("id"), id), visible(cb, query, p, scope, on));
        if (em.createQuery(query).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                lock ? em.find(Programme.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Programme.class, id));
    }

    /** The timeline, oldest first. */
    public List<ProgrammeEvent> history(Programme programme) {
        return em.createQuery(
                        "select e from ProgrammeEvent e where e.programme = :p order by e.at, e.id",
                        ProgrammeEvent.class)
                .setParameter("p", programme)
                .getResultList();
    }

    /** The submitted versions, oldest first. */
    public List<SubmittedVersion> versions(Programme programme) {
        return em.createQuery(
                        "select v from SubmittedVersion v where v.programme = :p order by v.round",
                        SubmittedVersion.class)
                .setParameter("p", programme)
                .getResultList();
    }

    public Optional<SubmittedVersion> version(Programme programme, int round) {
        return em.createQuery(
                        "select v from SubmittedVersion v where v.programme = :p and v.round = :round",
                        SubmittedVersion.class)
                .setParameter("p", programme)
                .setParameter("round", round)
                .getResultStream()
                .findFirst();
    }

    /**
     * The other accepted programmes still waiting for adoption for exactly the same municipalities: the ones a new
     * acceptance supersedes.
     */
    public List<Programme> approvedFor(Programme programme) {
        return otherFor(programme, List.of(ProgrammeStatus.APPROVED));
    }

    /**
     * The other programmes for exactly the same municipalities that are accepted or in force: the ones a new
     * adoption supersedes.
     */
    public List<Programme> acceptedOrInForceFor(Programme programme) {
        return otherFor(programme, List.of(ProgrammeStatus.APPROVED, ProgrammeStatus.ADOPTED));
    }

    private List<Programme> otherFor(Programme programme, List<ProgrammeStatus> statuses) {
        Set<String> codes = programme.municipalityCodes();
        List<Programme> result = new ArrayList<>();
        em
                .createQuery(
                        "select distinct p from Programme p join p.municipalities m where p.status in :statuses"
                                + " and p.id <> :id and m.code in :codes",
                        Programme.class)
                .setParameter("statuses", statuses)
                .setParameter("id", programme.getId())
                .setParameter("codes", codes)
                .getResultList()
                .stream()
                .filter(other -> other.municipalityCodes().equals(codes))
                .forEach(result::add);
        return result;
    }

    private static Predicate restriction(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Programme> p,
            AccessScope scope,
            ProgrammeSearch search,
            LocalDate on) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(visible(cb, query, p, scope, on));
        if (search.status() != null) {
            predicates.add(cb.equal(p.get("status"), search.status()));
        }
        if (search.municipalityCode() != null) {
            Subquery<Long> of = query.subquery(Long.class);
            Root<Programme> p2 = of.from(Programme.class);
            Join<Programme, Municipality> m = p2.join("municipalities");
            of.select(p2.get("id")).where(cb.equal(m.get("code"), search.municipalityCode()));
            predicates.add(p.get("id").in(of));
        }
        return cb.and(predicates.toArray(new Predicate[0]));
    }

    /**
     * The privacy of drafts, in one place (issue 16 item 5; docs/domain.md "Sharing drafts for guidance"): a draft
     * is private to its municipalities until their coordinator shares it with the regional authority for guidance
     * or submits it. Only a scope of municipalities (their coordinators) sees private drafts; officials, managers
     * and administrators do not, so they neither find, list nor count them. Every other state is unaffected.
     * Report snapshots use the same rule on the flag they captured ({@code SnapshotFigures}).
     *
     * @param status the programme's state
     * @param shared whether it is shared for guidance
     */
    public static Predicate notPrivateDraft(
            CriteriaBuilder cb, Expression<ProgrammeStatus> status, Predicate shared, AccessScope scope) {
        if (scope.kind() == AccessScope.Kind.MUNICIPALITIES) {
            return cb.conjunction();
        }
        return cb.or(cb.notEqual(status, ProgrammeStatus.DRAFT), shared);
    }

    /** Any of the programme's municipalities is in the scope, and it is not a draft private to others. */
    private static Predicate visible(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<Programme> p, AccessScope scope, LocalDate on) {
        Predicate privacy = notPrivateDraft(
                cb, p.get("status"), cb.isNotNull(p.get("sharing").get("sharedAt")), scope);
        if (scope.kind() == AccessScope.Kind.ALL) {
            return privacy;
        }
        Subquery<Long> inScope = query.subquery(Long.class);
        Root<Programme> p2 = inScope.from(Programme.class);
        Join<Programme, Municipality> m = p2.join("municipalities");
        inScope.select(p2.get("id")).where(ScopeFilter.municipalityCode(cb, inScope, m.get("code"), scope, on));
        return cb.and(p.get("id").in(inScope), privacy);
    }
}
