package fi.koto.agreement.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A reminder an official sent in an annual places round: when, by whom, and to which municipalities (those that
 * had not answered then). Append-only; the round page and the PLACES_ROUND report read it.
 */
@Entity
@Table(name = "places_reminder")
public class PlacesReminder {

    @Id
    @SequenceGenerator(name = "places_reminder_seq", sequenceName = "places_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "places_reminder_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", updatable = false)
    private PlacesRound round;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Column(name = "sent_by", nullable = false, updatable = false, length = 64)
    private String sentBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "places_reminder_municipality", joinColumns = @JoinColumn(name = "reminder_id"))
    @Column(name = "municipality_code", length = 3)
    private Set<String> municipalityCodes = new TreeSet<>();

    protected PlacesReminder() {}

    public PlacesReminder(
            PlacesRound round, Collection<String> municipalityCodes, OffsetDateTime sentAt, String sentBy) {
        this.round = round;
        this.municipalityCodes.addAll(municipalityCodes);
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    public Long getId() {
        return id;
    }

    public PlacesRound getRound() {
        return round;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    /** The codes in order. */
    public Set<String> getMunicipalityCodes() {
        return new TreeSet<>(municipalityCodes);
    }
}
