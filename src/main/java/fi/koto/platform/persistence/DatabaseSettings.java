package fi.koto.platform.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the database is, read from the environment so that one WAR runs on the embedded H2 file database (the
 * default, kept under {@code KOTO_DATA_DIR}, {@code ./data} unless set) or on PostgreSQL ({@code KOTO_DB_URL},
 * {@code KOTO_DB_USER}, {@code KOTO_DB_PASSWORD}).
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String DATA_DIR = "KOTO_DATA_DIR";
    public static final String DB_URL = "KOTO_DB_URL";
    public static final String DB_USER = "KOTO_DB_USER";
    public static final String DB_PASSWORD = "KOTO_DB_PASSWORD";

    /**
     * H2 runs in PostgreSQL mode with lower-case identifiers and PostgreSQL's null ordering, so that the
     * migrations and queries behave the same on both databases. {@code WRITE_DELAY=0} writes each commit to the
     * file when it commits: with H2's default (500 ms) a process killed with SIGKILL lost its last half second of
     * committed transactions (an import's chunks, a report just asked for and answered 202), see
     * ImportCrashRecoveryIT. It costs about a millisecond per commit (measured on the project's machine).
     */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
    }

    public static DatabaseSettings fromEnvironment() {
        return from(System.getenv());
    }

    static DatabaseSettings from(Map<String, String> env) {
        String url = blankToNull(env.get(DB_URL));
        if (url == null) {
            String dataDir = blankToNull(env.get(DATA_DIR));
            Path dir =
                    Path.of(dataDir == null ? "data" : dataDir).toAbsolutePath().normalize();
            url = "jdbc:h2:file:" + dir.resolve("koto") + H2_OPTIONS;
            return new DatabaseSettings(url, "koto", "");
        }
        return new DatabaseSettings(url, blankToNull(env.get(DB_USER)), env.getOrDefault(DB_PASSWORD, ""));
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without anything after {@code ;} or {@code ?}, safe to log. */
    public String displayUrl() {
        int cut = url.length();
        for (char c : new char[] {';', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
