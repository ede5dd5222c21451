package fi.koto.ui.programmes;

import fi.koto.platform.failure.KotoException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeJson.HistoryEntry;
import fi.koto.programme.boundary.ProgrammeJson.VersionSummary;
import fi.koto.programme.boundary.ProgrammeRecords;
import fi.koto.programme.boundary.Programmes;
import fi.koto.programme.entity.LegalBasis;
import fi.koto.ui.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Backs programmes/view.xhtml: the programme itself, its timeline and versions, and what its state allows. The
 * page's parts have beans of their own that read the programme from here: the sections
 * ({@link ProgrammeSectionsPanel}), the notes and checklist verdicts ({@link ProgrammeReviewPanel}), the measures
 * ({@link ProgrammeMeasuresPanel}), the transitions ({@link ProgrammeActions}), the guidance sharing
 * ({@link ProgrammeGuidancePanel}), the title, the adoption and the attachments.
 */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeRecords records;

    @Inject
    FacesMessages messages;

    private Long id;
    private Detail detail;
    private List<HistoryEntry> history;
    private List<VersionSummary> versions;

    /** Runs when the page opens; a programme outside the user's scope shows the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback() && detail != null) {
            return;
        }
        try {
            if (id == null) {
                throw new NotFoundException("programme.notFound", "");
            }
            reload();
            versions = records.versions(id);
        } catch (KotoException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The programme and its timeline read anew (after a section is saved, which stays on the page). */
    void reload() {
        detail = programmes.find(id);
        history = records.history(id);
    }

    /**
     * Runs the step. On success the page is loaded anew at its own address (post-redirect-get: a reload cannot
     * send the step again, and the address keeps the programme's id); on refusal every reason is shown and what
     * the person typed stays.
     */
    void attempt(Runnable step, String successKey) {
        try {
            step.run();
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        done(successKey);
    }

    /** After a step that succeeded: its message, and the page loaded anew at its own address. */
    void done(String successKey) {
        messages.info(successKey);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/programmes/view.xhtml?id=" + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String sectionLabel(String key) {
        return "programme.section." + detail.legalBasis() + "." + key;
    }

    public String requirementLabel(String key) {
        return "programme.requirement." + detail.legalBasis() + "." + key;
    }

    public boolean isSwedish() {
        return detail.languages().contains("sv");
    }

    /** A draft: whether the sharing area shows (its state, the coordinator's button, the official's form). */
    public boolean isDraft() {
        return "DRAFT".equals(detail.status());
    }

    public boolean isEditable() {
        return "DRAFT".equals(detail.status()) || "CHANGES_REQUESTED".equals(detail.status());
    }

    public boolean isInReview() {
        return "IN_REVIEW".equals(detail.status());
    }

    /** The review is accepted and the municipality's adoption waits to be recorded. */
    public boolean isAccepted() {
        return "APPROVED".equals(detail.status());
    }

    /** Whether the plan's form is recorded for its legal basis (Act 681/2023). */
    public boolean isFormRecorded() {
        return detail.planForm() != null
                || LegalBasis.valueOf(detail.legalBasis()).hasPlanForm();
    }

    /** Whether the municipality sets the next revision day itself (no statutory interval). */
    public boolean isOwnRevisionDay() {
        return LegalBasis.valueOf(detail.legalBasis()).revisionDateIsMunicipalitys();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Detail getDetail() {
        return detail;
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }
}
