package fi.koto.ui.agreements;

import fi.koto.agreement.entity.TargetGroup;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the record of a change of places, as the timeline stores it ("2026: QUOTA_REFUGEE 0->20, ASYLUM_PERMIT
 * 5->3", or "2026: no change"), into words of the reader's language ("2026: Quota refugees 0 → 20, …"). Anything
 * else (an older or hand-written comment) is shown as it was written.
 */
public final class PlacesChangeText {

    private static final Pattern CHANGE = Pattern.compile("\\b([A-Z_]+) (\\d+)->(\\d+)");
    private static final String NO_CHANGE = "no change";

    private PlacesChangeText() {}

    /**
     * @param label the name of a target group in the reader's language
     * @param noChange the words for "no change" in the reader's language
     */
    public static String readable(String comment, Function<TargetGroup, String> label, String noChange) {
        if (comment == null) {
            return "";
        }
        int colon = comment.indexOf(": ");
        if (colon < 0) {
            return comment;
        }
        String year = comment.substring(0, colon);
        String changes = comment.substring(colon + 2);
        if (changes.equals(NO_CHANGE)) {
            return year + ": " + noChange;
        }
        Matcher m = CHANGE.matcher(changes);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String group = group(m.group(1)).map(label).orElse(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(group + " " + m.group(2) + " → " + m.group(3)));
        }
        m.appendTail(out);
        return year + ": " + out;
    }

    private static java.util.Optional<TargetGroup> group(String name) {
        try {
            return java.util.Optional.of(TargetGroup.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
