package fi.koto.platform.logging;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The id of the request being served on this thread. A request brings its own in {@code X-Request-Id} (from a
 * proxy or a client, when it is a plain token of at most 64 characters) or gets a new random one; it is answered
 * in the same header and written in every log line of the request ({@link KotoLogFormatter}).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String STARTED = RequestIds.class.getName() + ".started";

    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    /** The same thread-local, for the formatter's unit test. */
    static final ThreadLocal<String> CURRENT_FOR_TESTS = CURRENT;

    private RequestIds() {}

    /** The id of the request on this thread; null outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    /**
     * The request's id, made on the first call (whichever of the listener, the authentication mechanism and the
     * filters sees the request first) and bound to this thread.
     */
    public static String ensure(ServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        String id;
        if (known instanceof String s) {
            id = s;
        } else {
            String given = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
            id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
            request.setAttribute(ATTRIBUTE, id);
            request.setAttribute(STARTED, System.nanoTime());
        }
        CURRENT.set(id);
        return id;
    }

    /** Answers the request's id in {@code X-Request-Id}. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (!response.isCommitted() && !response.containsHeader(HEADER)) {
            response.setHeader(HEADER, ensure(request));
        }
    }

    static void clear() {
        CURRENT.remove();
    }

    /** Milliseconds since the request's id was made. */
    static long elapsedMillis(ServletRequest request) {
        Object started = request.getAttribute(STARTED);
        return started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : 0;
    }

    static String newId() {
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
