package fi.koto.agreement.entity;

import fi.koto.document.entity.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The document of the municipal decision on a placement agreement (the minutes extract or the decision itself),
 * uploaded by the municipality's coordinator. An agreement has at most one; a new upload replaces it, and the
 * timeline and audit trail keep both.
 */
@Entity
@Table(name = "agreement_decision_document")
public class DecisionDocument {

    /** The action of the timeline entry an upload writes. */
    public static final String EVENT = "DECISION_DOCUMENT";

    @Id
    @Column(name = "agreement_id")
    private Long agreementId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private StoredDocument document;

    protected DecisionDocument() {}

    public DecisionDocument(PlacementAgreement agreement, StoredDocument document) {
        this.agreementId = agreement.getId();
        this.document = document;
    }

    /** Puts the new document in place of the old one, which it answers (for the caller to delete). */
    public StoredDocument replace(StoredDocument newer) {
        StoredDocument older = document;
        document = newer;
        return older;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public StoredDocument getDocument() {
        return document;
    }
}
