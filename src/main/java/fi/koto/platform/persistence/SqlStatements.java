package fi.koto.platform.persistence;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells statements that may write or lock rows from those that only read. */
final class SqlStatements {

    /** Statements that neither change rows nor lock them; everything else counts as writing. */
    private static final Set<String> READING = Set.of("SELECT", "VALUES", "TABLE", "SHOW", "EXPLAIN", "CALL", "SET");
    /** A read that locks rows, or H2's data change delta table ({@code SELECT * FROM FINAL TABLE (UPDATE ...)}). */
    private static final Pattern LOCKING_OR_CHANGING =
            Pattern.compile("\\bFOR\\s+UPDATE\\b|\\b(FINAL|NEW|OLD)\\s+TABLE\\s*\\(", Pattern.CASE_INSENSITIVE);

    private SqlStatements() {}

    /**
     * True unless the statement only reads: {@code SELECT ... FOR UPDATE} locks rows and so counts as writing, and a
     * statement this cannot read with confidence ({@code WITH ...}) counts as writing too.
     */
    static boolean writes(String sql) {
        if (sql == null) {
            return false;
        }
        String keyword = firstKeyword(sql);
        return !keyword.isEmpty()
                && (!READING.contains(keyword)
                        || LOCKING_OR_CHANGING.matcher(sql).find());
    }

    /** The first word after leading blanks, comments and opening parentheses, in upper case. */
    static String firstKeyword(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i).toUpperCase(Locale.ROOT);
    }
}
