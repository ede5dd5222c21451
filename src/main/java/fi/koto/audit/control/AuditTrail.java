package fi.koto.audit.control;

import fi.koto.audit.entity.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The one place where audit records are written. It joins the caller's transaction, so a change and its record
 * commit or roll back together.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public AuditRecord record(String actor, String action, String subjectType, String subjectId, String detail) {
        var entry = new AuditRecord(OffsetDateTime.now(clock), actor, action, subjectType, subjectId, detail);
        em.persist(entry);
        return entry;
    }

    /** The records about one object, oldest first. */
    public List<AuditRecord> about(String subjectType, String subjectId) {
        return em.createQuery(
                        "select a from AuditRecord a where a.subjectType = :type and a.subjectId = :id"
                                + " order by a.at, a.id",
                        AuditRecord.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }

    /** The newest records, newest first, for the administrator's audit view. */
    public List<AuditRecord> latest(int offset, int limit) {
        return em.createQuery("select a from AuditRecord a order by a.at desc, a.id desc", AuditRecord.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
