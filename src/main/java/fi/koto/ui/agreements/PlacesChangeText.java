package fi.koto.ui.agreements;

import fi.koto.agreement.boundary.EventView;
import fi.koto.agreement.boundary.PlacesChangeView;
import fi.koto.agreement.entity.TargetGroup;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Tells a timeline entry in words of the reader's language: a change of places from its data ("2026:
 * Kiintiöpakolaiset 0 → 20, …", its source after it in brackets), anything else (a transition's comment, a
 * comment written by hand before changes of places were data) as it was written.
 */
public final class PlacesChangeText {

    private PlacesChangeText() {}

    /**
     * @param label the name of a target group in the reader's language
     * @param noChange the words for "no change" in the reader's language
     */
    public static String readable(EventView entry, Function<TargetGroup, String> label, String noChange) {
        PlacesChangeView change = entry.places();
        if (change == null) {
            return entry.comment() == null ? "" : entry.comment();
        }
        StringJoiner groups = new StringJoiner(", ");
        for (PlacesChangeView.Group g : change.changes()) {
            String name = group(g.targetGroup()).map(label).orElse(g.targetGroup());
            groups.add(name + " " + g.before() + " → " + g.after());
        }
        return change.year() + ": " + (change.changes().isEmpty() ? noChange : groups.toString())
                + (change.source() == null ? "" : " [" + change.source() + "]");
    }

    private static Optional<TargetGroup> group(String code) {
        for (TargetGroup g : TargetGroup.values()) {
            if (g.name().equals(code)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
