package fi.koto.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response: pages, REST, downloads, redirects to the login page, 401 answers of the
 * authentication mechanism (which run before any filter) and error pages (error dispatches).
 * <ul>
 * <li>a Content-Security-Policy that loads everything from Koto itself only, never frames Koto
 * ({@code frame-ancestors 'none'}), never posts a form elsewhere ({@code form-action 'self'}) and allows no plugins
 * or foreign base URLs. PrimeFaces still needs inline scripts and styles and {@code eval};
 * <li>{@code X-Frame-Options: DENY} for browsers without CSP level 2, {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy: same-origin};
 * <li>{@code Strict-Transport-Security} when the request came over TLS: to the server itself, or to nginx in front
 * of it, which says so in {@code X-Forwarded-Proto: https} (config/nginx);
 * <li>{@code Cache-Control: no-store} on everything but the versioned static resources of Faces.
 * </ul>
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {}

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (overTls(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String uri = request.getRequestURI();
        if (uri == null || !uri.contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static boolean overTls(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return forwarded != null
                && forwarded.trim().toLowerCase(java.util.Locale.ROOT).startsWith("https");
    }
}
