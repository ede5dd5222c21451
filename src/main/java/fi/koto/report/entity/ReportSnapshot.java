package fi.koto.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The figures of one period as they stood at {@link #getTakenAt()}: the "as of" moment of every report read from
 * it. A period that is over has one snapshot, identified by its period key; a running period gets a live one per
 * report. The figures themselves are in the snapshot tables, one row per municipality and key.
 */
@Entity
@Table(name = "report_snapshot")
public class ReportSnapshot {

    @Id
    @SequenceGenerator(name = "report_snapshot_seq", sequenceName = "report_snapshot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_snapshot_seq")
    private Long id;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    /** 1-4, or 0 for a whole year. */
    @Column(name = "period_quarter", nullable = false, updatable = false)
    private int quarter;

    @Column(name = "period_key", updatable = false, length = 10)
    private String periodKey;

    @Column(nullable = false, updatable = false)
    private boolean live;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private OffsetDateTime takenAt;

    @Column(name = "taken_by", nullable = false, updatable = false, length = 64)
    private String takenBy;

    protected ReportSnapshot() {}

    public ReportSnapshot(
            int year, int quarter, String periodKey, boolean live, OffsetDateTime takenAt, String takenBy) {
        this.year = year;
        this.quarter = quarter;
        this.periodKey = live ? null : periodKey;
        this.live = live;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public boolean isLive() {
        return live;
    }

    public OffsetDateTime getTakenAt() {
        return takenAt;
    }

    public String getTakenBy() {
        return takenBy;
    }
}
