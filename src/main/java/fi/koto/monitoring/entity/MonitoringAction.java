package fi.koto.monitoring.entity;

/** The steps of an annual monitoring report. */
public enum MonitoringAction {
    /** The coordinator hands the year's monitoring to the regional authority. */
    REPORT,
    /** The coordinator takes a report back to correct it (it is private to the municipality again). */
    REOPEN;

    public String labelKey() {
        return "monitoring.action." + name();
    }
}
