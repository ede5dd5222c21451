package fi.koto.agreement.entity;

/**
 * The groups compensation is counted for (docs/domain.md, "Compensation": the groups of
 * https://kotoutuminen.fi/kenesta-korvaus-maksetaan) and, the first six, municipal places are allocated to
 * (docs/domain.md, "Placement agreements and the annual places round"). Labels are in the bundles under
 * {@code targetGroup.NAME}.
 */
public enum TargetGroup {
    /** Kiintiöpakolaiset / kvotflyktingar. */
    QUOTA_REFUGEE,
    /** Emergency cases within the quota (hätätapaukset). */
    QUOTA_EMERGENCY,
    /** Asylum seekers granted a residence permit. */
    ASYLUM_PERMIT,
    /** Those who came as minors without a guardian. */
    UNACCOMPANIED_MINOR,
    /** Temporary protection with a home municipality (from 1.3.2023). */
    TEMPORARY_PROTECTION,
    /** Reunified family members. */
    FAMILY_MEMBER,
    /** Victims of trafficking in human beings (Aliens Act 52 a section); compensated, no municipal places. */
    TRAFFICKING_VICTIM,
    /** A residence permit on individual humanitarian grounds (Aliens Act 52 section); no municipal places. */
    INDIVIDUAL_HUMANITARIAN;

    private static final java.util.List<TargetGroup> PLACE_GROUPS = java.util.List.of(
            QUOTA_REFUGEE, QUOTA_EMERGENCY, ASYLUM_PERMIT, UNACCOMPANIED_MINOR, TEMPORARY_PROTECTION, FAMILY_MEMBER);

    /** Made once: reports ask for it once per row. */
    private final String labelKey = "targetGroup." + name();

    public String labelKey() {
        return labelKey;
    }

    /** The groups municipal places are agreed for (one column each in {@code annual_places}). */
    public static java.util.List<TargetGroup> placeGroups() {
        return PLACE_GROUPS;
    }

    public boolean hasPlaces() {
        return PLACE_GROUPS.contains(this);
    }
}
