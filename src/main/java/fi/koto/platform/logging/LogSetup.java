package fi.koto.platform.logging;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Puts {@link KotoLogFormatter} on the server's log handlers when Koto starts, so that every line the server
 * writes from then on, Koto's and Payara's alike, is plain text or JSON ({@code KOTO_LOG_FORMAT}) with the request
 * id; the lines before Koto's deployment come from Payara's own formatter, kept free of colour codes by
 * config/logging.properties. The handlers get their old formatters back when Koto is undeployed.
 */
@WebListener
public class LogSetup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(LogSetup.class.getName());

    private final Map<Handler, Formatter> replaced = new IdentityHashMap<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        KotoLogFormatter formatter = KotoLogFormatter.fromSetting(System.getenv("KOTO_LOG_FORMAT"));
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            replaced.put(handler, handler.getFormatter());
            handler.setFormatter(formatter);
        }
        LOG.info(() -> "Log lines are " + (formatter.json() ? "JSON" : "plain text") + " on " + replaced.size()
                + " handler(s), with the request id; the access log is the logger " + AccessLog.LOGGER);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        replaced.forEach(Handler::setFormatter);
        replaced.clear();
    }
}
