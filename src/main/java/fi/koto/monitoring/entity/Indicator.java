package fi.koto.monitoring.entity;

import fi.koto.programme.entity.Programme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An indicator that follows a goal (and, optionally, one measure): what it counts in which unit, the baseline with
 * its year and the target with its year. The value of each year is entered in that year's monitoring report. An
 * indicator carried forward from a free-text measure (V8) has its name only until the coordinator completes it.
 */
@Entity
@Table(name = "plan_indicator")
public class Indicator {

    public static final int NAME_LIMIT = 1000;

    @Id
    @SequenceGenerator(name = "plan_indicator_seq", sequenceName = "programme_measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_indicator_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    private PlanMeasure measure;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(name = "name_fi", nullable = false, length = NAME_LIMIT)
    private String nameFi;

    @Column(name = "name_sv", length = NAME_LIMIT)
    private String nameSv;

    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;

    @Column(precision = 14, scale = 2)
    private BigDecimal baseline;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    @Column(precision = 14, scale = 2)
    private BigDecimal target;

    @Column(name = "target_year")
    private Integer targetYear;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Indicator() {}

    public Indicator(Programme programme, int position, Content content, String actor, OffsetDateTime at) {
        this.programme = Objects.requireNonNull(programme);
        this.position = position;
        change(content, actor, at);
    }

    /** What a form or request sets; checked by the boundary before it gets here. */
    public record Content(
            Goal goal,
            PlanMeasure measure,
            String nameFi,
            String nameSv,
            IndicatorUnit unit,
            BigDecimal baseline,
            Integer baselineYear,
            BigDecimal target,
            Integer targetYear) {}

    public void change(Content c, String actor, OffsetDateTime at) {
        this.goal = c.goal();
        this.measure = c.measure();
        this.nameFi = Objects.requireNonNull(c.nameFi());
        this.nameSv = c.nameSv();
        this.unit = c.unit();
        this.baseline = c.baseline();
        this.baselineYear = c.baselineYear();
        this.target = c.target();
        this.targetYear = c.targetYear();
        this.changedBy = actor;
        this.changedAt = at;
    }

    /** Whether unit, baseline and target are all set (an indicator carried forward may lack them). */
    public boolean isComplete() {
        return goal != null && unit != null && baseline != null && target != null;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Goal getGoal() {
        return goal;
    }

    public PlanMeasure getMeasure() {
        return measure;
    }

    public int getPosition() {
        return position;
    }

    public String getNameFi() {
        return nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}
