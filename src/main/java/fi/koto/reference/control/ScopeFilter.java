package fi.koto.reference.control;

import fi.koto.access.control.AccessScope;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.ServiceArea;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;

/**
 * The access-scope predicate, in one place. Give it the path to a municipality code in any query (a list, a
 * count, an export, a batch job) and it restricts the rows to what the scope allows. An official sees the
 * municipalities their authority serves on the given date (today, for live data).
 */
public final class ScopeFilter {

    private ScopeFilter() {}

    /** Restricts rows whose municipality code is {@code municipalityCode} to the scope. */
    public static Predicate municipalityCode(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Expression<String> municipalityCode,
            AccessScope scope,
            LocalDate on) {
        return switch (scope.kind()) {
            case ALL -> cb.conjunction();
            case NONE -> cb.disjunction();
            case MUNICIPALITIES -> municipalityCode.in(scope.municipalityCodes());
            case AUTHORITY -> cb.exists(servedBy(cb, query, municipalityCode, scope.authorityId(), on));
        };
    }

    /** Restricts rows that are municipalities themselves. */
    public static Predicate municipality(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Path<Municipality> municipality,
            AccessScope scope,
            LocalDate on) {
        return municipalityCode(cb, query, municipality.get("code"), scope, on);
    }

    /**
     * Restricts rows that one authority owns and that concern one municipality, such as the requests of an annual
     * places round: officials see those their own authority owns (also for a municipality another authority
     * serves by now, since the round stays with the authority that sent it), coordinators those of their
     * municipalities, whoever owns them.
     */
    public static Predicate authorityRecord(
            CriteriaBuilder cb, Expression<Long> authorityId, Expression<String> municipalityCode, AccessScope scope) {
        return switch (scope.kind()) {
            case ALL -> cb.conjunction();
            case NONE -> cb.disjunction();
            case MUNICIPALITIES -> municipalityCode.in(scope.municipalityCodes());
            case AUTHORITY -> cb.equal(authorityId, scope.authorityId());
        };
    }

    private static Subquery<Long> servedBy(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Expression<String> municipalityCode,
            long authorityId,
            LocalDate on) {
        Subquery<Long> served = query.subquery(Long.class);
        Root<ServiceArea> area = served.from(ServiceArea.class);
        served.select(area.get("id"))
                .where(
                        cb.equal(area.get("municipality").get("code"), municipalityCode),
                        cb.equal(area.get("authority").get("id"), authorityId),
                        cb.lessThanOrEqualTo(area.<LocalDate>get("validFrom"), on),
                        cb.or(
                                cb.isNull(area.get("validTo")),
                                cb.greaterThanOrEqualTo(area.<LocalDate>get("validTo"), on)));
        return served;
    }
}
