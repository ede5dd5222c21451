package fi.koto.agreement.entity;

import jakarta.persistence.Column;
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
import java.util.EnumMap;
import java.util.Map;

/**
 * The places a municipality commits to under an agreement for one year, per target group (one column per group,
 * so that every change bumps {@code version} and a stale form is refused), with optional nationality wishes.
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

    @Column(name = "quota_refugee", nullable = false)
    private int quotaRefugee;

    @Column(name = "quota_emergency", nullable = false)
    private int quotaEmergency;

    @Column(name = "asylum_permit", nullable = false)
    private int asylumPermit;

    @Column(name = "unaccompanied_minor", nullable = false)
    private int unaccompaniedMinor;

    @Column(name = "temporary_protection", nullable = false)
    private int temporaryProtection;

    @Column(name = "family_member", nullable = false)
    private int familyMember;

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
        Map<TargetGroup, Integer> places = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.placeGroups()) {
            places.put(group, get(group));
        }
        return places;
    }

    public int total() {
        return places().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Replaces the places; groups missing from {@code places} get 0. */
    public void change(Map<TargetGroup, Integer> places, String nationalityPreferences) {
        for (TargetGroup group : TargetGroup.placeGroups()) {
            set(group, places.getOrDefault(group, 0));
        }
        this.nationalityPreferences = nationalityPreferences;
    }

    public int get(TargetGroup group) {
        return switch (group) {
            case QUOTA_REFUGEE -> quotaRefugee;
            case QUOTA_EMERGENCY -> quotaEmergency;
            case ASYLUM_PERMIT -> asylumPermit;
            case UNACCOMPANIED_MINOR -> unaccompaniedMinor;
            case TEMPORARY_PROTECTION -> temporaryProtection;
            case FAMILY_MEMBER -> familyMember;
            case TRAFFICKING_VICTIM, INDIVIDUAL_HUMANITARIAN -> 0;
        };
    }

    private void set(TargetGroup group, int value) {
        switch (group) {
            case QUOTA_REFUGEE -> quotaRefugee = value;
            case QUOTA_EMERGENCY -> quotaEmergency = value;
            case ASYLUM_PERMIT -> asylumPermit = value;
            case UNACCOMPANIED_MINOR -> unaccompaniedMinor = value;
            case TEMPORARY_PROTECTION -> temporaryProtection = value;
            case FAMILY_MEMBER -> familyMember = value;
            default -> throw new IllegalArgumentException(group.name());
        }
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
