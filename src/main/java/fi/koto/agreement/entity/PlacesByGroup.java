package fi.koto.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Places per target group as one column per group ({@code quota_refugee} … {@code family_member}), embedded
 * wherever places are kept per group: the places of an agreement's year, an answer in the annual round, the
 * snapshot of a round for reports. Immutable: a change replaces the whole set.
 */
@Embeddable
public class PlacesByGroup implements Serializable {

    private static final long serialVersionUID = 1L;

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

    protected PlacesByGroup() {}

    /** The places of {@code places}; groups missing from it get 0. */
    public static PlacesByGroup of(Map<TargetGroup, Integer> places) {
        var p = new PlacesByGroup();
        p.quotaRefugee = places.getOrDefault(TargetGroup.QUOTA_REFUGEE, 0);
        p.quotaEmergency = places.getOrDefault(TargetGroup.QUOTA_EMERGENCY, 0);
        p.asylumPermit = places.getOrDefault(TargetGroup.ASYLUM_PERMIT, 0);
        p.unaccompaniedMinor = places.getOrDefault(TargetGroup.UNACCOMPANIED_MINOR, 0);
        p.temporaryProtection = places.getOrDefault(TargetGroup.TEMPORARY_PROTECTION, 0);
        p.familyMember = places.getOrDefault(TargetGroup.FAMILY_MEMBER, 0);
        return p;
    }

    public static PlacesByGroup none() {
        return new PlacesByGroup();
    }

    /** Every group, with 0 where none were given. */
    public Map<TargetGroup, Integer> asMap() {
        Map<TargetGroup, Integer> places = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.placeGroups()) {
            places.put(group, get(group));
        }
        return places;
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

    public int total() {
        return quotaRefugee + quotaEmergency + asylumPermit + unaccompaniedMinor + temporaryProtection + familyMember;
    }
}
