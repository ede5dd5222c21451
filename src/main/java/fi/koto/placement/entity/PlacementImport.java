package fi.koto.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * One import of realised placements from a file: who imported it, how far the job has come and what it accepted
 * and rejected. The file's bytes live in the same row (column {@code content}) but are read and written apart from
 * the entity, so polling the progress never loads them.
 */
@Entity
@Table(name = "placement_import")
public class PlacementImport {

    public enum Status {
        STARTED,
        COMPLETED,
        FAILED,
        STOPPED
    }

    /** The failure of an import whose server stopped under it (a crash, SIGKILL): run it again. */
    public static final String INTERRUPTED = "import.interrupted";

    @Id
    @SequenceGenerator(name = "placement_import_seq", sequenceName = "placement_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_import_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String importer;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "original_size", nullable = false, updatable = false)
    private long originalSize;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "total_rows")
    private Integer totalRows;

    @Column(name = "rows_processed", nullable = false)
    private int rowsProcessed;

    /** The last line written; a chunk done again after a restart skips lines up to here. */
    @Column(name = "last_line", nullable = false)
    private int lastLine;

    @Column(nullable = false)
    private int accepted;

    @Column(nullable = false)
    private int rejected;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

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

    /** Why the import failed as a whole (a message key taking the last line written), or null. */
    @Column(name = "failure_key", length = 100)
    private String failureKey;

    @Version
    private long version;

    protected PlacementImport() {}

    public PlacementImport(
            String importer, String mediaType, long originalSize, OffsetDateTime createdAt, String instance) {
        this.importer = importer;
        this.mediaType = mediaType;
        this.originalSize = originalSize;
        this.createdAt = createdAt;
        this.status = Status.STARTED.name();
        this.instance = instance;
        this.heartbeatAt = createdAt;
    }

    /** Running again, on {@code instance}. */
    public void restarting(String instance, OffsetDateTime at) {
        this.status = Status.STARTED.name();
        this.finishedAt = null;
        this.failureKey = null;
        this.instance = instance;
        this.heartbeatAt = at;
    }

    public void total(int rows, OffsetDateTime at) {
        if (totalRows == null) {
            this.totalRows = rows;
        }
        this.heartbeatAt = at;
    }

    /** Counts one chunk's rows; {@code line} is the last line of the chunk. */
    public void chunkWritten(int lastLine, int rows, int accepted, int rejected, OffsetDateTime at) {
        this.lastLine = lastLine;
        this.rowsProcessed += rows;
        this.accepted += accepted;
        this.rejected += rejected;
        this.heartbeatAt = at;
    }

    public void finished(Status status, OffsetDateTime at) {
        this.status = status.name();
        this.finishedAt = at;
    }

    /** Failed because the process running it died: what was written stays, the import can be run again. */
    public void interrupted(OffsetDateTime at) {
        this.status = Status.FAILED.name();
        this.finishedAt = at;
        this.failureKey = INTERRUPTED;
    }

    /** The last sign of life of its job: the heartbeat, or the creation for rows older than heartbeats. */
    public OffsetDateTime lastSign() {
        return heartbeatAt != null ? heartbeatAt : createdAt;
    }

    /** 0-100; 100 once completed. */
    public int progress() {
        if (Status.COMPLETED.name().equals(status)) {
            return 100;
        }
        if (totalRows == null || totalRows == 0) {
            return 0;
        }
        return Math.min(99, (int) (100L * rowsProcessed / totalRows));
    }

    public Long getId() {
        return id;
    }

    public String getImporter() {
        return importer;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getOriginalSize() {
        return originalSize;
    }

    public Status getStatus() {
        return Status.valueOf(status);
    }

    public Integer getTotalRows() {
        return totalRows;
    }

    public int getRowsProcessed() {
        return rowsProcessed;
    }

    public int getLastLine() {
        return lastLine;
    }

    public int getAccepted() {
        return accepted;
    }

    public int getRejected() {
        return rejected;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
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

    public String getFailureKey() {
        return failureKey;
    }
}
