package fi.koto.report.control;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.reference.control.ScopeFilter;
import fi.koto.report.entity.SnapshotPlacement;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Reads a snapshot's placement rows on a thread of its own: one page of the monthly rows, so that the next page of
 * the largest section is read while the report writes the previous one (the reading was a third of the writing
 * thread's time for the national year's report), and the totals of a period, read while the report sets up its
 * writer. An enterprise bean rather than a task on an executor: its call
 * gets an entity manager of its own that the container opens and closes (see {@code ReportBatchlet} on the
 * closed entity manager found in a pool thread otherwise). Reads only, without a transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SnapshotPages {

    @PersistenceContext
    EntityManager em;

    /**
     * The monthly rows (code, group, self-settled, persons, under 7, month) from municipality {@code first} on
     * (all when null), at most {@code limit}, in the primary key's order; within the reader's scope.
     */
    @Asynchronous
    public Future<List<Tuple>> monthRows(ReportContext c, YearMonth from, YearMonth to, String first, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<SnapshotPlacement> p = q.from(SnapshotPlacement.class);
        Expression<String> code = p.get("municipalityCode");
        Expression<LocalDate> month = p.get("month");
        List<Predicate> where = new ArrayList<>(List.of(
                cb.equal(p.get("snapshotId"), c.snapshotId()),
                cb.between(month, from.atDay(1), to.atDay(1)),
                ScopeFilter.municipalityCode(cb, q, code, c.scope(), c.scopeDate())));
        if (first != null) {
            where.add(cb.greaterThanOrEqualTo(code, first));
        }
        // the order of the primary key, snapshot first (one snapshot is read, so it does not change the order):
        // the database then reads the rows in its index's order instead of sorting them
        q.multiselect(code, p.get("targetGroup"), p.get("selfSettled"), p.get("persons"), p.get("under7"), month)
                .where(where.toArray(Predicate[]::new))
                .orderBy(
                        cb.asc(p.get("snapshotId")),
                        cb.asc(code),
                        cb.asc(month),
                        cb.asc(p.get("targetGroup")),
                        cb.asc(p.get("selfSettled")));
        return new AsyncResult<>(em.createQuery(q).setMaxResults(limit).getResultList());
    }

    /**
     * The rows (code, group, self-settled, persons, under 7) of the period summed per municipality, group and
     * self-settled flag, by code, group and flag; within the reader's scope. (Grouped by the flag rather than
     * summed with CASE WHEN: EclipseLink writes a boolean inside CASE as 0 or 1, which H2 refuses to compare with a
     * boolean column.)
     */
    @Asynchronous
    public Future<List<Tuple>> totalRows(ReportContext c, YearMonth from, YearMonth to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<SnapshotPlacement> p = q.from(SnapshotPlacement.class);
        Expression<String> code = p.get("municipalityCode");
        Expression<TargetGroup> group = p.get("targetGroup");
        Expression<Boolean> selfSettled = p.get("selfSettled");
        q.multiselect(code, group, selfSettled, cb.sum(p.get("persons")), cb.sum(p.get("under7")))
                .where(
                        cb.equal(p.get("snapshotId"), c.snapshotId()),
                        cb.between(p.get("month"), from.atDay(1), to.atDay(1)),
                        ScopeFilter.municipalityCode(cb, q, code, c.scope(), c.scopeDate()))
                .groupBy(code, group, selfSettled)
                .orderBy(cb.asc(code), cb.asc(group), cb.asc(selfSettled));
        return new AsyncResult<>(em.createQuery(q).getResultList());
    }
}
