package fi.koto.notification.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Sends the overdue digest every morning at 07:00 Finnish time. Not persistent, so every node runs it; the claims
 * in {@link DigestForOfficial} keep it to one mail per official per day.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueDigestSchedule {

    @Inject
    OverdueDigest digest;

    @Inject
    Clock clock;

    @Schedule(hour = "7", minute = "0", timezone = "Europe/Helsinki", persistent = false, info = "koto-overdue-digest")
    void everyMorning() {
        digest.run(LocalDate.now(clock), "system");
    }
}
