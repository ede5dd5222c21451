package fi.koto.placement.control;

import fi.koto.access.control.AccessScope;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.entity.CompensationOneOff;
import fi.koto.placement.entity.CompensationPeriod;
import fi.koto.placement.entity.CompensationRate;
import fi.koto.placement.entity.CompensationTransition;
import fi.koto.placement.entity.RealisedPlacement;
import fi.koto.reference.control.ScopeFilter;
import fi.koto.reference.entity.RegionalAuthority;
import fi.koto.reference.entity.ServiceArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads of realised placements, each restricted by the caller's scope, and of the compensation tables. */
@ApplicationScoped
public class PlacementRegister {

    @PersistenceContext
    EntityManager em;

    /** Realised rows in scope whose month lies between {@code from} and {@code to} (inclusive). */
    public List<RealisedPlacement> realised(
            YearMonth from, YearMonth to, String municipalityCode, AccessScope scope, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<RealisedPlacement> q = cb.createQuery(RealisedPlacement.class);
        Root<RealisedPlacement> r = q.from(RealisedPlacement.class);
        var where = cb.and(
                cb.between(r.<LocalDate>get("month"), from.atDay(1), to.atDay(1)),
                ScopeFilter.municipalityCode(cb, q, r.get("municipalityCode"), scope, today));
        if (municipalityCode != null) {
            where = cb.and(where, cb.equal(r.get("municipalityCode"), municipalityCode));
        }
        q.select(r).where(where).orderBy(cb.asc(r.get("month")), cb.asc(r.get("id")));
        return em.createQuery(q).getResultList();
    }

    /** Persons per municipality, target group and way of settling, summed over a period. */
    public record RealisedSum(String municipalityCode, TargetGroup group, boolean selfSettled, int persons) {}

    /**
     * Realised persons in scope whose month lies between {@code from} and {@code to} (inclusive), summed in the
     * database per municipality, group and way of settling: a national year is a few thousand sums rather than
     * tens of thousands of rows loaded as entities.
     */
    public List<RealisedSum> realisedSums(
            YearMonth from, YearMonth to, String municipalityCode, AccessScope scope, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<RealisedPlacement> r = q.from(RealisedPlacement.class);
        var where = cb.and(
                cb.between(r.<LocalDate>get("month"), from.atDay(1), to.atDay(1)),
                ScopeFilter.municipalityCode(cb, q, r.get("municipalityCode"), scope, today));
        if (municipalityCode != null) {
            where = cb.and(where, cb.equal(r.get("municipalityCode"), municipalityCode));
        }
        q.multiselect(
                        r.get("municipalityCode"),
                        r.get("targetGroup"),
                        r.get("selfSettled"),
                        cb.sum(r.<Integer>get("persons")))
                .where(where)
                .groupBy(r.get("municipalityCode"), r.get("targetGroup"), r.get("selfSettled"));
        List<RealisedSum> sums = new ArrayList<>();
        for (Object[] row : em.createQuery(q).getResultList()) {
            sums.add(new RealisedSum(
                    (String) row[0], (TargetGroup) row[1], Boolean.TRUE.equals(row[2]), ((Number) row[3]).intValue()));
        }
        return sums;
    }

    /** One page of realised rows in scope, sorted in the database (ties by municipality, month and id). */
    public List<RealisedPlacement> search(PlacementSearch search, AccessScope scope, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<RealisedPlacement> q = cb.createQuery(RealisedPlacement.class);
        Root<RealisedPlacement> r = q.from(RealisedPlacement.class);
        var sortPath = r.get(search.sort().path);
        q.select(r)
                .where(restriction(cb, q, r, search, scope, today))
                .orderBy(
                        search.ascending() ? cb.asc(sortPath) : cb.desc(sortPath),
                        cb.asc(r.get("municipalityCode")),
                        cb.asc(r.get("month")),
                        cb.asc(r.get("id")));
        return em.createQuery(q)
                .setFirstResult(search.offset())
                .setMaxResults(search.limit())
                .getResultList();
    }

    public long count(PlacementSearch search, AccessScope scope, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<RealisedPlacement> r = q.from(RealisedPlacement.class);
        q.select(cb.count(r)).where(restriction(cb, q, r, search, scope, today));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate restriction(
            CriteriaBuilder cb,
            AbstractQuery<?> q,
            Root<RealisedPlacement> r,
            PlacementSearch search,
            AccessScope scope,
            LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        where.add(ScopeFilter.municipalityCode(cb, q, r.get("municipalityCode"), scope, today));
        if (search.year() != null) {
            where.add(cb.between(
                    r.<LocalDate>get("month"), LocalDate.of(search.year(), 1, 1), LocalDate.of(search.year(), 12, 1)));
        }
        if (search.municipalityCode() != null) {
            where.add(cb.equal(r.get("municipalityCode"), search.municipalityCode()));
        }
        return cb.and(where.toArray(Predicate[]::new));
    }

    /** The authority serving each of these municipalities on {@code day}; Åland's municipalities have none. */
    public Map<String, RegionalAuthority> servingAuthorities(Set<String> codes, LocalDate day) {
        Map<String, RegionalAuthority> serving = new HashMap<>();
        if (codes.isEmpty()) {
            return serving;
        }
        em.createQuery(
                        "select s from ServiceArea s join fetch s.authority where s.municipality.code in :codes"
                                + " and s.validFrom <= :day and (s.validTo is null or s.validTo >= :day)",
                        ServiceArea.class)
                .setParameter("codes", codes)
                .setParameter("day", day)
                .getResultList()
                .forEach(s -> serving.put(s.getMunicipality().getCode(), s.getAuthority()));
        return serving;
    }

    /** The row with this key, for an upsert; the caller has checked the scope. */
    public Optional<RealisedPlacement> row(
            String municipalityCode, YearMonth month, TargetGroup group, boolean selfSettled) {
        return em.createQuery(
                        "select r from RealisedPlacement r where r.municipalityCode = :m and r.month = :month"
                                + " and r.targetGroup = :g and r.selfSettled = :s",
                        RealisedPlacement.class)
                .setParameter("m", municipalityCode)
                .setParameter("month", month.atDay(1))
                .setParameter("g", group)
                .setParameter("s", selfSettled)
                .getResultStream()
                .findFirst();
    }

    /** Codes of the municipalities the authority with this code serves on {@code day}. */
    public Set<String> servedBy(String authorityCode, LocalDate day) {
        return Set.copyOf(em.createQuery(
                        "select s.municipality.code from ServiceArea s where s.authority.code = :code"
                                + " and s.validFrom <= :day and (s.validTo is null or s.validTo >= :day)",
                        String.class)
                .setParameter("code", authorityCode)
                .setParameter("day", day)
                .getResultList());
    }

    /** The calculator over the dated tables: rates, periods, the transitional rule and the old law's one-offs. */
    public CompensationCalculator calculator() {
        List<CompensationCalculator.Rate> rates = em.createQuery(
                        "select r from CompensationRate r order by r.validFrom, r.id", CompensationRate.class)
                .getResultStream()
                .map(r -> new CompensationCalculator.Rate(
                        r.getTargetGroup(),
                        r.getAgeBand(),
                        r.getRecipient(),
                        r.getAnnualAmount(),
                        r.getValidFrom(),
                        r.getValidTo(),
                        r.getSource()))
                .toList();
        List<CompensationCalculator.Period> periods = em.createQuery(
                        "select p from CompensationPeriod p order by p.validFrom, p.id", CompensationPeriod.class)
                .getResultStream()
                .map(p -> new CompensationCalculator.Period(
                        p.getTargetGroup(), p.getYears(), p.getValidFrom(), p.getValidTo(), p.getSource()))
                .toList();
        List<CompensationCalculator.Transition> transitions = em.createQuery(
                        "select t from CompensationTransition t order by t.validFrom", CompensationTransition.class)
                .getResultStream()
                .map(t -> new CompensationCalculator.Transition(
                        t.getValidFrom(), t.getMode(), t.getSource(), t.isVerified()))
                .toList();
        List<CompensationCalculator.OneOff> initialAssessments = em.createQuery(
                        "select o from CompensationOneOff o where o.kind = :kind order by o.validFrom",
                        CompensationOneOff.class)
                .setParameter("kind", CompensationOneOff.INITIAL_ASSESSMENT)
                .getResultStream()
                .map(o -> new CompensationCalculator.OneOff(
                        o.getAmount(), o.getValidFrom(), o.getValidTo(), o.getSource()))
                .toList();
        return new CompensationCalculator(rates, periods, transitions, initialAssessments);
    }
}
