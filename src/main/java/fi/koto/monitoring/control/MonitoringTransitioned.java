package fi.koto.monitoring.control;

import fi.koto.monitoring.entity.MonitoringAction;
import fi.koto.monitoring.entity.MonitoringStatus;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Fired (synchronously, inside the transaction) after a year's monitoring report moved from one state to another;
 * observers that send mail should use {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record MonitoringTransitioned(
        long programmeId,
        int year,
        Set<String> municipalityCodes,
        MonitoringAction action,
        MonitoringStatus from,
        MonitoringStatus to,
        String actor,
        OffsetDateTime at) {}
