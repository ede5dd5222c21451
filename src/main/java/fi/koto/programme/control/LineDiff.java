package fi.koto.programme.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line-based diff of two texts (longest common subsequence), enough to show an official what changed in a
 * section between two submissions. Pure: no container, no database.
 */
public final class LineDiff {

    /** How a line of the result relates to the two texts. */
    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    /** One line of the result. */
    public record Line(Kind kind, String text) {}

    private LineDiff() {}

    public static List<Line> between(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                result.add(new Line(Kind.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                result.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                result.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            result.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            result.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return result;
    }

    /** Whether the diff shows any change. */
    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }
}
