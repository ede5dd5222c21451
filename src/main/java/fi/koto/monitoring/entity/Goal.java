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
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One goal of a programme under one theme, in Finnish and (for a bilingual municipality) Swedish. Measures and
 * indicators point to it; it is edited by the programme's coordinators while the programme can be edited.
 */
@Entity
@Table(name = "programme_goal")
public class Goal {

    public static final int TEXT_LIMIT = 2000;

    @Id
    @SequenceGenerator(name = "programme_goal_seq", sequenceName = "programme_goal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_goal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GoalTheme theme;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(name = "text_fi", nullable = false, length = TEXT_LIMIT)
    private String textFi;

    @Column(name = "text_sv", length = TEXT_LIMIT)
    private String textSv;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Goal() {}

    public Goal(
            Programme programme,
            int position,
            GoalTheme theme,
            String textFi,
            String textSv,
            String actor,
            OffsetDateTime at) {
        this.programme = Objects.requireNonNull(programme);
        this.position = position;
        change(theme, textFi, textSv, actor, at);
    }

    public void change(GoalTheme theme, String textFi, String textSv, String actor, OffsetDateTime at) {
        this.theme = Objects.requireNonNull(theme);
        this.textFi = Objects.requireNonNull(textFi);
        this.textSv = textSv;
        this.changedBy = actor;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public GoalTheme getTheme() {
        return theme;
    }

    public int getPosition() {
        return position;
    }

    public String getTextFi() {
        return textFi;
    }

    public String getTextSv() {
        return textSv;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
