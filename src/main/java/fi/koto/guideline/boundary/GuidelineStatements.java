package fi.koto.guideline.boundary;

import fi.koto.access.control.Permission;
import fi.koto.document.boundary.Download;
import fi.koto.document.control.DocumentCheck;
import fi.koto.document.control.DocumentStore;
import fi.koto.document.control.Upload;
import fi.koto.document.entity.StoredDocument;
import fi.koto.guideline.boundary.GuidelineJson.Detail;
import fi.koto.guideline.entity.ConsultationParty;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements given as documents: stored through the document component (checked for type and size, nothing kept
 * on refusal) and downloaded by whoever may read the guideline in preparation.
 */
@Stateless
public class GuidelineStatements {

    @Inject
    Guidelines guidelines;

    @Inject
    GuidelineViews views;

    @Inject
    DocumentStore documents;

    /** Records the party's statement as a document received on the day (with the text already given, if any). */
    @RolesAllowed(Permission.Names.GUIDELINE_EDIT)
    public Detail attach(long id, long partyId, String receivedOn, Upload upload) {
        WorkPermitGuideline g = guidelines.loadForEdit(id, null, true);
        ConsultationParty party = guidelines.statementTarget(g, partyId);
        List<Reason> problems = new ArrayList<>();
        LocalDate on = guidelines.statementDate(receivedOn, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DocumentCheck.Checked checked = documents.check(upload);
        StoredDocument document = documents.store(checked, guidelines.actor(), guidelines.now());
        party.record(on, party.getStatementText(), document, guidelines.actor(), guidelines.now());
        guidelines.recorded(g, party, on);
        return views.detail(g, "fi", true);
    }

    @RolesAllowed(Permission.Names.GUIDELINE_READ)
    public Download download(long id, long partyId) {
        WorkPermitGuideline g = guidelines.load(id, false);
        ConsultationParty party = g.party(partyId)
                .filter(p -> p.getDocument() != null)
                .orElseThrow(() -> new NotFoundException("guideline.party.notFound", String.valueOf(partyId)));
        return Download.of(party.getDocument(), documents.content(party.getDocument()));
    }
}
