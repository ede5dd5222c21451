package fi.koto.placement.control;

import fi.koto.access.control.AccessScope;
import fi.koto.audit.control.AuditTrail;
import fi.koto.identity.entity.UserAccount;
import fi.koto.placement.entity.PlacementImport;
import fi.koto.placement.entity.PlacementImportError;
import fi.koto.platform.cluster.InterruptedJobRule;
import fi.koto.platform.cluster.JobOwnership;
import fi.koto.platform.failure.Reason;
import fi.koto.reference.control.ScopeFilter;
import fi.koto.reference.entity.Municipality;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every database access of a placement import. Each call of the job runs in a transaction of its own, apart from
 * the chunk transaction of the batch runtime (whose job repository may live in another database): a chunk's rows,
 * its rejections and its counters commit together, and a chunk done again after a restart skips the lines already
 * written, so nothing is counted twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PlacementImportStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlacementUpsert upsert;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    JobOwnership ownership;

    public long create(String importer, String mediaType, byte[] content) {
        var entry =
                new PlacementImport(importer, mediaType, content.length, OffsetDateTime.now(clock), ownership.runner());
        em.persist(entry);
        em.flush();
        // apart from the row the job updates after every chunk (V23)
        em.createNativeQuery("insert into placement_import_file (import_id, content) values (?, ?)")
                .setParameter(1, entry.getId())
                .setParameter(2, content)
                .executeUpdate();
        audit.record(
                importer,
                "PLACEMENT_IMPORT_STARTED",
                "PlacementImport",
                String.valueOf(entry.getId()),
                mediaType + ", " + content.length + " bytes");
        return entry.getId();
    }

    public void jobStarted(long importId, long executionId) {
        em.createQuery("update PlacementImport i set i.jobExecutionId = :e where i.id = :id")
                .setParameter("e", executionId)
                .setParameter("id", importId)
                .executeUpdate();
    }

    /** Marks a stopped or failed import as running again before its job is restarted. */
    public void restarting(long importId, String actor) {
        PlacementImport entry = em.find(PlacementImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        entry.restarting(ownership.runner(), OffsetDateTime.now(clock));
        audit.record(
                actor,
                "PLACEMENT_IMPORT_RESTARTED",
                "PlacementImport",
                String.valueOf(importId),
                entry.getRowsProcessed() + " rows already processed, on " + ownership.runner());
    }

    /** The imports whose table says their job is running (STARTED), for the crash recovery at start-up. */
    public List<Long> running() {
        return em.createQuery("select i.id from PlacementImport i where i.status = :s", Long.class)
                .setParameter("s", PlacementImport.Status.STARTED.name())
                .getResultList();
    }

    /**
     * Marks the import failed as interrupted when the rule says its job was left behind by a dead process; what
     * its chunks wrote stays (each chunk committed its rows with its counters). The reason, or empty when the
     * import is not (or no longer) such a one.
     */
    public Optional<String> failIfAbandoned(long importId, InterruptedJobRule rule) {
        PlacementImport entry = em.find(PlacementImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (entry == null
                || entry.getStatus() != PlacementImport.Status.STARTED
                || !rule.abandoned(entry.getInstance(), entry.lastSign(), now)) {
            return Optional.empty();
        }
        String reason = rule.reason(entry.getInstance(), entry.lastSign(), now);
        entry.interrupted(OffsetDateTime.now(clock));
        audit.record(
                "system",
                "PLACEMENT_IMPORT_INTERRUPTED",
                "PlacementImport",
                String.valueOf(importId),
                JobOwnership.INTERRUPTED + " (" + reason + "); " + entry.getAccepted() + " accepted, "
                        + entry.getRejected() + " rejected of " + entry.getRowsProcessed()
                        + " rows before it stopped, last line " + entry.getLastLine());
        return Optional.of(reason);
    }

    public byte[] content(long importId) {
        Object content = em.createNativeQuery("select content from placement_import_file where import_id = ?")
                .setParameter(1, importId)
                .getSingleResult();
        return (byte[]) content;
    }

    public Optional<PlacementImport> find(long importId) {
        return Optional.ofNullable(em.find(PlacementImport.class, importId));
    }

    /** The row check of an importer: the municipalities that exist and those in the importer's scope today. */
    public PlacementRowCheck rowCheck(String importer) {
        LocalDate today = LocalDate.now(clock);
        AccessScope scope = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", importer)
                .getResultStream()
                .findFirst()
                .map(UserAccount::accessScope)
                .orElse(AccessScope.none());
        Set<String> existing = new HashSet<>(em.createQuery("select m.code from Municipality m", String.class)
                .getResultList());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<Municipality> m = q.from(Municipality.class);
        q.select(m.get("code")).where(ScopeFilter.municipality(cb, q, m, scope, today));
        Set<String> inScope = new HashSet<>(em.createQuery(q).getResultList());
        return new PlacementRowCheck(existing, inScope, YearMonth.now(clock));
    }

    public void total(long importId, int rows) {
        PlacementImport entry = em.find(PlacementImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        entry.total(rows, OffsetDateTime.now(clock));
    }

    /** Writes one chunk: the accepted rows as upserts, the reasons of the rejected ones, and the counters. */
    public void write(long importId, List<PlacementRowCheck.Outcome> outcomes) {
        PlacementImport entry = em.find(PlacementImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        int done = entry.getLastLine();
        int rows = 0;
        int accepted = 0;
        int rejected = 0;
        int last = done;
        for (PlacementRowCheck.Outcome outcome : outcomes) {
            if (outcome.line() <= done) {
                continue; // written before a restart
            }
            rows++;
            last = Math.max(last, outcome.line());
            if (outcome.accepted()) {
                var row = outcome.row();
                upsert.upsert(
                        row.municipalityCode(),
                        row.month(),
                        row.group(),
                        row.selfSettled(),
                        row.persons(),
                        row.under7());
                accepted++;
            } else {
                rejected++;
                for (Reason reason : outcome.reasons()) {
                    em.persist(new PlacementImportError(importId, outcome.line(), reason.key(), reason.args()));
                }
            }
        }
        if (rows > 0) {
            entry.chunkWritten(last, rows, accepted, rejected, OffsetDateTime.now(clock));
        }
    }

    public void finished(long importId, PlacementImport.Status status) {
        PlacementImport entry = em.find(PlacementImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        entry.finished(status, OffsetDateTime.now(clock));
        audit.record(
                entry.getImporter(),
                "PLACEMENT_IMPORT_" + status.name(),
                "PlacementImport",
                String.valueOf(importId),
                entry.getAccepted() + " accepted, " + entry.getRejected() + " rejected of " + entry.getRowsProcessed()
                        + " rows");
    }

    /** The latest imports, newest first: one importer's, or everyone's when {@code importer} is null. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PlacementImport> recent(String importer, int limit) {
        // two queries rather than ":importer is null", whose parameter type PostgreSQL cannot infer
        var query = importer == null
                ? em.createQuery(
                        "select i from PlacementImport i order by i.createdAt desc, i.id desc", PlacementImport.class)
                : em.createQuery(
                                "select i from PlacementImport i where i.importer = :importer"
                                        + " order by i.createdAt desc, i.id desc",
                                PlacementImport.class)
                        .setParameter("importer", importer);
        return query.setMaxResults(limit).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PlacementImportError> errors(long importId, int limit) {
        return em.createQuery(
                        "select e from PlacementImportError e where e.importId = :id order by e.line, e.id",
                        PlacementImportError.class)
                .setParameter("id", importId)
                .setMaxResults(limit)
                .getResultList();
    }
}
