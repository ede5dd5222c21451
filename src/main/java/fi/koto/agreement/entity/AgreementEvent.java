package fi.koto.agreement.entity;

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
import java.time.OffsetDateTime;

/**
 * One entry of an agreement's timeline: a transition (with the statuses before and after) or a change of places
 * (action {@code PLACES_SET}, the change in the comment). Append-only, like the audit trail, but readable by
 * everyone who may read the agreement.
 */
@Entity
@Table(name = "agreement_event")
public class AgreementEvent {

    public static final String PLACES_SET = "PLACES_SET";
    public static final String CREATED = "CREATED";
    public static final int COMMENT_LIMIT = 2000;

    @Id
    @SequenceGenerator(name = "agreement_event_seq", sequenceName = "agreement_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", updatable = false)
    private PlacementAgreement agreement;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 40)
    private AgreementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 40)
    private AgreementStatus toStatus;

    @Column(updatable = false, length = COMMENT_LIMIT)
    private String comment;

    protected AgreementEvent() {}

    public AgreementEvent(
            PlacementAgreement agreement,
            OffsetDateTime at,
            String actor,
            String action,
            AgreementStatus fromStatus,
            AgreementStatus toStatus,
            String comment) {
        this.agreement = agreement;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment =
                comment == null || comment.length() <= COMMENT_LIMIT ? comment : comment.substring(0, COMMENT_LIMIT);
    }

    public Long getId() {
        return id;
    }

    public PlacementAgreement getAgreement() {
        return agreement;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public AgreementStatus getFromStatus() {
        return fromStatus;
    }

    public AgreementStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
