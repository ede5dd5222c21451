package fi.koto.programme.control;

import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeStatus;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Fired (synchronously, inside the transaction) after a programme moved from one state to another, for
 * notifications; observers that send mail should use {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record ProgrammeTransitioned(
        long programmeId,
        Set<String> municipalityCodes,
        ProgrammeAction action,
        ProgrammeStatus from,
        ProgrammeStatus to,
        String actor,
        OffsetDateTime at,
        String comment) {}
