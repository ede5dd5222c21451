package fi.koto.ui.programmes;

import fi.koto.programme.boundary.ProgrammeSharing;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The guidance area of programmes/view.xhtml: the coordinator shares a draft with the officials for guidance
 * and takes it back (with a comment for the timeline); an official adds guidance notes to a shared draft.
 */
@Named
@ViewScoped
public class ProgrammeGuidancePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePage page;

    @Inject
    ProgrammeSharing sharing;

    private String comment;
    private String guidanceText;
    private String guidanceSection;

    public void share() {
        page.attempt(() -> sharing.share(page.getId()), "programmePage.shared");
    }

    public void unshare() {
        page.attempt(() -> sharing.unshare(page.getId(), comment), "programmePage.unshared");
    }

    public void addGuidanceNote() {
        page.attempt(
                () -> sharing.addGuidanceNote(page.getId(), guidanceSection, guidanceText),
                "programmePage.guidanceAdded");
    }

    public boolean isShared() {
        return page.getDetail().sharedForGuidanceAt() != null;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getGuidanceText() {
        return guidanceText;
    }

    public void setGuidanceText(String guidanceText) {
        this.guidanceText = guidanceText;
    }

    public String getGuidanceSection() {
        return guidanceSection;
    }

    public void setGuidanceSection(String guidanceSection) {
        this.guidanceSection = guidanceSection;
    }
}
