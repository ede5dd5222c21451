package fi.koto.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Post-redirect-get after a successful step: the messages survive the redirect and the page is loaded anew at its
 * own address, so a reload cannot send the step again and the address keeps what the page shows.
 */
public final class AfterStep {

    private AfterStep() {}

    /** Redirects to {@code path} (from the application's root, with its query). */
    public static void reload(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers 404 for the page: what was asked for does not exist or lies outside the user's scope. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }
}
