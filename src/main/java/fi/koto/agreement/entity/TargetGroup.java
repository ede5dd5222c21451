package fi.koto.agreement.entity;

/**
 * The groups municipal places are allocated to and compensation is counted for (docs/domain.md, "Placement
 * agreements and the annual places round"). Labels are in the bundles under {@code targetGroup.NAME}.
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
    FAMILY_MEMBER;

    /** Made once: reports ask for it once per row. */
    private final String labelKey = "targetGroup." + name();

    public String labelKey() {
        return labelKey;
    }
}
