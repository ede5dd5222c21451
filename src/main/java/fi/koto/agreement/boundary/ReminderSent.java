package fi.koto.agreement.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer to sending reminders: which municipalities were reminded and how many coordinators with an e-mail
 * address each has (0 means nobody can be reached by mail: call them).
 */
public record ReminderSent(
        long id,
        long roundId,
        int year,
        LocalDate deadline,
        OffsetDateTime sentAt,
        String sentBy,
        List<Reminded> municipalities) {

    /** One municipality reminded. */
    public record Reminded(String code, String nameFi, String nameSv, long coordinators) {}
}
