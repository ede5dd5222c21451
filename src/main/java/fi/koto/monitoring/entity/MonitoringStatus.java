package fi.koto.monitoring.entity;

import java.util.Optional;

/**
 * Where a year's monitoring report is. This enum is the one place that says which action leads where: a draft is
 * reported, a reported one may be reopened to correct it. A draft is private to the municipality, as a programme
 * draft is; the regional authority and managers see a report once it is reported.
 */
public enum MonitoringStatus {
    DRAFT,
    REPORTED;

    public Optional<MonitoringStatus> after(MonitoringAction action) {
        MonitoringStatus next =
                switch (action) {
                    case REPORT -> this == DRAFT ? REPORTED : null;
                    case REOPEN -> this == REPORTED ? DRAFT : null;
                };
        return Optional.ofNullable(next);
    }

    /** Whether the coordinator may change the values and accounts now. */
    public boolean isEditable() {
        return this == DRAFT;
    }

    public String labelKey() {
        return "monitoring.status." + name();
    }
}
