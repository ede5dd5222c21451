package fi.koto.platform.cluster;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Names the instance that answered in {@code X-Koto-Instance}, when the instance was given a name: behind the load
 * balancer this is how an operator (and ClusterFailoverIT) tells which instance served a request. The name is an
 * operator's label such as {@code koto-1}, never a host name or address.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InstanceHeaderFilter extends HttpFilter {

    public static final String HEADER = "X-Koto-Instance";

    @Inject
    InstanceName instance;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        instance.configured().ifPresent(name -> response.setHeader(HEADER, name));
        chain.doFilter(request, response);
    }
}
