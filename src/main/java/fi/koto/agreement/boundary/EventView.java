package fi.koto.agreement.boundary;

import fi.koto.agreement.entity.AgreementEvent;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One entry of an agreement's timeline. */
public record EventView(
        OffsetDateTime at, String actor, String action, String fromStatus, String toStatus, String comment)
        implements Serializable {

    public static EventView of(AgreementEvent e) {
        return new EventView(
                e.getAt(),
                e.getActor(),
                e.getAction(),
                e.getFromStatus() == null ? null : e.getFromStatus().name(),
                e.getToStatus() == null ? null : e.getToStatus().name(),
                e.getComment());
    }
}
