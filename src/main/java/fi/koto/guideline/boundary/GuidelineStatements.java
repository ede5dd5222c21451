package fi.koto.guideline.boundary;

import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.document.boundary.Download;
import fi.koto.document.control.DocumentCheck;
import fi.koto.document.control.DocumentStore;
import fi.koto.document.control.Upload;
import fi.koto.document.entity.StoredDocument;
import fi.koto.guideline.boundary.GuidelineJson.Detail;
import fi.koto.guideline.boundary.GuidelineJson.StatementRequest;
import fi.koto.guideline.entity.ConsultationParty;
import fi.koto.guideline.entity.GuidelineAction;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of the parties heard in a guideline's consultation (docs/domain.md, "Regional work-permit
 * guidelines"): a text, a document or both, each with the day it was received, recorded only while the guideline is
 * in consultation, with a timeline row and an audit record; and the document's download for whoever sees the
 * guideline.
 */
@Stateless
public class GuidelineStatements {

    @PersistenceContext
    EntityManager em;

    @Inject
    GuidelineAccess access;

    @Inject
    GuidelineInput input;

    @Inject
    GuidelineViews views;

    @Inject
    DocumentStore documents;

    @Inject
    AuditTrail audit;

    /** Records a party's statement: its date and text (a document can be attached with {@link #attach}). */
    @RolesAllowed(Permission.Names.GUIDELINE_EDIT)
    public Detail recordStatement(long id, long partyId, StatementRequest request) {
        WorkPermitGuideline g = access.loadForEdit(id, null, true);
        ConsultationParty party = statementTarget(g, partyId);
        List<Reason> problems = new ArrayList<>();
        LocalDate on = statementDate(request.receivedOn(), problems);
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty() && party.getDocument() == null) {
            problems.add(Reason.of("guideline.statement.empty"));
        }
        if (text.length() > ConsultationParty.STATEMENT_LIMIT) {
            problems.add(Reason.of("guideline.statement.tooLong", ConsultationParty.STATEMENT_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        party.record(on, text, null, access.actor(), access.now());
        recorded(g, party, on);
        return views.detail(g, "fi", true);
    }

    /** The party whose statement may be recorded now: the guideline must be in consultation. */
    private static ConsultationParty statementTarget(WorkPermitGuideline g, long partyId) {
        if (!g.getStatus().isConsulting()) {
            throw new ConflictException("guideline.notConsulting", g.getStatus().name());
        }
        return g.party(partyId)
                .orElseThrow(() -> new NotFoundException("guideline.party.notFound", String.valueOf(partyId)));
    }

    private LocalDate statementDate(String text, List<Reason> problems) {
        LocalDate on = input.date(text, "receivedOn", problems);
        if (on != null && on.isAfter(access.today())) {
            problems.add(Reason.of("guideline.statement.future", on));
        }
        return on;
    }

    private void recorded(WorkPermitGuideline g, ConsultationParty party, LocalDate on) {
        em.persist(g.note(
                        GuidelineAction.STATEMENT_RECORDED,
                        access.actor(),
                        access.now(),
                        party.getName()
                                + (party.getDocument() == null
                                        ? ""
                                        : ", " + party.getDocument().getFileName()))
                .detailed(null, on, null));
        em.flush();
        audit.record(
                access.actor(),
                "GUIDELINE_STATEMENT_RECORDED",
                Guidelines.SUBJECT,
                String.valueOf(g.getId()),
                party.getName() + ", " + on);
    }

    /** Records the party's statement as a document received on the day (with the text already given, if any). */
    @RolesAllowed(Permission.Names.GUIDELINE_EDIT)
    public Detail attach(long id, long partyId, String receivedOn, Upload upload) {
        WorkPermitGuideline g = access.loadForEdit(id, null, true);
        ConsultationParty party = statementTarget(g, partyId);
        List<Reason> problems = new ArrayList<>();
        LocalDate on = statementDate(receivedOn, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DocumentCheck.Checked checked = documents.check(upload);
        StoredDocument document = documents.store(checked, access.actor(), access.now());
        party.record(on, party.getStatementText(), document, access.actor(), access.now());
        recorded(g, party, on);
        return views.detail(g, "fi", true);
    }

    @RolesAllowed(Permission.Names.GUIDELINE_READ)
    public Download download(long id, long partyId) {
        WorkPermitGuideline g = access.load(id, false);
        ConsultationParty party = g.party(partyId)
                .filter(p -> p.getDocument() != null)
                .orElseThrow(() -> new NotFoundException("guideline.party.notFound", String.valueOf(partyId)));
        return Download.of(party.getDocument(), documents.content(party.getDocument()));
    }
}
