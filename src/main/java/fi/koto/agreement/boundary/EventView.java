package fi.koto.agreement.boundary;

import fi.koto.agreement.entity.AgreementEvent;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One entry of an agreement's timeline. A change of places has its data in {@code places} (absent otherwise) and,
 * as it always had, its codes in {@code comment}.
 */
public record EventView(
        OffsetDateTime at,
        String actor,
        String action,
        String fromStatus,
        String toStatus,
        String comment,
        PlacesChangeView places)
        implements Serializable {

    public static EventView of(AgreementEvent e) {
        PlacesChangeView places = e.isPlacesChange() ? PlacesChangeView.of(e) : null;
        return new EventView(
                e.getAt(),
                e.getActor(),
                e.getAction(),
                e.getFromStatus() == null ? null : e.getFromStatus().name(),
                e.getToStatus() == null ? null : e.getToStatus().name(),
                places == null ? e.getComment() : places.codes(),
                places);
    }
}
