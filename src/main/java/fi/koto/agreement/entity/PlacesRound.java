package fi.koto.agreement.entity;

import fi.koto.reference.entity.RegionalAuthority;
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
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;

/**
 * The annual municipal-places round of one regional authority for one year of places (docs/domain.md,
 * "Placement agreements and the annual places round"): in late August the authority asks every municipality it
 * serves to confirm its places for the next year, and the municipality's board or council decides and answers by
 * the deadline, 31 October unless the official sets another. One {@link PlacesRequest} per municipality holds its
 * answer. The status only changes through {@link #apply}, which asks {@link PlacesRoundStatus} whether the action
 * is allowed.
 */
@Entity
@Table(name = "places_round")
public class PlacesRound {

    /** The answer is due on 31 October of the year the round opens (the authorities' letters of 2025). */
    public static final MonthDay USUAL_DEADLINE = MonthDay.of(10, 31);

    public static final int CASE_REFERENCE_LIMIT = 100;

    @Id
    @SequenceGenerator(name = "places_round_seq", sequenceName = "places_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "places_round_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", updatable = false)
    private RegionalAuthority authority;

    @Column(name = "places_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "case_reference", length = CASE_REFERENCE_LIMIT)
    private String caseReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacesRoundStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 64)
    private String openedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Version
    private long version;

    protected PlacesRound() {}

    public PlacesRound(
            RegionalAuthority authority,
            int year,
            LocalDate deadline,
            String caseReference,
            OffsetDateTime openedAt,
            String openedBy) {
        this.authority = authority;
        this.year = year;
        this.deadline = deadline;
        this.caseReference = caseReference;
        this.status = PlacesRoundStatus.OPEN;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** The deadline when the official gives none: 31 October of the year the round opens. */
    public static LocalDate usualDeadline(LocalDate openedOn) {
        return USUAL_DEADLINE.atYear(openedOn.getYear());
    }

    /**
     * Moves to the status after {@code action} and notes who closed the round; answers the status it left.
     * Throws IllegalStateException when the status does not allow the action (the boundary checks first, 409).
     */
    public PlacesRoundStatus apply(PlacesRoundAction action, OffsetDateTime at, String actor) {
        PlacesRoundStatus from = status;
        status = status.after(action).orElseThrow(() -> new IllegalStateException(action + " in " + from));
        closedAt = status == PlacesRoundStatus.CLOSED ? at : null;
        closedBy = status == PlacesRoundStatus.CLOSED ? actor : null;
        return from;
    }

    /** Whether an answer that arrives on {@code day} (in Finland) comes after the deadline day. */
    public boolean isLate(LocalDate day) {
        return day.isAfter(deadline);
    }

    public Long getId() {
        return id;
    }

    public RegionalAuthority getAuthority() {
        return authority;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public PlacesRoundStatus getStatus() {
        return status;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public long getVersion() {
        return version;
    }
}
