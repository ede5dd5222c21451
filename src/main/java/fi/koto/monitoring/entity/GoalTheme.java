package fi.koto.monitoring.entity;

/**
 * The themes goals are structured by: the purposes Act 681/2023 §1 names (docs/domain.md, "Goals, measures,
 * indicators and monitoring"). Labels in the bundles under {@code monitoring.theme.NAME}.
 */
public enum GoalTheme {
    EMPLOYMENT_AND_ENTREPRENEURSHIP,
    WELLBEING,
    HEALTH,
    PARTICIPATION,
    EQUALITY_AND_NON_DISCRIMINATION,
    GOOD_POPULATION_RELATIONS;

    public String labelKey() {
        return "monitoring.theme." + name();
    }
}
