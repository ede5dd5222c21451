package fi.koto.guideline.entity;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of a guideline's timeline: who did what when (and from which state to which). Never updated. */
@Entity
@Table(name = "guideline_event")
public class GuidelineEvent {

    @Id
    @SequenceGenerator(name = "guideline_event_seq", sequenceName = "guideline_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guideline_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guideline_id", updatable = false)
    private WorkPermitGuideline guideline;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private GuidelineAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private GuidelineStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private GuidelineStatus toStatus;

    @Column(updatable = false, length = 4000)
    private String comment;

    @Column(name = "detail_count", updatable = false)
    private Integer detailCount;

    @Column(name = "detail_date", updatable = false)
    private LocalDate detailDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "detail_kind", updatable = false, length = 40)
    private PartyKind detailKind;

    protected GuidelineEvent() {}

    GuidelineEvent(
            WorkPermitGuideline guideline,
            OffsetDateTime at,
            String actor,
            GuidelineAction action,
            GuidelineStatus fromStatus,
            GuidelineStatus toStatus,
            String comment) {
        this.guideline = guideline;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment == null || comment.length() <= 4000 ? comment : comment.substring(0, 4000);
    }

    /** The row's figures, set before it is saved: an edit's occupation count, the day it is about, a party's kind. */
    public GuidelineEvent detailed(Integer count, LocalDate date, PartyKind kind) {
        this.detailCount = count;
        this.detailDate = date;
        this.detailKind = kind;
        return this;
    }

    public Integer getDetailCount() {
        return detailCount;
    }

    public LocalDate getDetailDate() {
        return detailDate;
    }

    public PartyKind getDetailKind() {
        return detailKind;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public GuidelineAction getAction() {
        return action;
    }

    public GuidelineStatus getFromStatus() {
        return fromStatus;
    }

    public GuidelineStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
