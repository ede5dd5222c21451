package fi.koto.ui.agreements;

import fi.koto.agreement.boundary.AgreementView;
import fi.koto.agreement.boundary.Agreements;
import fi.koto.agreement.boundary.NewAgreement;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Backs agreements/new.xhtml: an official drafts an agreement with a municipality their authority serves today,
 * optionally with the day the wellbeing services county was already consulted. Places per year and target group
 * are entered on the agreement's page, as the model keeps them per year.
 */
@Named
@RequestScoped
public class NewAgreementPage {

    @Inject
    Agreements agreements;

    @Inject
    FacesMessages messages;

    private String municipalityCode;
    private LocalDate consultedOn;

    public String create() {
        try {
            AgreementView created = agreements.draft(
                    new NewAgreement(municipalityCode, consultedOn == null ? null : consultedOn.toString()));
            messages.info("agreementPage.created");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/agreements/view.xhtml?faces-redirect=true&id=" + created.id();
        } catch (KotoException e) {
            messages.errors(e);
            return null;
        }
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public LocalDate getConsultedOn() {
        return consultedOn;
    }

    public void setConsultedOn(LocalDate consultedOn) {
        this.consultedOn = consultedOn;
    }
}
