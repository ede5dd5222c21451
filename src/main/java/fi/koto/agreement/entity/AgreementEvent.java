package fi.koto.agreement.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One entry of an agreement's timeline: a transition (with the statuses before and after) or a change of places
 * (action {@code PLACES_SET}: the year, where the change came from, and per target group that changed the places
 * before and after, as data; entries from before V25 that people wrote by hand keep their comment). Append-only,
 * like the audit trail, but readable by everyone who may read the agreement.
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

    @Column(name = "places_year", updatable = false)
    private Integer placesYear;

    /** Where a change of places came from, e.g. {@code PLACES_ROUND 12}; null when entered on the agreement. */
    @Column(name = "places_source", updatable = false, length = 60)
    private String placesSource;

    @ElementCollection
    @CollectionTable(name = "agreement_places_change", joinColumns = @JoinColumn(name = "event_id"))
    private List<GroupChange> placesChanges = new ArrayList<>();

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

    /**
     * The change of the places of {@code agreement} for {@code year} from {@code before} to {@code after} (groups
     * missing count 0); {@code source} as {@link #getPlacesSource()}.
     */
    public static AgreementEvent placesSet(
            PlacementAgreement agreement,
            OffsetDateTime at,
            String actor,
            int year,
            Map<TargetGroup, Integer> before,
            Map<TargetGroup, Integer> after,
            String source) {
        var event = new AgreementEvent(
                agreement, at, actor, PLACES_SET, agreement.getStatus(), agreement.getStatus(), null);
        event.placesYear = year;
        event.placesSource = source;
        for (TargetGroup group : TargetGroup.values()) {
            int old = before.getOrDefault(group, 0);
            int now = after.getOrDefault(group, 0);
            if (old != now) {
                event.placesChanges.add(new GroupChange(group, old, now));
            }
        }
        return event;
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

    /** The year whose places this entry changed; null for a transition. */
    public Integer getPlacesYear() {
        return placesYear;
    }

    public String getPlacesSource() {
        return placesSource;
    }

    /** Whether this is a change of places kept as data (not a comment written by hand before V25). */
    public boolean isPlacesChange() {
        return PLACES_SET.equals(action) && placesYear != null && comment == null;
    }

    /** Per target group that changed, the places before and after, in the order of {@link TargetGroup}. */
    public List<GroupChange> getPlacesChanges() {
        List<GroupChange> sorted = new ArrayList<>(placesChanges);
        sorted.sort(Comparator.comparingInt(c -> c.group().map(Enum::ordinal).orElse(Integer.MAX_VALUE)));
        return sorted;
    }
}
