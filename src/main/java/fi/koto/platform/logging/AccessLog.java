package fi.koto.platform.logging;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One line per request: {@code access user=U method=M path=P status=S duration_ms=D}, in the logger
 * {@code fi.koto.access-log}. The path keeps its query string with the values of parameters that could carry a
 * secret (passwords, tokens, codes, keys) replaced by {@code ***}; headers (where passwords and tokens travel)
 * are never written.
 */
public final class AccessLog {

    public static final String LOGGER = "fi.koto.access-log";
    static final Logger LOG = Logger.getLogger(LOGGER);

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(.*pass(word|wd)?|.*secret|.*token|.*key|code|state|session|jsessionid|.*assertion" + "|.*credentials?)");
    private static final String LOGGED = AccessLog.class.getName() + ".logged";
    private static final String IN_FILTERS = AccessLog.class.getName() + ".inFilters";

    private AccessLog() {}

    /**
     * For the authentication mechanism: writes the line of a request it answered itself (which reaches no filter),
     * but not when a page's login action called it from within the filters (their line comes after).
     */
    public static void answeredBeforeFilters(HttpServletRequest request, int status) {
        if (request.getAttribute(IN_FILTERS) == null) {
            record(request, status, null);
        }
    }

    static void enteredFilters(HttpServletRequest request) {
        request.setAttribute(IN_FILTERS, Boolean.TRUE);
    }

    /** Writes the request's access line once (the filter, or the authentication mechanism that answered it). */
    public static void record(HttpServletRequest request, int status, String user) {
        if (request.getAttribute(LOGGED) != null) {
            return;
        }
        request.setAttribute(LOGGED, Boolean.TRUE);
        RequestIds.ensure(request);
        long millis = RequestIds.elapsedMillis(request);
        String path = request.getRequestURI();
        LOG.info(() -> line(user, request.getMethod(), path, request.getQueryString(), status, millis));
    }

    static String line(String user, String method, String path, String query, int status, long millis) {
        return "access user=" + (user == null ? "-" : clean(user)) + " method=" + clean(method) + " path="
                + clean(path) + (query == null || query.isEmpty() ? "" : "?" + clean(redact(query))) + " status="
                + status + " duration_ms=" + millis;
    }

    /** The query string with the values of secret-looking parameters replaced by {@code ***}. */
    static String redact(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (equals >= 0
                    && SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                out.append(name).append("=***");
            } else {
                out.append(pair);
            }
        }
        return out.toString();
    }

    /** No spaces, control characters or line breaks from the request: one line, fields separated by spaces. */
    private static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length() && i < 2000; i++) {
            char c = value.charAt(i);
            out.append(c <= ' ' || c == 0x7f ? '_' : c);
        }
        return out.toString();
    }
}
