package fi.koto.monitoring.entity;

/** How far a measure got in the monitored year, as the coordinator accounts for it. */
public enum MeasureProgress {
    DONE,
    IN_PROGRESS,
    NOT_STARTED;

    /** A measure that has not started needs a word on why; the others may have a comment. */
    public boolean needsComment() {
        return this == NOT_STARTED;
    }

    public String labelKey() {
        return "monitoring.progress." + name();
    }
}
