package fi.koto.guideline.control;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What changed between a guideline and its previous one: the occupation codes added and removed. */
public record GuidelineChanges(Long previousId, List<String> added, List<String> removed) {

    public static GuidelineChanges between(Long previousId, Set<String> previous, Set<String> current) {
        Set<String> added = new TreeSet<>(current);
        added.removeAll(previous);
        Set<String> removed = new TreeSet<>(previous);
        removed.removeAll(current);
        return new GuidelineChanges(previousId, List.copyOf(added), List.copyOf(removed));
    }
}
