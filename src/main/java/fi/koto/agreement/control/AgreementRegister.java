package fi.koto.agreement.control;

import fi.koto.access.control.AccessScope;
import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.agreement.entity.AnnualPlaces;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.reference.control.ScopeFilter;
import fi.koto.reference.entity.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every read of agreements and their places, each restricted by the caller's scope through {@link ScopeFilter}:
 * something outside the scope is simply not found, exactly like something that does not exist.
 */
@ApplicationScoped
public class AgreementRegister {

    @PersistenceContext
    EntityManager em;

    public Optional<PlacementAgreement> find(long id, AccessScope scope, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PlacementAgreement> q = cb.createQuery(PlacementAgreement.class);
        Root<PlacementAgreement> a = q.from(PlacementAgreement.class);
        q.select(a)
                .where(
                        cb.equal(a.get("id"), id),
                        ScopeFilter.municipalityCode(
                                cb, q, a.get("municipality").get("code"), scope, today));
        return em.createQuery(q).getResultStream().findFirst();
    }

    /** The agreement, or 404 when it does not exist or lies outside the scope (the two look the same). */
    public PlacementAgreement load(long id, AccessScope scope, LocalDate today) {
        return find(id, scope, today).orElseThrow(() -> new NotFoundException("agreement.notFound", id));
    }

    /** Agreements in scope, optionally of one municipality and status, newest first. */
    public List<PlacementAgreement> list(
            AccessScope scope, LocalDate today, String municipalityCode, AgreementStatus status) {
        return search(
                scope,
                today,
                new AgreementSearch(status, municipalityCode, 0, 1000, AgreementSearch.SortField.CREATED, false),
                1000);
    }

    /** One page of agreements in scope, sorted in the database (ties newest first). */
    public List<PlacementAgreement> search(AccessScope scope, LocalDate today, AgreementSearch search) {
        return search(scope, today, search, search.limit());
    }

    /** How many agreements in scope match the search (for paging). */
    public long count(AccessScope scope, LocalDate today, AgreementSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<PlacementAgreement> a = q.from(PlacementAgreement.class);
        q.select(cb.count(a)).where(restriction(cb, q, a, scope, today, search));
        return em.createQuery(q).getSingleResult();
    }

    private List<PlacementAgreement> search(AccessScope scope, LocalDate today, AgreementSearch search, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PlacementAgreement> q = cb.createQuery(PlacementAgreement.class);
        Root<PlacementAgreement> a = q.from(PlacementAgreement.class);
        Path<?> sortPath = a;
        for (String part : search.sort().path.split("\\.")) {
            sortPath = sortPath.get(part);
        }
        q.select(a)
                .where(restriction(cb, q, a, scope, today, search))
                .orderBy(search.ascending() ? cb.asc(sortPath) : cb.desc(sortPath), cb.desc(a.get("id")));
        return em.createQuery(q)
                .setFirstResult(search.offset())
                .setMaxResults(limit)
                .getResultList();
    }

    private static Predicate restriction(
            CriteriaBuilder cb,
            AbstractQuery<?> q,
            Root<PlacementAgreement> a,
            AccessScope scope,
            LocalDate today,
            AgreementSearch search) {
        List<Predicate> where = new ArrayList<>();
        where.add(ScopeFilter.municipalityCode(cb, q, a.get("municipality").get("code"), scope, today));
        if (search.municipalityCode() != null) {
            where.add(cb.equal(a.get("municipality").get("code"), search.municipalityCode()));
        }
        if (search.status() != null) {
            where.add(cb.equal(a.get("status"), search.status()));
        }
        return cb.and(where.toArray(Predicate[]::new));
    }

    /** The municipality, when it exists and lies in the scope. */
    public Optional<Municipality> municipality(String code, AccessScope scope, LocalDate today) {
        if (code == null) {
            return Optional.empty();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Municipality> q = cb.createQuery(Municipality.class);
        Root<Municipality> m = q.from(Municipality.class);
        q.select(m).where(cb.equal(m.get("code"), code), ScopeFilter.municipality(cb, q, m, scope, today));
        return em.createQuery(q).getResultStream().findFirst();
    }

    /**
     * The places that count as agreed for a year, in scope: those of agreements in force (ACTIVE) and of
     * agreements terminated during or after that year, which were in force for part of it.
     */
    public List<AnnualPlaces> agreedPlaces(int year, AccessScope scope, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AnnualPlaces> q = cb.createQuery(AnnualPlaces.class);
        Root<AnnualPlaces> p = q.from(AnnualPlaces.class);
        // every reader goes on to the agreement's municipality: fetched in the same query, where lazy loading
        // (there is no shared cache) cost two queries per agreement, 578 for a national year
        p.fetch("agreement").fetch("municipality");
        var a = p.get("agreement");
        q.select(p)
                .where(
                        cb.equal(p.get("year"), year),
                        cb.or(
                                cb.equal(a.get("status"), AgreementStatus.ACTIVE),
                                cb.and(
                                        cb.equal(a.get("status"), AgreementStatus.TERMINATED),
                                        cb.greaterThanOrEqualTo(
                                                a.<LocalDate>get("terminatedDate"), LocalDate.of(year, 1, 1)))),
                        ScopeFilter.municipalityCode(
                                cb, q, a.get("municipality").get("code"), scope, today));
        return em.createQuery(q).getResultList();
    }

    public List<AnnualPlaces> places(PlacementAgreement agreement) {
        return em.createQuery("select p from AnnualPlaces p where p.agreement = :a order by p.year", AnnualPlaces.class)
                .setParameter("a", agreement)
                .getResultList();
    }

    public Optional<AnnualPlaces> places(PlacementAgreement agreement, int year) {
        return em.createQuery(
                        "select p from AnnualPlaces p where p.agreement = :a and p.year = :year", AnnualPlaces.class)
                .setParameter("a", agreement)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    public List<AgreementEvent> history(PlacementAgreement agreement) {
        return em.createQuery(
                        "select e from AgreementEvent e where e.agreement = :a order by e.at, e.id",
                        AgreementEvent.class)
                .setParameter("a", agreement)
                .getResultList();
    }
}
