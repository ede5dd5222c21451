package fi.koto.ui.agreements;

import fi.koto.agreement.boundary.AgreementView;
import fi.koto.agreement.boundary.Agreements;
import fi.koto.agreement.boundary.EventView;
import fi.koto.agreement.boundary.TransitionRequest;
import fi.koto.platform.failure.KotoException;
import fi.koto.platform.i18n.Messages;
import fi.koto.reference.boundary.Authorities;
import fi.koto.ui.AfterStep;
import fi.koto.ui.FacesMessages;
import fi.koto.ui.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Backs agreements/view.xhtml: one agreement, the steps the user's role may take in its status (from
 * {@code AgreementStatus}, as the boundary lists them), and its timeline. The places, utilisation and compensation
 * of the same page are in {@link AgreementPlacesPanel}. A refused step keeps what the person typed.
 */
@Named
@ViewScoped
public class AgreementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agreements agreements;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageSelection languages;

    @Inject
    Authorities authorities;

    private Long id;
    private Integer year;
    private AgreementView agreement;
    private List<EventView> history;
    private final StepForm step = new StepForm();

    /** Runs when the page opens; an agreement outside the user's scope shows the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback() && agreement != null) {
            return;
        }
        try {
            if (id == null) {
                AfterStep.notFound();
                return;
            }
            agreement = agreements.get(id);
            history = agreements.history(id);
        } catch (KotoException e) {
            AfterStep.notFound();
        }
    }

    public void recordConsultation() {
        attempt(
                () -> agreements.recordConsultation(id, request("RECORD_CONSULTATION", step.getConsultedOn())),
                "agreementPage.consultationRecorded");
    }

    public void send() {
        attempt(() -> agreements.send(id, request("SEND", null)), "agreementPage.sent");
    }

    public void recordDecision() {
        attempt(
                () -> agreements.recordDecision(id, request("RECORD_DECISION", null)),
                "agreementPage.decisionRecorded");
    }

    public void sign() {
        attempt(() -> agreements.sign(id, request("SIGN", step.getStepDate())), "agreementPage.signed");
    }

    public void terminate() {
        attempt(() -> agreements.terminate(id, request("TERMINATE", step.getStepDate())), "agreementPage.terminated");
    }

    private TransitionRequest request(String action, java.time.LocalDate date) {
        return new TransitionRequest(
                action,
                step.getComment(),
                text(date),
                step.getDecision().getBody(),
                step.getDecision().dateText(),
                step.getDecision().getReference(),
                agreement.version());
    }

    private void attempt(Supplier<AgreementView> transition, String successKey) {
        try {
            transition.get();
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        messages.info(successKey);
        reload();
    }

    /** Loads the page anew at its own address, keeping the year of places shown. */
    void reload() {
        AfterStep.reload("/agreements/view.xhtml?id=" + id + (year == null ? "" : "&year=" + year));
    }

    /** Whether the user may take this step now (their role's permission and the agreement's status). */
    public boolean can(String action) {
        return agreement.actions().contains(action);
    }

    public boolean isActionable() {
        return !agreement.actions().isEmpty();
    }

    public String municipalityName() {
        return "sv".equals(languages.getCode()) ? agreement.municipalityNameSv() : agreement.municipalityNameFi();
    }

    /** The wellbeing services county consulted, by name in the page's language; null before a consultation. */
    public String countyName() {
        if (agreement.wellbeingCountyCode() == null) {
            return null;
        }
        return "sv".equals(languages.getCode()) ? agreement.wellbeingCountyNameSv() : agreement.wellbeingCountyNameFi();
    }

    /** The authority party to the agreement, by name in the page's language (its code if it no longer exists). */
    public String authorityName() {
        return authorities.current().stream()
                .filter(a -> a.code().equals(agreement.authorityCode()))
                .findFirst()
                .map(a -> a.name(languages.getCode()) + " (" + a.code() + ")")
                .orElse(agreement.authorityCode());
    }

    /** A timeline entry's comment; a change of places is told in words of the reader's language. */
    public String eventComment(EventView e) {
        return PlacesChangeText.readable(
                e,
                group -> Messages.text(languages.current(), group.labelKey()),
                Messages.text(languages.current(), "agreementPage.places.noChange"));
    }

    private static String text(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public AgreementView getAgreement() {
        return agreement;
    }

    public List<EventView> getHistory() {
        return history;
    }

    public StepForm getStep() {
        return step;
    }
}
