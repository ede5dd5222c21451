package fi.koto.ui.programmes;

import fi.koto.document.boundary.DocumentView;
import fi.koto.document.control.Upload;
import fi.koto.programme.boundary.ProgrammeAdoption;
import fi.koto.ui.documents.DocumentPanel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The adoption decision's document on programmes/view.xhtml: everyone who reads the programme downloads it; its
 * coordinators upload it (a new one replaces it) while the review is accepted and the adoption waits to be
 * recorded.
 */
@Named
@ViewScoped
public class AdoptionDocumentPanel extends DocumentPanel {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePage page;

    @Inject
    ProgrammeAdoption adoption;

    private List<DocumentView> documents;

    @Override
    public List<DocumentView> getDocuments() {
        if (documents == null) {
            documents = adoption.document(page.getId()).map(List::of).orElse(List.of());
        }
        return documents;
    }

    @Override
    public boolean isEditable() {
        return page.isAccepted()
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROGRAMME_EDIT");
    }

    /** Replaced by a new upload, never removed: the adoption stays documented. */
    @Override
    public boolean isRemovable() {
        return false;
    }

    @Override
    public boolean isDescribed() {
        return false;
    }

    @Override
    public String downloadUrl(DocumentView document) {
        return "/files/programmes/" + page.getId() + "/adoption/document";
    }

    @Override
    protected DocumentView store(Upload upload, String description) {
        return adoption.uploadDocument(page.getId(), upload);
    }

    @Override
    protected void delete(long documentId) {
        throw new UnsupportedOperationException("an adoption document is replaced, not removed");
    }

    @Override
    protected String pageUrl() {
        return "/programmes/view.xhtml?id=" + page.getId();
    }
}
