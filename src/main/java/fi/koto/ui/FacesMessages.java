package fi.koto.ui;

import fi.koto.platform.failure.KotoException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Puts messages from the bundles on the page, in the user's language; every reason of a refusal is shown. */
@RequestScoped
public class FacesMessages {

    @Inject
    LanguageSelection languages;

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public void errors(KotoException refusal) {
        for (Reason reason : refusal.reasons()) {
            add(FacesMessage.SEVERITY_ERROR, reason.key(), reason.args().toArray());
        }
    }

    private void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = Messages.text(languages.current(), key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
