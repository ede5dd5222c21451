package fi.koto.report.entity;

/**
 * The reports Koto produces (catalogue: reports/README.md). Labels and descriptions are in the bundles under
 * {@code report.type.ID} and {@code report.type.ID.description}.
 */
public enum ReportType {
    /** Places agreed for the year against persons placed to the end of the period, by municipality and group. */
    PLACES_AGREED_VS_REALISED,
    /** Persons placed in the period by target group, assigned vs self-settled, under 7 vs 7 or older. */
    PLACEMENTS,
    /** Each municipality's programmes at the end of the period: state, legal basis, approval, revision due. */
    PROGRAMME_STATUS,
    /** Reviews opened, closed and overdue in the period, rounds and time with each side, per programme. */
    REVIEW_ACTIVITY,
    /** The estimated calculated compensation for the months of the period, per municipality. */
    COMPENSATION,
    /**
     * The annual places round of the year (the year of places the rounds ask for): per municipality its answer
     * against the deadline, the places answered per group and the reminders sent. A whole year only; it may be
     * pulled for the years a round may be opened for (the round for next year runs this autumn).
     */
    PLACES_ROUND,
    /**
     * The annual monitoring of the year: who has reported, each reported indicator against its baseline and target,
     * each measure's progress. A whole year only; read as it stands when pulled (docs/domain.md, "Goals, measures,
     * indicators and monitoring").
     */
    MONITORING,
    /**
     * The regional work-permit guidelines in force on the last day of the period (or today while it runs): every
     * area's guideline, or none, and each occupation exempt from the labour-market test since when. Read as the
     * published guidelines stand, which keep their dates once decided (docs/domain.md, "Regional work-permit
     * guidelines").
     */
    WORK_PERMIT_GUIDELINES;

    /** Reported for a whole year only (no quarter); the quarterly schedule leaves it out. */
    public boolean isAnnualOnly() {
        return this == PLACES_ROUND || this == MONITORING;
    }

    public String labelKey() {
        return "report.type." + name();
    }

    public String descriptionKey() {
        return labelKey() + ".description";
    }
}
