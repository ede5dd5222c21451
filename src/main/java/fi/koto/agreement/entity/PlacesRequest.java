package fi.koto.agreement.entity;

import fi.koto.reference.entity.Decision;
import fi.koto.reference.entity.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The request of an annual places round to one municipality, and the municipality's answer: places per target
 * group for the round's year, optional nationality preferences and the decision it rests on (body, date,
 * minutes reference). The first answer fixes when the answer arrived and so whether it was late; corrections
 * while the round is open keep that and record who changed the answer last (named when a stale form is
 * refused). {@code agreementId} is the agreement in force the answer was applied to, if any.
 */
@Entity
@Table(name = "places_request")
public class PlacesRequest {

    public static final int PREFERENCES_LIMIT = 500;
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Id
    @SequenceGenerator(name = "places_request_seq", sequenceName = "places_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "places_request_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", updatable = false)
    private PlacesRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_code", updatable = false)
    private Municipality municipality;

    @Embedded
    private PlacesByGroup places = PlacesByGroup.none();

    @Column(name = "nationality_preferences", length = PREFERENCES_LIMIT)
    private String nationalityPreferences;

    @Embedded
    private Decision decision;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_late", nullable = false)
    private boolean answeredLate;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    /** The id only: the views need no more of the agreement, and a lazy relation would cost a query per row. */
    @Column(name = "agreement_id")
    private Long agreementId;

    @Version
    private long version;

    protected PlacesRequest() {}

    public PlacesRequest(PlacesRound round, Municipality municipality) {
        this.round = round;
        this.municipality = municipality;
    }

    /**
     * Records the municipality's answer (or a correction of it). The first answer's time in Finland decides
     * whether the answer was late.
     */
    public void answer(
            Map<TargetGroup, Integer> places,
            String nationalityPreferences,
            Decision decision,
            OffsetDateTime at,
            String actor) {
        if (answeredAt == null) {
            answeredAt = at;
            answeredBy = actor;
            answeredLate = round.isLate(at.atZoneSameInstant(FINLAND).toLocalDate());
        }
        this.places = PlacesByGroup.of(places);
        this.nationalityPreferences = nationalityPreferences;
        this.decision = Decision.orNull(decision);
        this.changedAt = at;
        this.changedBy = actor;
    }

    /** Notes the agreement in force whose places for the year the answer now sets. */
    public void appliedTo(PlacementAgreement agreement) {
        this.agreementId = agreement.getId();
    }

    /** Where the municipality stands on {@code today}: answered (in time or late) or not, and past the deadline. */
    public AnswerState state(LocalDate today) {
        if (answeredAt != null) {
            return answeredLate ? AnswerState.ANSWERED_LATE : AnswerState.ANSWERED;
        }
        return round.isLate(today) ? AnswerState.OVERDUE : AnswerState.OUTSTANDING;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public PlacesRound getRound() {
        return round;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public PlacesByGroup getPlaces() {
        return places;
    }

    public String getNationalityPreferences() {
        return nationalityPreferences;
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

    public boolean isAnsweredLate() {
        return answeredLate;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** The agreement in force the answer was applied to; null when the municipality had none. */
    public Long getAgreementId() {
        return agreementId;
    }

    public long getVersion() {
        return version;
    }
}
