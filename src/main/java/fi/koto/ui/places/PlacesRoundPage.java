package fi.koto.ui.places;

import fi.koto.agreement.boundary.PlacesRequestView;
import fi.koto.agreement.boundary.PlacesRoundAnswers;
import fi.koto.agreement.boundary.PlacesRoundDetail;
import fi.koto.agreement.boundary.PlacesRoundReminders;
import fi.koto.agreement.boundary.PlacesRounds;
import fi.koto.agreement.boundary.ReminderSent;
import fi.koto.agreement.boundary.RoundTransition;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.platform.failure.KotoException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.ui.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Backs places/round.xhtml: one places round. Officials see every municipality answered or outstanding (late and
 * overdue marked), send reminders to those that have not answered, and close or reopen the round. The answer form
 * is for the municipality chosen with the {@code municipality} parameter (a coordinator's own is chosen at once);
 * a refused save keeps what was typed and names who changed the answer first.
 */
@Named
@ViewScoped
public class PlacesRoundPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlacesRounds rounds;

    @Inject
    PlacesRoundAnswers answers;

    @Inject
    PlacesRoundReminders reminders;

    @Inject
    FacesMessages messages;

    private Long id;
    private String municipality;
    private PlacesRoundDetail detail;
    private PlacesRequestView selected;
    private AnswerForm form;

    /** Runs when the page opens; a round outside the user's scope shows the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback() && detail != null) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFoundException("placesRound.notFound", 0);
            }
            detail = rounds.get(id);
        } catch (KotoException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        var own = detail.municipalities();
        selected = own.stream()
                .filter(r -> r.municipalityCode().equals(municipality))
                .findFirst()
                .orElse(own.size() == 1 && isUserInRole("PLACES_ROUND_ANSWER") ? own.get(0) : null);
        form = selected == null ? null : new AnswerForm(selected);
    }

    public void saveAnswer() {
        attempt(() -> answers.answer(id, selected.municipalityCode(), form.toAnswer()), "roundPage.saved");
    }

    /** Reminds every municipality that has not answered; says how many, and how many have nobody to mail. */
    public void remind() {
        ReminderSent sent;
        try {
            sent = reminders.remind(id, null);
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        messages.info("roundPage.reminded", String.valueOf(sent.municipalities().size()));
        long unreachable = sent.municipalities().stream()
                .filter(m -> m.coordinators() == 0)
                .count();
        if (unreachable > 0) {
            messages.info("roundPage.reminded.unreachable", String.valueOf(unreachable));
        }
        reload();
    }

    public void close() {
        attempt(
                () -> rounds.transition(
                        id, new RoundTransition("CLOSE", detail.round().version())),
                "roundPage.closed");
    }

    public void reopen() {
        attempt(
                () -> rounds.transition(
                        id, new RoundTransition("REOPEN", detail.round().version())),
                "roundPage.reopened");
    }

    /**
     * Runs the step. On success the page is loaded anew; on refusal every reason is shown and what was typed
     * stays.
     */
    private void attempt(Supplier<?> step, String successKey) {
        try {
            step.get();
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        messages.info(successKey);
        reload();
    }

    /** Loads the page anew at its own address (post-redirect-get: a reload cannot send the step again). */
    private void reload() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/places/round.xhtml?id=" + id
                    + (selected == null ? "" : "&municipality=" + selected.municipalityCode()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the user may record the chosen municipality's answer now. */
    public boolean isAnswerable() {
        return selected != null
                && "OPEN".equals(detail.round().status())
                && (isUserInRole("PLACES_ROUND_ANSWER") || isUserInRole("PLACES_ROUND_MANAGE"));
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.placeGroups().toArray(new TargetGroup[0]);
    }

    private static boolean isUserInRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public PlacesRoundDetail getDetail() {
        return detail;
    }

    public PlacesRequestView getSelected() {
        return selected;
    }

    public AnswerForm getForm() {
        return form;
    }
}
