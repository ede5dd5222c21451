package fi.koto.notification.control;

import fi.koto.access.control.AccessScope;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.reference.control.ScopeFilter;
import fi.koto.reference.entity.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Programmes whose review is overdue on a day: submitted or in review, with the review due date (submission plus
 * {@code KOTO_REVIEW_DUE_DAYS}) before that day. Restricted by {@link ScopeFilter} like every other query, so an
 * official's digest lists exactly what their work queue shows.
 */
@ApplicationScoped
public class OverdueReviews {

    static final EnumSet<ProgrammeStatus> WAITING = EnumSet.of(ProgrammeStatus.SUBMITTED, ProgrammeStatus.IN_REVIEW);

    @PersistenceContext
    EntityManager em;

    /** Oldest due date first. */
    public List<OverdueReview> visibleTo(AccessScope scope, LocalDate day) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Programme.class);
        Root<Programme> p = query.from(Programme.class);
        Subquery<Long> inScope = query.subquery(Long.class);
        Root<Programme> p2 = inScope.from(Programme.class);
        Join<Programme, Municipality> m = p2.join("municipalities");
        inScope.select(p2.get("id")).where(ScopeFilter.municipalityCode(cb, inScope, m.get("code"), scope, day));
        query.select(p)
                .where(
                        p.get("status").in(WAITING),
                        cb.lessThan(p.get("review").<LocalDate>get("reviewDue"), day),
                        p.get("id").in(inScope));
        query.orderBy(cb.asc(p.get("review").get("reviewDue")), cb.asc(p.get("id")));
        return em.createQuery(query).getResultList().stream()
                .map(programme -> new OverdueReview(
                        programme.getId(),
                        programme.getTitle(),
                        MunicipalityNames.of(programme.getMunicipalities()),
                        programme.getStatus().name(),
                        programme.getReview().reviewDue()))
                .toList();
    }
}
