package fi.koto.ui.places;

import fi.koto.agreement.boundary.ExtraPlaces;
import fi.koto.agreement.boundary.ExtraPlacesView;
import fi.koto.agreement.boundary.NewPlacesRound;
import fi.koto.agreement.boundary.PlacesRequestView;
import fi.koto.agreement.boundary.PlacesRoundDetail;
import fi.koto.agreement.boundary.PlacesRoundView;
import fi.koto.agreement.boundary.PlacesRounds;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs places/index.xhtml: the places rounds in the user's scope with answers counted against the deadline, an
 * official's form to open the round of their authority, a coordinator's requests to answer, and the extra-places
 * requests (the form for a new one is {@link NewExtraPlacesForm}).
 */
@Named
@ViewScoped
public class PlacesIndexPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlacesRounds rounds;

    @Inject
    ExtraPlaces extraPlaces;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private List<PlacesRoundView> roundList;
    private List<PlacesRequestView> requests;
    private List<ExtraPlacesView> extras;
    private Integer year;
    private LocalDate deadline;
    private String caseReference;

    @PostConstruct
    void init() {
        roundList = rounds.list(null, null);
        extras = extraPlaces.search(null);
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PLACES_ROUND_ANSWER")) {
            requests = rounds.requests(null);
        }
        year = LocalDate.now(clock).getYear() + 1;
        LocalDate usual = rounds.usualDeadline();
        deadline = usual.isBefore(LocalDate.now(clock)) ? null : usual;
    }

    /** Opens the round and shows it; on refusal every reason is shown and the form keeps what was typed. */
    public String open() {
        try {
            PlacesRoundDetail opened =
                    rounds.open(new NewPlacesRound(year, deadline == null ? null : deadline.toString(), caseReference));
            messages.info("placesPage.opened");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/places/round.xhtml?faces-redirect=true&id="
                    + opened.round().id();
        } catch (KotoException e) {
            messages.errors(e);
            return null;
        }
    }

    /** Whether the round's deadline is over while municipalities in the user's view have not answered. */
    public boolean overdue(PlacesRoundView round) {
        return round.pastDeadline() && round.outstanding() > 0 && "OPEN".equals(round.status());
    }

    public List<PlacesRoundView> getRounds() {
        return roundList;
    }

    public List<PlacesRequestView> getRequests() {
        return requests;
    }

    public List<ExtraPlacesView> getExtras() {
        return extras;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }
}
