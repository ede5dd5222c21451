package fi.koto.agreement.boundary;

import fi.koto.agreement.entity.PlacesReminder;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** A reminder sent in a places round: when, by whom, to which municipalities (those in the reader's scope). */
public record ReminderView(long id, OffsetDateTime sentAt, String sentBy, List<String> municipalityCodes)
        implements Serializable {

    public static ReminderView of(PlacesReminder reminder, Set<String> visibleCodes) {
        return new ReminderView(
                reminder.getId(),
                reminder.getSentAt(),
                reminder.getSentBy(),
                reminder.getMunicipalityCodes().stream()
                        .filter(visibleCodes::contains)
                        .toList());
    }
}
