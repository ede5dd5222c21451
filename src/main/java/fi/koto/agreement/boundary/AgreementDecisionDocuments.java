package fi.koto.agreement.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.agreement.control.AgreementChanged;
import fi.koto.agreement.control.AgreementRegister;
import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.agreement.entity.DecisionDocument;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.audit.control.AuditTrail;
import fi.koto.document.boundary.DocumentView;
import fi.koto.document.boundary.Download;
import fi.koto.document.control.DocumentCheck;
import fi.koto.document.control.DocumentStore;
import fi.koto.document.control.Upload;
import fi.koto.document.entity.StoredDocument;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.NotFoundException;
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
import java.util.Optional;

/**
 * The municipal decision document of a placement agreement. The municipality's coordinator uploads it (or a
 * replacement) from the time the agreement is sent to the municipality until it is signed
 * ({@link AgreementStatus#acceptsDecisionDocument}, otherwise 409); everyone who may read the agreement reads it.
 * Outside the scope nothing is found (404). The file is checked before anything is stored; an upload writes one
 * timeline event ({@link DecisionDocument#EVENT}), one audit record and fires {@link AgreementChanged}.
 */
@Stateless
public class AgreementDecisionDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementRegister register;

    @Inject
    DocumentStore documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AgreementChanged> changed;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.AGREEMENT_DECIDE)
    public DocumentView upload(long id, Upload upload) {
        PlacementAgreement agreement = accepting(load(id));
        DocumentCheck.Checked checked = documents.check(upload);
        em.refresh(agreement, LockModeType.PESSIMISTIC_WRITE); // a signing while the file was read wins
        AgreementStatus status = accepting(agreement).getStatus();
        OffsetDateTime at = OffsetDateTime.now(clock);
        String actor = currentUser.username();
        StoredDocument document = documents.store(checked, actor, at);
        DecisionDocument current = em.find(DecisionDocument.class, agreement.getId());
        StoredDocument replaced = null;
        if (current == null) {
            em.persist(new DecisionDocument(agreement, document));
        } else {
            replaced = current.replace(document);
        }
        em.persist(new AgreementEvent(
                agreement, at, actor, DecisionDocument.EVENT, status, status, document.getFileName()));
        em.flush();
        if (replaced != null) {
            documents.delete(replaced);
        }
        audit.record(
                actor,
                "AGREEMENT_" + DecisionDocument.EVENT,
                Agreements.SUBJECT,
                String.valueOf(id),
                describe(document) + (replaced == null ? "" : "; replaces " + describe(replaced)));
        changed.fire(new AgreementChanged(
                id, agreement.getMunicipality().getCode(), DecisionDocument.EVENT, status, status, actor));
        return DocumentView.of(document, null);
    }

    /** The decision document's facts, when one has been uploaded. */
    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public Optional<DocumentView> find(long id) {
        return current(load(id)).map(d -> DocumentView.of(d.getDocument(), null));
    }

    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public Download download(long id) {
        StoredDocument document = current(load(id))
                .orElseThrow(() -> new NotFoundException("agreement.decisionDocument.none", id))
                .getDocument();
        return Download.of(document, documents.content(document));
    }

    private Optional<DecisionDocument> current(PlacementAgreement agreement) {
        return Optional.ofNullable(em.find(DecisionDocument.class, agreement.getId()));
    }

    private static PlacementAgreement accepting(PlacementAgreement agreement) {
        if (!agreement.getStatus().acceptsDecisionDocument()) {
            throw new ConflictException(
                    "agreement.decisionDocument.notNow", agreement.getStatus().name());
        }
        return agreement;
    }

    private static String describe(StoredDocument d) {
        return "document " + d.getId() + " " + d.getFileName() + " (" + d.getMediaType() + ", " + d.getSize()
                + " bytes, sha256 " + d.getSha256() + ")";
    }

    private PlacementAgreement load(long id) {
        return register.load(id, currentUser.scope(), LocalDate.now(clock));
    }
}
