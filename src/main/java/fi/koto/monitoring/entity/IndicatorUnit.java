package fi.koto.monitoring.entity;

/** What an indicator counts; labels in the bundles under {@code monitoring.unit.NAME}. Stored, never parsed from text. */
public enum IndicatorUnit {
    PERCENT,
    PERSONS,
    COUNT,
    DAYS,
    EUROS,
    SCORE;

    public String labelKey() {
        return "monitoring.unit." + name();
    }
}
