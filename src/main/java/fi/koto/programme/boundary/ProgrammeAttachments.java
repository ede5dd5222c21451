package fi.koto.programme.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.document.boundary.DocumentView;
import fi.koto.document.boundary.Download;
import fi.koto.document.control.DocumentCheck;
import fi.koto.document.control.DocumentStore;
import fi.koto.document.control.Upload;
import fi.koto.document.entity.StoredDocument;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.programme.control.ProgrammeAttachmentChanged;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeAttachment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Documents attached to a programme. Everyone who may read the programme lists and downloads them; its
 * coordinators add and remove them while they may edit the programme (the same rule as its sections:
 * {@code ProgrammeStatus.isEditable}, otherwise 409). A programme outside the scope is not found (404). The file
 * is read and checked before the programme is locked and before anything is stored; each change writes one
 * timeline row, one audit record and a {@link ProgrammeAttachmentChanged} event.
 */
@Stateless
public class ProgrammeAttachments {

    static final String SUBJECT = "Programme";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCatalog catalog;

    @Inject
    DocumentStore documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ProgrammeAttachmentChanged> changed;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.PROGRAMME_READ)
    public List<DocumentView> list(long id) {
        return attachments(load(id, false)).stream()
                .map(a -> DocumentView.of(a.getDocument(), a.getDescription()))
                .toList();
    }

    @RolesAllowed(Permission.Names.PROGRAMME_READ)
    public Download download(long id, long documentId) {
        ProgrammeAttachment attachment = attachment(load(id, false), documentId);
        return Download.of(attachment.getDocument(), documents.content(attachment.getDocument()));
    }

    /** Checks the file (413/422), then attaches it while the programme can be edited (409 otherwise). */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public DocumentView add(long id, Upload upload, String description) {
        Programme programme = editable(load(id, false));
        String note = description == null || description.isBlank() ? null : description.strip();
        if (note != null && note.length() > ProgrammeAttachment.DESCRIPTION_LIMIT) {
            throw new InvalidInputException("document.description.tooLong", ProgrammeAttachment.DESCRIPTION_LIMIT);
        }
        DocumentCheck.Checked checked = documents.check(upload);
        em.refresh(programme, LockModeType.PESSIMISTIC_WRITE); // a submission while the file was read wins
        editable(programme);
        OffsetDateTime at = now();
        StoredDocument document = documents.store(checked, actor(), at);
        var attachment = new ProgrammeAttachment(programme, document, note);
        em.persist(attachment);
        em.persist(attachment.added(actor(), at));
        em.flush();
        audit.record(actor(), "PROGRAMME_ATTACHMENT_ADDED", SUBJECT, String.valueOf(id), describe(document));
        changed.fire(new ProgrammeAttachmentChanged(
                id,
                programme.municipalityCodes(),
                ProgrammeAction.ATTACHMENT_ADDED,
                document.getId(),
                document.getFileName(),
                actor(),
                at));
        return DocumentView.of(document, note);
    }

    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public void remove(long id, long documentId) {
        Programme programme = editable(load(id, true));
        ProgrammeAttachment attachment = attachment(programme, documentId);
        StoredDocument document = attachment.getDocument();
        OffsetDateTime at = now();
        em.persist(attachment.removed(actor(), at));
        em.remove(attachment);
        em.flush();
        documents.delete(document);
        audit.record(actor(), "PROGRAMME_ATTACHMENT_REMOVED", SUBJECT, String.valueOf(id), describe(document));
        changed.fire(new ProgrammeAttachmentChanged(
                id,
                programme.municipalityCodes(),
                ProgrammeAction.ATTACHMENT_REMOVED,
                document.getId(),
                document.getFileName(),
                actor(),
                at));
    }

    private List<ProgrammeAttachment> attachments(Programme programme) {
        return em.createQuery(
                        "select a from ProgrammeAttachment a where a.programme = :p order by a.id",
                        ProgrammeAttachment.class)
                .setParameter("p", programme)
                .getResultList();
    }

    private ProgrammeAttachment attachment(Programme programme, long documentId) {
        return em.createQuery(
                        "select a from ProgrammeAttachment a where a.programme = :p and a.document.id = :d",
                        ProgrammeAttachment.class)
                .setParameter("p", programme)
                .setParameter("d", documentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("programme.attachment.notFound", documentId));
    }

    private Programme load(long id, boolean lock) {
        return catalog.find(currentUser.scope(), id, LocalDate.now(clock), lock)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(id)));
    }

    private static Programme editable(Programme programme) {
        if (!programme.getStatus().isEditable()) {
            throw new ConflictException(
                    "programme.notEditable", programme.getStatus().name());
        }
        return programme;
    }

    static String describe(StoredDocument document) {
        return "document " + document.getId() + " " + document.getFileName() + " (" + document.getMediaType() + ", "
                + document.getSize() + " bytes, sha256 " + document.getSha256() + ")";
    }

    private String actor() {
        return currentUser.username();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
