package fi.koto.guideline.control;

import fi.koto.guideline.entity.GuidelineAction;
import fi.koto.guideline.entity.GuidelineStatus;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Fired (synchronously, inside the transaction) after a guideline moved from one state to another; observers that
 * send mail should use {@code during = TransactionPhase.AFTER_SUCCESS} or queue in the outbox.
 */
public record GuidelineTransitioned(
        long guidelineId,
        Set<Long> authorityIds,
        GuidelineAction action,
        GuidelineStatus from,
        GuidelineStatus to,
        String actor,
        OffsetDateTime at) {}
