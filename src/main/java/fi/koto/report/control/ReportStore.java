package fi.koto.report.control;

import fi.koto.access.control.AccessScope;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.cluster.InterruptedJobRule;
import fi.koto.platform.cluster.JobOwnership;
import fi.koto.platform.persistence.DataSourceConfiguration;
import fi.koto.report.entity.ReportRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Every database access of report requests. Each call is a transaction of its own, apart from anything the batch
 * runtime runs around the job, so progress is visible to the person polling at once. The file is streamed into
 * and out of a table of its own (report_file, apart from the row the job updates) with plain JDBC, never held
 * whole in memory by the application.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportStore {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReportFinished> finished;

    @Inject
    JobOwnership ownership;

    public long create(ReportRequest request) {
        request.runningOn(ownership.runner(), OffsetDateTime.now(clock));
        em.persist(request);
        em.flush();
        audit.record(
                request.getRequestedBy(),
                "REPORT_REQUESTED",
                "ReportRequest",
                String.valueOf(request.getId()),
                describe(request));
        return request.getId();
    }

    public void jobStarted(long id, long executionId) {
        ReportRequest request = em.find(ReportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        request.jobStarted(executionId);
        request.runningOn(ownership.runner(), OffsetDateTime.now(clock));
    }

    /** The reports whose table says their job is running (STARTED), for the crash recovery at start-up. */
    public List<Long> running() {
        return em.createQuery("select r.id from ReportRequest r where r.status = :s", Long.class)
                .setParameter("s", ReportRequest.Status.STARTED)
                .getResultList();
    }

    /**
     * Marks the report failed as interrupted when the rule says its job was left behind by a dead process (a
     * report is one stream with no checkpoint: it is asked for again). The reason, or empty when the report is not
     * (or no longer) such a one.
     */
    public Optional<String> failIfAbandoned(long id, InterruptedJobRule rule) {
        ReportRequest request = em.find(ReportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (request == null
                || request.getStatus() != ReportRequest.Status.STARTED
                || !rule.abandoned(request.getInstance(), request.lastSign(), now)) {
            return Optional.empty();
        }
        String reason = rule.reason(request.getInstance(), request.lastSign(), now);
        failed(id, JobOwnership.INTERRUPTED + " (" + reason + ")");
        return Optional.of(reason);
    }

    /**
     * The report row as committed now. In a transaction (the caller's, or one of its own): without one, Payara hands
     * out an entity manager kept with the current invocation, and the report job's second step once read the row
     * as its first step had read it, before that step recorded the figures (a failed report: "null PK").
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<ReportRequest> find(long id) {
        return Optional.ofNullable(em.find(ReportRequest.class, id));
    }

    /** Records the report's figures; the report row as it is now, with them, for the job to write from. */
    public ReportRequest figuresReady(long id, long snapshotId, OffsetDateTime asOf, int progress) {
        ReportRequest request = em.find(ReportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        request.figuresReady(snapshotId, asOf, progress);
        request.heartbeat(OffsetDateTime.now(clock));
        return request;
    }

    public void progressed(long id, int progress, long rows) {
        ReportRequest request = em.find(ReportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        request.progressed(progress, rows);
        request.heartbeat(OffsetDateTime.now(clock));
    }

    /** Stores the written file and marks the report completed. */
    public void completed(long id, Path file, String filename, long rows) {
        long size;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement("insert into report_file (report_id, content) values (?, ?)");
                InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            insert.setLong(1, id);
            insert.setBinaryStream(2, in, size);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the file of report " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReportRequest request = em.find(ReportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        request.completed(filename, size, rows, OffsetDateTime.now(clock));
        audit.record(
                request.getRequestedBy(),
                "REPORT_COMPLETED",
                "ReportRequest",
                String.valueOf(id),
                filename + ", " + size + " bytes, " + request.getRowsWritten() + " rows");
        fire(request);
    }

    /** Marks the report failed, once; the reason is kept for the log and the audit trail, not shown to users. */
    public void failed(long id, String reason) {
        ReportRequest request = em.find(ReportRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.getStatus() != ReportRequest.Status.STARTED) {
            return;
        }
        request.failed(reason, OffsetDateTime.now(clock));
        audit.record(request.getRequestedBy(), "REPORT_FAILED", "ReportRequest", String.valueOf(id), reason);
        fire(request);
    }

    /** Copies the stored file to {@code target}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void copyFile(long id, Path target) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select content from report_file where report_id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No report " + id);
                }
                try (InputStream in = rs.getBinaryStream(1)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the file of report " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void downloaded(ReportRequest request, String actor) {
        audit.record(
                actor, "REPORT_DOWNLOADED", "ReportRequest", String.valueOf(request.getId()), request.getFilename());
    }

    /**
     * The reports in someone's archive, newest first: those they asked for, and the scheduled ones of their area
     * when they may see scheduled reports (all for a manager, their authority's for an official).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReportRequest> archive(String username, AccessScope scope, boolean seesScheduled, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ReportRequest> q = cb.createQuery(ReportRequest.class);
        Root<ReportRequest> r = q.from(ReportRequest.class);
        // booleans as parameters: EclipseLink writes cb.isTrue() as "= 1", which H2 refuses for a boolean column
        ParameterExpression<Boolean> no = cb.parameter(Boolean.class, "no");
        ParameterExpression<Boolean> yes = cb.parameter(Boolean.class, "yes");
        Predicate own = cb.and(cb.equal(r.get("requestedBy"), username), cb.equal(r.get("scheduled"), no));
        Predicate shared = seesScheduled ? scheduledFor(cb, r, scope, yes) : cb.disjunction();
        q.select(r).where(cb.or(own, shared)).orderBy(cb.desc(r.get("createdAt")), cb.desc(r.get("id")));
        var query = em.createQuery(q).setParameter(no, false).setMaxResults(limit);
        if (seesScheduled) {
            query.setParameter(yes, true);
        }
        return query.getResultList();
    }

    /** Whether the report is in that person's archive (the same rule as {@link #archive}). */
    public static boolean inArchive(ReportRequest request, String username, AccessScope scope, boolean seesScheduled) {
        if (!request.isScheduled()) {
            return request.getRequestedBy().equals(username);
        }
        if (!seesScheduled) {
            return false;
        }
        return switch (scope.kind()) {
            case ALL -> true;
            case AUTHORITY ->
                request.getScopeKind() == AccessScope.Kind.AUTHORITY
                        && scope.authorityId().equals(request.getScopeAuthorityId());
            default -> false;
        };
    }

    private static Predicate scheduledFor(
            CriteriaBuilder cb, Root<ReportRequest> r, AccessScope scope, ParameterExpression<Boolean> yes) {
        Predicate scheduled = cb.equal(r.get("scheduled"), yes);
        return switch (scope.kind()) {
            case ALL -> scheduled;
            case AUTHORITY ->
                cb.and(
                        scheduled,
                        cb.equal(r.get("scopeKind"), AccessScope.Kind.AUTHORITY),
                        cb.equal(r.get("scopeAuthorityId"), scope.authorityId()));
            default -> cb.disjunction();
        };
    }

    private void fire(ReportRequest r) {
        finished.fire(new ReportFinished(
                r.getId(), r.getType().name(), r.getStatus().name(), r.getRequestedBy(), r.isScheduled()));
    }

    private static String describe(ReportRequest r) {
        return r.getType() + " " + r.getYear() + (r.getQuarter() == null ? "" : "-Q" + r.getQuarter()) + " "
                + r.getFormat() + " " + r.getLanguage() + (r.isScheduled() ? " scheduled" : "") + ", scope "
                + r.getScopeKind() + (r.getScopeAuthorityId() == null ? "" : " " + r.getScopeAuthorityId());
    }
}
