package fi.koto.report.entity;

import fi.koto.access.control.AccessScope;
import fi.koto.report.writer.ReportFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One report someone asked for, or the quarterly schedule produced ({@link #isScheduled()}, owned by the system
 * account): what, for which period, format and language, the access scope of the person who asked (captured when
 * asked, because the batch job has no request to look it up in), how far the job has come, and the file. The
 * file's bytes are in the same row but read and written apart from the entity, so polling never loads them.
 */
@Entity
@Table(name = "report_request")
public class ReportRequest {

    /** The owner of scheduled reports. */
    public static final String SYSTEM = "system";

    public enum Status {
        STARTED,
        COMPLETED,
        FAILED
    }

    @Id
    @SequenceGenerator(name = "report_request_seq", sequenceName = "report_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_request_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type", nullable = false, updatable = false, length = 40)
    private ReportType type;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    /** 1-4, or null for the whole year. */
    @Column(name = "period_quarter", updatable = false)
    private Integer quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private ReportFormat format;

    @Column(nullable = false, updatable = false, length = 2)
    private String language;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(nullable = false, updatable = false)
    private boolean scheduled;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, updatable = false, length = 20)
    private AccessScope.Kind scopeKind;

    @Column(name = "scope_authority_id", updatable = false)
    private Long scopeAuthorityId;

    @Column(name = "scope_municipalities", updatable = false, length = 4000)
    private String scopeMunicipalities;

    /** The day the scope is applied on (an official sees the municipalities the authority served that day). */
    @Column(name = "scope_date", nullable = false, updatable = false)
    private LocalDate scopeDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int progress;

    @Column(name = "snapshot_id")
    private Long snapshotId;

    @Column(name = "as_of")
    private OffsetDateTime asOf;

    @Column(length = 200)
    private String filename;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "content_size")
    private Long contentSize;

    @Column(name = "rows_written", nullable = false)
    private long rowsWritten;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(length = 2000)
    private String failure;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    /** The instance running the job (InstanceName), for crash recovery. */
    @Column(length = 200)
    private String instance;

    /** The last time the job showed progress; an instance starting up judges by it whether the job is alive. */
    @Column(name = "heartbeat_at")
    private OffsetDateTime heartbeatAt;

    @Version
    private long version;

    protected ReportRequest() {}

    public ReportRequest(
            ReportType type,
            int year,
            Integer quarter,
            ReportFormat format,
            String language,
            String requestedBy,
            boolean scheduled,
            AccessScope scope,
            LocalDate scopeDate,
            OffsetDateTime createdAt) {
        this.type = type;
        this.year = year;
        this.quarter = quarter;
        this.format = format;
        this.language = language;
        this.requestedBy = requestedBy;
        this.scheduled = scheduled;
        this.scopeKind = scope.kind();
        this.scopeAuthorityId = scope.authorityId();
        this.scopeMunicipalities =
                scope.municipalityCodes().isEmpty() ? null : String.join(",", new TreeSet<>(scope.municipalityCodes()));
        this.scopeDate = scopeDate;
        this.mediaType = format.mediaType();
        this.status = Status.STARTED;
        this.createdAt = createdAt;
    }

    /** The scope of the person who asked, as it was when they asked. */
    public AccessScope scope() {
        Set<String> codes = scopeMunicipalities == null
                ? Set.of()
                : Arrays.stream(scopeMunicipalities.split(",")).collect(Collectors.toCollection(TreeSet::new));
        return new AccessScope(scopeKind, scopeAuthorityId, codes);
    }

    /** Its job runs on {@code instance}, alive at {@code at}. */
    public void runningOn(String instance, OffsetDateTime at) {
        this.instance = instance;
        this.heartbeatAt = at;
    }

    /** The job showed it is alive. */
    public void heartbeat(OffsetDateTime at) {
        this.heartbeatAt = at;
    }

    /** The last sign of life of its job: the heartbeat, or the creation for rows older than heartbeats. */
    public OffsetDateTime lastSign() {
        return heartbeatAt != null ? heartbeatAt : createdAt;
    }

    public void figuresReady(long snapshotId, OffsetDateTime asOf, int progress) {
        this.snapshotId = snapshotId;
        this.asOf = asOf;
        this.progress = progress;
    }

    public void progressed(int progress, long rowsWritten) {
        this.progress = Math.max(this.progress, Math.min(99, progress));
        this.rowsWritten = rowsWritten;
    }

    public void completed(String filename, long size, long rows, OffsetDateTime at) {
        this.status = Status.COMPLETED;
        this.rowsWritten = rows;
        this.progress = 100;
        this.filename = filename;
        this.contentSize = size;
        this.finishedAt = at;
    }

    public void failed(String failure, OffsetDateTime at) {
        this.status = Status.FAILED;
        this.failure = failure == null ? null : failure.substring(0, Math.min(2000, failure.length()));
        this.finishedAt = at;
    }

    public void jobStarted(long executionId) {
        this.jobExecutionId = executionId;
    }

    public Long getId() {
        return id;
    }

    public ReportType getType() {
        return type;
    }

    public int getYear() {
        return year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public ReportFormat getFormat() {
        return format;
    }

    public String getLanguage() {
        return language;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public boolean isScheduled() {
        return scheduled;
    }

    public AccessScope.Kind getScopeKind() {
        return scopeKind;
    }

    public Long getScopeAuthorityId() {
        return scopeAuthorityId;
    }

    public LocalDate getScopeDate() {
        return scopeDate;
    }

    public Status getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public Long getSnapshotId() {
        return snapshotId;
    }

    public OffsetDateTime getAsOf() {
        return asOf;
    }

    public String getFilename() {
        return filename;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getContentSize() {
        return contentSize;
    }

    public long getRowsWritten() {
        return rowsWritten;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getFailure() {
        return failure;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getInstance() {
        return instance;
    }

    public OffsetDateTime getHeartbeatAt() {
        return heartbeatAt;
    }

    public long getVersion() {
        return version;
    }
}
