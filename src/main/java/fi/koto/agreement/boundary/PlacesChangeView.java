package fi.koto.agreement.boundary;

import fi.koto.agreement.entity.AgreementEvent;
import java.io.Serializable;
import java.util.List;
import java.util.StringJoiner;

/**
 * A change of places on an agreement's timeline, as data: the year, where it came from (e.g.
 * {@code PLACES_ROUND 12}; null when entered on the agreement) and per target group that changed the places
 * before and after.
 */
public record PlacesChangeView(int year, String source, List<Group> changes) implements Serializable {

    /** One target group's places before and after. */
    public record Group(String targetGroup, int before, int after) implements Serializable {}

    public static PlacesChangeView of(AgreementEvent e) {
        return new PlacesChangeView(
                e.getPlacesYear(),
                e.getPlacesSource(),
                e.getPlacesChanges().stream()
                        .map(c -> new Group(c.targetGroup(), c.before(), c.after()))
                        .toList());
    }

    /**
     * The change in the codes the API has always given in {@code comment}, e.g.
     * {@code 2027: QUOTA_REFUGEE 20->15, ASYLUM_PERMIT 0->30 [PLACES_ROUND 12]} or {@code 2026: no change}; for
     * people, the pages put it in words of the reader's language.
     */
    public String codes() {
        StringJoiner groups = new StringJoiner(", ");
        changes.forEach(c -> groups.add(c.targetGroup() + " " + c.before() + "->" + c.after()));
        return year + ": " + (changes.isEmpty() ? "no change" : groups.toString())
                + (source == null ? "" : " [" + source + "]");
    }
}
