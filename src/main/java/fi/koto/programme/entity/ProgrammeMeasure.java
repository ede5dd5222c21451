package fi.koto.programme.entity;

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

/** One measure of a programme: the action, who is responsible, its schedule and the indicator that follows it. */
@Entity
@Table(name = "programme_measure")
public class ProgrammeMeasure {

    public static final int ACTION_LIMIT = 2000;
    public static final int PARTY_LIMIT = 300;
    public static final int SCHEDULE_LIMIT = 300;
    public static final int INDICATOR_LIMIT = 1000;

    @Id
    @SequenceGenerator(name = "programme_measure_seq", sequenceName = "programme_measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_measure_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(nullable = false, length = ACTION_LIMIT)
    private String action;

    @Column(name = "responsible_party", nullable = false, length = PARTY_LIMIT)
    private String responsibleParty;

    @Column(length = SCHEDULE_LIMIT)
    private String schedule;

    @Column(length = INDICATOR_LIMIT)
    private String indicator;

    protected ProgrammeMeasure() {}

    ProgrammeMeasure(
            Programme programme,
            int position,
            String action,
            String responsibleParty,
            String schedule,
            String indicator) {
        this.programme = programme;
        this.position = position;
        this.action = action;
        this.responsibleParty = responsibleParty;
        this.schedule = schedule;
        this.indicator = indicator;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getAction() {
        return action;
    }

    public String getResponsibleParty() {
        return responsibleParty;
    }

    public String getSchedule() {
        return schedule;
    }

    public String getIndicator() {
        return indicator;
    }
}
