package fi.koto.ui.documents;

import fi.koto.agreement.boundary.AgreementDecisionDocuments;
import fi.koto.agreement.boundary.Agreements;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.document.boundary.DocumentView;
import fi.koto.document.control.Upload;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The decision document panel for an agreement's page: everyone who reads the agreement downloads the municipal
 * decision document; the municipality's coordinator uploads it (a new one replaces it) from the time the agreement
 * is sent to the municipality until it is signed. The page sets the agreement with
 * {@code <f:viewParam name="id" value="#{decisionDocumentPanel.agreementId}"/>} and includes
 * {@code WEB-INF/includes/documents.xhtml} with {@code panel="#{decisionDocumentPanel}"}; after an upload the
 * same page is loaded again with {@code ?id=}.
 */
@Named
@ViewScoped
public class DecisionDocumentPanel extends DocumentPanel {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementDecisionDocuments decisionDocuments;

    @Inject
    Agreements agreements;

    private Long agreementId;
    private List<DocumentView> documents;
    private String status;

    @Override
    public List<DocumentView> getDocuments() {
        if (documents == null) {
            documents = decisionDocuments.find(agreementId).map(List::of).orElse(List.of());
        }
        return documents;
    }

    @Override
    public boolean isEditable() {
        if (status == null) {
            status = agreements.get(agreementId).status();
        }
        return AgreementStatus.valueOf(status).acceptsDecisionDocument()
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("AGREEMENT_DECIDE");
    }

    /** Replaced by a new upload, never removed: the agreement's decision stays documented. */
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
        return "/files/agreements/" + agreementId + "/decision-document";
    }

    @Override
    protected DocumentView store(Upload upload, String description) {
        return decisionDocuments.upload(agreementId, upload);
    }

    @Override
    protected void delete(long documentId) {
        throw new UnsupportedOperationException("a decision document is replaced, not removed");
    }

    @Override
    protected String pageUrl() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?id=" + agreementId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }
}
