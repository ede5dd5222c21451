package fi.koto.agreement.entity;

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
import java.util.Map;

/**
 * The places a municipality commits to under an agreement for one year, per target group ({@link PlacesByGroup}:
 * one column per group, so that every change bumps {@code version} and a stale form is refused), with optional nationality wishes.
 */
@Entity
@Table(name = "annual_places")
public class AnnualPlaces {

    @Id
    @SequenceGenerator(name = "annual_places_seq", sequenceName = "annual_places_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_places_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", updatable = false)
    private PlacementAgreement agreement;

    @Column(name = "places_year", nullable = false, updatable = false)
    private int year;

    @Embedded
    private PlacesByGroup places = PlacesByGroup.none();

    @Column(name = "nationality_preferences", length = 500)
    private String nationalityPreferences;

    @Version
    private long version;

    protected AnnualPlaces() {}

    public AnnualPlaces(PlacementAgreement agreement, int year) {
        this.agreement = agreement;
        this.year = year;
    }

    /** The places per group; every group is present, with 0 where none were committed. */
    public Map<TargetGroup, Integer> places() {
        return places.asMap();
    }

    public int total() {
        return places.total();
    }

    /** Replaces the places; groups missing from {@code places} get 0. */
    public void change(Map<TargetGroup, Integer> places, String nationalityPreferences) {
        this.places = PlacesByGroup.of(places);
        this.nationalityPreferences = nationalityPreferences;
    }

    public int get(TargetGroup group) {
        return places.get(group);
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

    public String getNationalityPreferences() {
        return nationalityPreferences;
    }

    public long getVersion() {
        return version;
    }
}
