package fi.koto.monitoring.entity;

import fi.koto.programme.entity.Programme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One measure of a programme: what is done (Finnish, and Swedish for a bilingual municipality), the goal it
 * serves, who is responsible, and when (the years it runs, with an optional note such as "each autumn"). A measure
 * carried forward from the free-text measures of V8 has no goal until the coordinator links one.
 */
@Entity
@Table(name = "plan_measure")
public class PlanMeasure {

    public static final int ACTION_LIMIT = 2000;
    public static final int PARTY_LIMIT = 300;
    public static final int SCHEDULE_LIMIT = 300;

    @Id
    @SequenceGenerator(name = "plan_measure_seq", sequenceName = "programme_measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_measure_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(name = "action_fi", nullable = false, length = ACTION_LIMIT)
    private String actionFi;

    @Column(name = "action_sv", length = ACTION_LIMIT)
    private String actionSv;

    @Column(name = "responsible_party", nullable = false, length = PARTY_LIMIT)
    private String responsibleParty;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_year")
    private Integer endYear;

    @Column(length = SCHEDULE_LIMIT)
    private String schedule;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected PlanMeasure() {}

    public PlanMeasure(Programme programme, int position, Content content, String actor, OffsetDateTime at) {
        this.programme = Objects.requireNonNull(programme);
        this.position = position;
        change(content, actor, at);
    }

    /** What a form or request sets; checked by the boundary before it gets here. */
    public record Content(
            Goal goal,
            String actionFi,
            String actionSv,
            String responsibleParty,
            Integer startYear,
            Integer endYear,
            String schedule) {}

    public void change(Content c, String actor, OffsetDateTime at) {
        this.goal = c.goal();
        this.actionFi = Objects.requireNonNull(c.actionFi());
        this.actionSv = c.actionSv();
        this.responsibleParty = Objects.requireNonNull(c.responsibleParty());
        this.startYear = c.startYear();
        this.endYear = c.endYear();
        this.schedule = c.schedule();
        this.changedBy = actor;
        this.changedAt = at;
    }

    /** Whether the measure runs in the year (a measure without years runs through the whole programme). */
    public boolean runsIn(int year) {
        return (startYear == null || startYear <= year) && (endYear == null || endYear >= year);
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

    public int getPosition() {
        return position;
    }

    public String getActionFi() {
        return actionFi;
    }

    public String getActionSv() {
        return actionSv;
    }

    public String getResponsibleParty() {
        return responsibleParty;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public String getSchedule() {
        return schedule;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}
