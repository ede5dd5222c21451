package fi.koto.agreement.control;

import fi.koto.access.control.AccessScope;
import fi.koto.agreement.entity.ExtraPlacesRequest;
import fi.koto.agreement.entity.ExtraPlacesStatus;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.reference.control.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every read of extra-places requests. They belong to an agreement and are in scope exactly when the agreement's
 * municipality is ({@link ScopeFilter#municipalityCode}), like the agreement itself.
 */
@ApplicationScoped
public class ExtraPlacesRegister {

    @PersistenceContext
    EntityManager em;

    /** Requests in scope, optionally of one agreement and status, newest first. */
    public List<ExtraPlacesRequest> list(
            AccessScope scope, LocalDate today, Long agreementId, ExtraPlacesStatus status) {
        return query(scope, today, null, agreementId, status);
    }

    /** The request, or 404 when it does not exist, lies outside the scope or belongs to another agreement. */
    public ExtraPlacesRequest load(long id, long agreementId, AccessScope scope, LocalDate today) {
        return query(scope, today, id, agreementId, null).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("extraPlaces.notFound", id));
    }

    public Optional<ExtraPlacesRequest> find(long id, AccessScope scope, LocalDate today) {
        return query(scope, today, id, null, null).stream().findFirst();
    }

    /** The extra places a municipality accepted under an agreement for a year, per group. */
    public Map<TargetGroup, Integer> accepted(PlacementAgreement agreement, int year) {
        Map<TargetGroup, Integer> accepted = new EnumMap<>(TargetGroup.class);
        em.createQuery(
                        "select x.targetGroup, sum(x.acceptedPlaces) from ExtraPlacesRequest x"
                                + " where x.agreement = :agreement and x.year = :year and x.status = :answered"
                                + " group by x.targetGroup",
                        Object[].class)
                .setParameter("agreement", agreement)
                .setParameter("year", year)
                .setParameter("answered", ExtraPlacesStatus.ANSWERED)
                .getResultList()
                .forEach(row -> accepted.put((TargetGroup) row[0], ((Number) row[1]).intValue()));
        return accepted;
    }

    private List<ExtraPlacesRequest> query(
            AccessScope scope, LocalDate today, Long id, Long agreementId, ExtraPlacesStatus status) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ExtraPlacesRequest> q = cb.createQuery(ExtraPlacesRequest.class);
        Root<ExtraPlacesRequest> x = q.from(ExtraPlacesRequest.class);
        x.fetch("agreement").fetch("municipality");
        List<Predicate> where = new ArrayList<>();
        where.add(ScopeFilter.municipalityCode(
                cb, q, x.get("agreement").get("municipality").get("code"), scope, today));
        if (id != null) {
            where.add(cb.equal(x.get("id"), id));
        }
        if (agreementId != null) {
            where.add(cb.equal(x.get("agreement").get("id"), agreementId));
        }
        if (status != null) {
            where.add(cb.equal(x.get("status"), status));
        }
        q.select(x).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(x.get("requestedAt")), cb.desc(x.get("id")));
        return em.createQuery(q).setMaxResults(500).getResultList();
    }
}
