package fi.koto.platform.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers the request id and writes the access line of every request that reaches the application's filters.
 * Requests the authentication mechanism answers itself (a 401 on the API, a redirect to the login page) never
 * reach a filter; the mechanism writes their line ({@link AccessLog#record}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AccessLogFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestIds.apply(request, response);
        AccessLog.enteredFilters(request);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!request.isAsyncStarted()) {
                // an exception still on its way to the error page will be answered 500
                AccessLog.record(request, failed ? 500 : response.getStatus(), request.getRemoteUser());
            }
        }
    }
}
