package fi.koto.report.entity;

import fi.koto.agreement.entity.AnswerState;
import fi.koto.agreement.entity.PlacesByGroup;
import fi.koto.agreement.entity.TargetGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * One municipality's request in an annual places round of the period's year, as it stood when the snapshot was
 * taken: the deadline, when the first answer came and whether it was late, the places answered per target group
 * and how many of the round's reminders were sent to the municipality.
 */
@Entity
@Table(name = "snapshot_places_round")
@IdClass(SnapshotPlacesRound.Key.class)
public class SnapshotPlacesRound {

    /** The primary key. */
    public record Key(Long snapshotId, Long roundId, String municipalityCode) implements Serializable {

        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "snapshot_id")
    private Long snapshotId;

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Id
    @Column(name = "municipality_code", length = 3)
    private String municipalityCode;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_late", nullable = false)
    private boolean answeredLate;

    @Embedded
    private PlacesByGroup places;

    @Column(nullable = false)
    private int reminders;

    protected SnapshotPlacesRound() {}

    public SnapshotPlacesRound(
            long snapshotId,
            long roundId,
            String municipalityCode,
            long authorityId,
            LocalDate deadline,
            LocalDate answeredOn,
            boolean answeredLate,
            Map<TargetGroup, Integer> places,
            int reminders) {
        this.snapshotId = snapshotId;
        this.roundId = roundId;
        this.municipalityCode = municipalityCode;
        this.authorityId = authorityId;
        this.deadline = deadline;
        this.answeredOn = answeredOn;
        this.answeredLate = answeredLate;
        this.places = PlacesByGroup.of(places);
        this.reminders = reminders;
    }

    /**
     * Where the municipality stood on {@code day} (the rule of {@code PlacesRequest.state}): answered in time or
     * late, or not answered and before or past the deadline.
     */
    public AnswerState state(LocalDate day) {
        if (answeredOn != null) {
            return answeredLate ? AnswerState.ANSWERED_LATE : AnswerState.ANSWERED;
        }
        return day.isAfter(deadline) ? AnswerState.OVERDUE : AnswerState.OUTSTANDING;
    }

    /** Late: answered after the deadline, or not answered and past it on {@code day}. */
    public boolean isLate(LocalDate day) {
        AnswerState state = state(day);
        return state == AnswerState.ANSWERED_LATE || state == AnswerState.OVERDUE;
    }

    /** The places answered for {@code group}; 0 when there is no answer. */
    public int places(TargetGroup group) {
        return places.get(group);
    }

    public int placesTotal() {
        return places.total();
    }

    public long getRoundId() {
        return roundId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public boolean isAnsweredLate() {
        return answeredLate;
    }

    public int getReminders() {
        return reminders;
    }
}
