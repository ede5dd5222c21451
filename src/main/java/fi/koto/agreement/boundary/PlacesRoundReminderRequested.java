package fi.koto.agreement.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * CDI event: an official asked Koto to remind the coordinators of {@code municipalityCodes} (the municipalities
 * that had not answered) to answer the places round for {@code year} by {@code deadline}. The reminder is already
 * recorded ({@code reminderId}) when the event fires, inside the same transaction.
 * <p>
 * The event is fired synchronously before the commit. {@code fi.koto.notification.control.PlacesRoundReminderMails}
 * observes it there and writes the mails to the outbox in the same transaction, which delivers them only after a
 * successful commit; an observer acting outside Koto must use {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record PlacesRoundReminderRequested(
        long reminderId,
        long roundId,
        String authorityCode,
        int year,
        LocalDate deadline,
        List<String> municipalityCodes,
        String actor,
        OffsetDateTime at) {}
