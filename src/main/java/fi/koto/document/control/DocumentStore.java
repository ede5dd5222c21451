package fi.koto.document.control;

import fi.koto.document.entity.DocumentContent;
import fi.koto.document.entity.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks and keeps documents in the database, for the components that attach them (which decide who may).
 * Reading and checking come first and store nothing ({@link #check}); only a checked file is stored
 * ({@link #store}), in the caller's transaction.
 */
@ApplicationScoped
public class DocumentStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "KOTO_ATTACHMENT_MAX_BYTES", defaultValue = "10485760")
    String configuredMaxBytes;

    public DocumentCheck checker() {
        return new DocumentCheck(DocumentCheck.maxBytes(configuredMaxBytes));
    }

    public long maxBytes() {
        return checker().maxBytes();
    }

    /** Reads at most the limit of the upload and checks it; refuses with 413 or 422, storing nothing. */
    public DocumentCheck.Checked check(Upload upload) {
        return checker().check(upload);
    }

    public StoredDocument store(DocumentCheck.Checked checked, String actor, OffsetDateTime at) {
        var document = new StoredDocument(
                checked.fileName(), checked.type(), checked.content().length, checked.sha256(), actor, at);
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.getId(), checked.content()));
        return document;
    }

    public byte[] content(StoredDocument document) {
        DocumentContent content = em.find(DocumentContent.class, document.getId());
        if (content == null) {
            throw new IllegalStateException("document " + document.getId() + " has no content");
        }
        return content.getContent();
    }

    /** Removes the document and its bytes; the audit trail keeps its name and SHA-256. */
    public void delete(StoredDocument document) {
        em.createQuery("delete from DocumentContent c where c.documentId = :id")
                .setParameter("id", document.getId())
                .executeUpdate();
        em.remove(em.contains(document) ? document : em.merge(document));
    }
}
