package fi.koto.ui.programmes;

import fi.koto.document.boundary.DocumentView;
import fi.koto.document.control.Upload;
import fi.koto.programme.boundary.ProgrammeAttachments;
import fi.koto.ui.documents.DocumentPanel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The attachments panel of programmes/view.xhtml: everyone who reads the programme lists and downloads its
 * attachments; its coordinators add and remove them while they may edit the programme.
 */
@Named
@ViewScoped
public class ProgrammeAttachmentsPanel extends DocumentPanel {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePage page;

    @Inject
    ProgrammeAttachments attachments;

    private List<DocumentView> documents;

    @Override
    public List<DocumentView> getDocuments() {
        if (documents == null) {
            documents = attachments.list(page.getId());
        }
        return documents;
    }

    @Override
    public boolean isEditable() {
        return page.isEditable()
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROGRAMME_EDIT");
    }

    @Override
    public boolean isRemovable() {
        return isEditable();
    }

    @Override
    public boolean isDescribed() {
        return true;
    }

    @Override
    public String downloadUrl(DocumentView document) {
        return "/files/programmes/" + page.getId() + "/attachments/" + document.id();
    }

    @Override
    protected DocumentView store(Upload upload, String description) {
        return attachments.add(page.getId(), upload, description);
    }

    @Override
    protected void delete(long documentId) {
        attachments.remove(page.getId(), documentId);
    }

    @Override
    protected String pageUrl() {
        return "/programmes/view.xhtml?id=" + page.getId();
    }
}
