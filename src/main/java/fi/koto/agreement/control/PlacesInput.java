package fi.koto.agreement.control;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.platform.failure.Reason;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Places as requests give them (keyed by target group name) and as timelines show their changes. Parsing collects
 * one reason per problem instead of failing on the first.
 */
public final class PlacesInput {

    public static final int MAX_PLACES = 100_000;

    private PlacesInput() {}

    /** The places per group; groups left out are not in the map (callers treat them as 0). */
    public static Map<TargetGroup, Integer> parse(Map<String, Integer> input, List<Reason> problems) {
        Map<TargetGroup, Integer> places = new EnumMap<>(TargetGroup.class);
        if (input == null || input.isEmpty()) {
            problems.add(Reason.of("input.required", "places"));
            return places;
        }
        for (var entry : input.entrySet()) {
            TargetGroup group = group(entry.getKey(), problems);
            if (group == null) {
                continue;
            }
            if (!group.hasPlaces()) {
                problems.add(Reason.of("targetGroup.noPlaces", group.name()));
                continue;
            }
            Integer count = entry.getValue();
            if (count == null || count < 0 || count > MAX_PLACES) {
                problems.add(Reason.of("places.count.invalid", group.name(), String.valueOf(count)));
            } else {
                places.put(group, count);
            }
        }
        return places;
    }

    /** The target group named {@code text} (any case), or null with a reason {@code targetGroup.unknown}. */
    public static TargetGroup group(String text, List<Reason> problems) {
        try {
            return TargetGroup.valueOf(String.valueOf(text).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of("targetGroup.unknown", String.valueOf(text)));
            return null;
        }
    }

    /** "QUOTA_REFUGEE 0->20, ASYLUM_PERMIT 5->3" for the groups that changed; "no change" when none did. */
    public static String difference(Map<TargetGroup, Integer> before, Map<TargetGroup, Integer> after) {
        StringJoiner changes = new StringJoiner(", ");
        for (TargetGroup group : TargetGroup.values()) {
            int old = before.getOrDefault(group, 0);
            int now = after.getOrDefault(group, 0);
            if (old != now) {
                changes.add(group.name() + " " + old + "->" + now);
            }
        }
        return changes.length() == 0 ? "no change" : changes.toString();
    }

    /** The sum per group of two sets of places. */
    public static Map<TargetGroup, Integer> plus(Map<TargetGroup, Integer> a, Map<TargetGroup, Integer> b) {
        Map<TargetGroup, Integer> sum = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.placeGroups()) {
            sum.put(group, a.getOrDefault(group, 0) + b.getOrDefault(group, 0));
        }
        return sum;
    }

    /** The trimmed text, null when blank; a reason is added when longer than {@code limit}. */
    public static String optional(String text, String field, int limit, List<Reason> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.trim().length() > limit) {
            problems.add(Reason.of("input.tooLong", field, limit));
            return null;
        }
        return text.trim();
    }
}
