package fi.koto.agreement.entity;

import fi.koto.reference.entity.Decision;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A request outside the annual round for extra places of one target group in one year, under an agreement in
 * force (docs/domain.md, "Placement agreements and the annual places round"; e.g. Uusimaa asked its
 * municipalities for 2,500 extra places for temporary protection in December 2022), and the municipality's
 * response. The places the municipality accepts are added to the agreement's places for that year.
 */
@Entity
@Table(name = "extra_places_request")
public class ExtraPlacesRequest {

    public static final int REASON_LIMIT = 2000;

    @Id
    @SequenceGenerator(
            name = "extra_places_request_seq",
            sequenceName = "extra_places_request_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extra_places_request_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", updatable = false)
    private PlacementAgreement agreement;

    @Column(name = "places_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, updatable = false, length = 40)
    private TargetGroup targetGroup;

    @Column(name = "persons_requested", nullable = false, updatable = false)
    private int personsRequested;

    @Column(nullable = false, updatable = false, length = REASON_LIMIT)
    private String reason;

    @Column(name = "reply_by", updatable = false)
    private LocalDate replyBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExtraPlacesStatus status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "accepted_places")
    private Integer acceptedPlaces;

    @Embedded
    private Decision decision;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Version
    private long version;

    protected ExtraPlacesRequest() {}

    public ExtraPlacesRequest(
            PlacementAgreement agreement,
            int year,
            TargetGroup targetGroup,
            int personsRequested,
            String reason,
            LocalDate replyBy,
            OffsetDateTime requestedAt,
            String requestedBy) {
        this.agreement = agreement;
        this.year = year;
        this.targetGroup = targetGroup;
        this.personsRequested = personsRequested;
        this.reason = reason;
        this.replyBy = replyBy;
        this.status = ExtraPlacesStatus.REQUESTED;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    /**
     * Records the municipality's response; final. Throws IllegalStateException when a response exists (the
     * boundary checks first and answers 409).
     */
    public void respond(int accepted, Decision decision, OffsetDateTime at, String actor) {
        if (status != ExtraPlacesStatus.REQUESTED) {
            throw new IllegalStateException("Extra-places request " + id + " is already answered");
        }
        this.acceptedPlaces = accepted;
        this.decision = Decision.orNull(decision);
        this.answeredAt = at;
        this.answeredBy = actor;
        this.status = ExtraPlacesStatus.ANSWERED;
    }

    public Long getId() {
        return id;
    }

    public PlacementAgreement getAgreement() {
        return agreement;
    }

    public int getYear() {
        return year;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public int getPersonsRequested() {
        return personsRequested;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public ExtraPlacesStatus getStatus() {
        return status;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Integer getAcceptedPlaces() {
        return acceptedPlaces;
    }

    /** The decision this rests on ({@link Decision#NONE} before there is one). */
    public Decision getDecision() {
        return Decision.orNone(decision);
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public long getVersion() {
        return version;
    }
}
