package fi.koto.ui.programmes;

import fi.koto.programme.boundary.Programmes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The actions of programmes/view.xhtml: the transitions the user's role allows in the programme's state, each
 * with an optional comment for the timeline. The adoption has a form of its own ({@link AdoptionForm}).
 */
@Named
@ViewScoped
public class ProgrammeActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePage page;

    @Inject
    Programmes programmes;

    private String comment;

    public void submit() {
        page.attempt(() -> programmes.submit(page.getId(), comment, version()), "programmePage.submitted");
    }

    public void withdraw() {
        page.attempt(() -> programmes.withdraw(page.getId(), comment, version()), "programmePage.withdrawn");
    }

    public void startReview() {
        page.attempt(() -> programmes.startReview(page.getId(), comment, version()), "programmePage.reviewStarted");
    }

    public void requestChanges() {
        page.attempt(
                () -> programmes.requestChanges(page.getId(), comment, version()), "programmePage.changesRequested");
    }

    public void approve() {
        page.attempt(() -> programmes.approve(page.getId(), comment, version()), "programmePage.approved");
    }

    private long version() {
        return page.getDetail().version();
    }

    /** Whether the person has any step to take on the programme in its state (the actions area shows only then). */
    public boolean isActionable() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String status = page.getDetail().status();
        boolean coordinatorStep =
                external.isUserInRole("PROGRAMME_EDIT") && (page.isEditable() || "SUBMITTED".equals(status));
        // the adoption has a form of its own (AdoptionForm), shown while the review is accepted
        boolean officialStep =
                external.isUserInRole("PROGRAMME_REVIEW") && ("SUBMITTED".equals(status) || page.isInReview());
        return coordinatorStep || officialStep;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
