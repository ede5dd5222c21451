package fi.koto.platform.logging;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Binds the request id to the thread for the whole request, and unbinds it when the request ends. */
@WebListener
public class RequestIdListener implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        RequestIds.ensure(event.getServletRequest());
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        RequestIds.clear();
    }
}
