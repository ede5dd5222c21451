package fi.koto.monitoring.entity;

import fi.koto.programme.entity.Programme;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme's monitoring for one year: the value of each indicator and an account of each measure, entered by
 * the coordinator once a year and then reported to the regional authority. The values are kept by indicator id and
 * the accounts by measure id; the boundary checks that they belong to the programme.
 */
@Entity
@Table(name = "monitoring_report")
public class MonitoringReport {

    @Id
    @SequenceGenerator(name = "monitoring_report_seq", sequenceName = "monitoring_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_report_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @Column(name = "monitoring_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MonitoringStatus status;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monitoring_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_id")
    @Column(name = "figure", precision = 14, scale = 2)
    private Map<Long, BigDecimal> values = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monitoring_account", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "measure_id")
    private Map<Long, MeasureAccount> accounts = new HashMap<>();

    @Version
    private long version;

    protected MonitoringReport() {}

    public MonitoringReport(Programme programme, int year, String actor, OffsetDateTime at) {
        this.programme = Objects.requireNonNull(programme);
        this.year = year;
        this.status = MonitoringStatus.DRAFT;
        touch(actor, at);
    }

    /** Replaces the values and accounts with those given (a checked, complete picture of the form). */
    public void enter(
            Map<Long, BigDecimal> values, Map<Long, MeasureAccount> accounts, String actor, OffsetDateTime at) {
        this.values.clear();
        this.values.putAll(values);
        this.accounts.clear();
        this.accounts.putAll(accounts);
        touch(actor, at);
    }

    /** Moves the report by the action; false when the action is not allowed in its state. */
    public boolean apply(MonitoringAction action, String actor, OffsetDateTime at) {
        Optional<MonitoringStatus> next = status.after(action);
        if (next.isEmpty()) {
            return false;
        }
        status = next.get();
        if (action == MonitoringAction.REPORT) {
            reportedAt = at;
            reportedBy = actor;
        }
        touch(actor, at);
        return true;
    }

    private void touch(String actor, OffsetDateTime at) {
        this.changedBy = actor;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getYear() {
        return year;
    }

    public MonitoringStatus getStatus() {
        return status;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public Map<Long, BigDecimal> getValues() {
        return Collections.unmodifiableMap(values);
    }

    public Map<Long, MeasureAccount> getAccounts() {
        return Collections.unmodifiableMap(accounts);
    }

    public long getVersion() {
        return version;
    }
}
