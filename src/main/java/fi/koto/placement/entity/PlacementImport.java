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
        STARTED, COMPLETED, FAILED, STOPPED
    }

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

    @Version
    private long version;

    protected PlacementImport() {
    }

    public PlacementImport(String importer, String mediaType, long originalSize, OffsetDateTime createdAt) {
        this.importer = importer;
        this.mediaType = mediaType;
        this.originalSize = originalSize;
        this.createdAt = createdAt;
        this.status = Status.STARTED.name();
    }

    public void restarting() {
        this.status = Status.STARTED.name();
        this.finishedAt = null;
    }

    public void total(int rows) {
        this.totalRows = rows;
    }

    /** Counts one chunk's rows; {@code line} is the last line of the chunk. */
    public void chunkWritten(int lastLine, int rows, int accepted, int rejected) {
        this.lastLine = lastLine;
        this.rowsProcessed += rows;
        this.accepted += accepted;
        this.rejected += rejected;
    }

    public void finished(Status status, OffsetDateTime at) {
        this.status = status.name();
        this.finishedAt = at;
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
}
