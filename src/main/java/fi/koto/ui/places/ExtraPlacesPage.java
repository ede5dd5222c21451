package fi.koto.ui.places;

import fi.koto.agreement.boundary.ExtraPlaces;
import fi.koto.agreement.boundary.ExtraPlacesResponse;
import fi.koto.agreement.boundary.ExtraPlacesView;
import fi.koto.platform.failure.KotoException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.ui.DecisionForm;
import fi.koto.ui.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Backs places/extra.xhtml: one extra-places request and, while it awaits a response, the form where the
 * municipality's coordinator (or the official, for an answer by letter) records how many places it accepts.
 */
@Named
@ViewScoped
public class ExtraPlacesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExtraPlaces extraPlaces;

    @Inject
    FacesMessages messages;

    private Long agreement;
    private Long id;
    private ExtraPlacesView request;
    private Integer accepted;
    private final DecisionForm decision = new DecisionForm();

    /** Runs when the page opens; a request outside the user's scope shows the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback() && request != null) {
            return;
        }
        try {
            if (id == null || agreement == null) {
                throw new NotFoundException("extraPlaces.notFound", 0);
            }
            request = extraPlaces.get(agreement, id);
            accepted = request.personsRequested();
        } catch (KotoException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void respond() {
        try {
            extraPlaces.respond(
                    agreement,
                    id,
                    new ExtraPlacesResponse(
                            accepted,
                            decision.getBody(),
                            decision.dateText(),
                            decision.getReference(),
                            request.version()));
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        messages.info("extraPage.answered");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(
                    external.getRequestContextPath() + "/places/extra.xhtml?agreement=" + agreement + "&id=" + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAnswerable() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return "REQUESTED".equals(request.status())
                && (external.isUserInRole("PLACES_ROUND_ANSWER") || external.isUserInRole("PLACES_ROUND_MANAGE"));
    }

    public Long getAgreement() {
        return agreement;
    }

    public void setAgreement(Long agreement) {
        this.agreement = agreement;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExtraPlacesView getRequest() {
        return request;
    }

    public Integer getAccepted() {
        return accepted;
    }

    public void setAccepted(Integer accepted) {
        this.accepted = accepted;
    }

    public DecisionForm getDecision() {
        return decision;
    }
}
