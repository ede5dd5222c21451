package fi.koto.ui.programmes;

import fi.koto.platform.failure.KotoException;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeJson.DiffLine;
import fi.koto.programme.boundary.ProgrammeJson.HistoryEntry;
import fi.koto.programme.boundary.ProgrammeJson.Note;
import fi.koto.programme.boundary.ProgrammeJson.Section;
import fi.koto.programme.boundary.ProgrammeJson.SectionDiff;
import fi.koto.programme.boundary.ProgrammeJson.SectionEdit;
import fi.koto.programme.boundary.ProgrammeRecords;
import fi.koto.programme.boundary.ProgrammeReview;
import fi.koto.programme.boundary.Programmes;
import fi.koto.ui.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs programmes/view.xhtml: one programme with its sections (Finnish and Swedish side by side), the notes
 * pinned to them, the statutory checklist, the timeline, and the actions the user's role allows in its state.
 * A refused save keeps what the person typed, so nothing is lost.
 */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeReview review;

    @Inject
    ProgrammeRecords records;

    @Inject
    fi.koto.programme.boundary.ProgrammeMeasures measures;

    @Inject
    fi.koto.programme.boundary.ProgrammeSharing sharing;

    @Inject
    FacesMessages messages;

    private Long id;
    private Detail detail;
    private List<HistoryEntry> history;
    private List<fi.koto.programme.boundary.ProgrammeJson.VersionSummary> versions;
    private final Map<String, List<DiffLine>> changes = new HashMap<>();
    private final Map<String, SectionForm> sectionForms = new HashMap<>();
    private final Map<String, String> noteDrafts = new HashMap<>();
    private final Map<Long, String> replyDrafts = new HashMap<>();
    private final Map<String, VerdictForm> verdictForms = new HashMap<>();
    private String comment;
    private String guidanceText;
    private String guidanceSection;
    private final MeasureForm measureForm = new MeasureForm();

    /** Runs when the page opens; a programme outside the user's scope shows the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback() && detail != null) {
            return;
        }
        try {
            if (id == null) {
                throw new fi.koto.platform.failure.NotFoundException("programme.notFound", "");
            }
            refresh();
        } catch (KotoException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        detail = programmes.find(id);
        history = records.history(id);
        versions = records.versions(id);
        loadChanges();
        sectionForms.clear();
        for (Section s : detail.sections()) {
            sectionForms.put(s.key(), new SectionForm(s.fi(), s.sv()));
        }
        resetVerdictForms();
    }

    /** From the second submission on: what changed in each section and language since the previous one. */
    private void loadChanges() {
        changes.clear();
        if (detail.round() < 2) {
            return;
        }
        for (SectionDiff section : records.diff(id, null).sections()) {
            if (section.changed()) {
                changes.put(section.key() + ":" + section.language(), section.lines());
            }
        }
    }

    /** The changed lines of a section in a language since the previous submission; empty when unchanged. */
    public List<DiffLine> changesIn(String key, String language) {
        return changes.getOrDefault(key + ":" + language, List.of());
    }

    /** After a section is saved: the saved texts come from the database, other sections keep what was typed. */
    private void refreshKeepingDrafts(String savedKey) {
        detail = programmes.find(id);
        history = records.history(id);
        detail.sections().stream()
                .filter(s -> s.key().equals(savedKey))
                .findFirst()
                .ifPresent(s -> sectionForms.put(s.key(), new SectionForm(s.fi(), s.sv())));
    }

    private void resetVerdictForms() {
        verdictForms.clear();
        detail.checklist().forEach(r -> verdictForms.put(r.key(), new VerdictForm(r.verdict(), r.note())));
    }

    public void save(String key) {
        SectionForm form = sectionForms.get(key);
        try {
            programmes.saveSection(id, key, new SectionEdit(form.getFi(), form.getSv(), detail.version()));
            messages.info("programmePage.saved");
            refreshKeepingDrafts(key);
        } catch (KotoException e) {
            messages.errors(e);
        }
    }

    public void submit() {
        attempt(() -> programmes.submit(id, comment, detail.version()), "programmePage.submitted");
    }

    public void withdraw() {
        attempt(() -> programmes.withdraw(id, comment, detail.version()), "programmePage.withdrawn");
    }

    public void startReview() {
        attempt(() -> programmes.startReview(id, comment, detail.version()), "programmePage.reviewStarted");
    }

    public void requestChanges() {
        attempt(() -> programmes.requestChanges(id, comment, detail.version()), "programmePage.changesRequested");
    }

    public void approve() {
        attempt(() -> programmes.approve(id, comment, detail.version()), "programmePage.approved");
    }

    public void share() {
        attempt(() -> sharing.share(id), "programmePage.shared");
    }

    public void unshare() {
        attempt(() -> sharing.unshare(id, comment), "programmePage.unshared");
    }

    public void addGuidanceNote() {
        attempt(() -> sharing.addGuidanceNote(id, guidanceSection, guidanceText), "programmePage.guidanceAdded");
    }

    /** A draft: whether the sharing area shows (its state, the coordinator's button, the official's form). */
    public boolean isDraft() {
        return "DRAFT".equals(detail.status());
    }

    public boolean isShared() {
        return detail.sharedForGuidanceAt() != null;
    }

    public String getGuidanceText() {
        return guidanceText;
    }

    public void setGuidanceText(String guidanceText) {
        this.guidanceText = guidanceText;
    }

    public String getGuidanceSection() {
        return guidanceSection;
    }

    public void setGuidanceSection(String guidanceSection) {
        this.guidanceSection = guidanceSection;
    }

    public void addMeasure() {
        attempt(
                () -> measures.add(
                        id,
                        new fi.koto.programme.boundary.ProgrammeJson.MeasureEdit(
                                measureForm.getAction(),
                                measureForm.getResponsibleParty(),
                                measureForm.getSchedule(),
                                measureForm.getIndicator(),
                                detail.version())),
                "programmePage.measureAdded");
    }

    public void removeMeasure(long measureId) {
        attempt(() -> measures.remove(id, measureId, detail.version()), "programmePage.measureRemoved");
    }

    public void pinNote(String key) {
        attempt(() -> review.pinNote(id, key, noteDrafts.get(key)), "programmePage.notePinned");
    }

    public void resolve(long noteId) {
        attempt(() -> review.resolveNote(id, noteId), "programmePage.noteResolved");
    }

    public void reply(long noteId) {
        attempt(() -> review.reply(id, noteId, replyDrafts.get(noteId)), "programmePage.replied");
    }

    public void judge(String key) {
        VerdictForm form = verdictForms.get(key);
        attempt(() -> review.judge(id, key, form.getVerdict(), form.getNote()), "programmePage.judged");
    }

    /**
     * Runs the step. On success the page is loaded anew at its own address (post-redirect-get: a reload cannot
     * send the step again, and the address keeps the programme's id); on refusal every reason is shown and what
     * the person typed stays.
     */
    private void attempt(Runnable step, String successKey) {
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
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<Note> notesFor(String key) {
        return detail.notes().stream().filter(n -> n.section().equals(key)).toList();
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

    public boolean isEditable() {
        return "DRAFT".equals(detail.status()) || "CHANGES_REQUESTED".equals(detail.status());
    }

    /** Whether the person has any step to take on the programme in its state (the actions area shows only then). */
    public boolean isActionable() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String status = detail.status();
        boolean coordinatorStep =
                external.isUserInRole("PROGRAMME_EDIT") && (isEditable() || "SUBMITTED".equals(status));
        // the adoption has a form of its own (AdoptionForm), shown while the review is accepted
        boolean officialStep =
                external.isUserInRole("PROGRAMME_REVIEW") && ("SUBMITTED".equals(status) || isInReview());
        return coordinatorStep || officialStep;
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
                || fi.koto.programme.entity.LegalBasis.valueOf(detail.legalBasis())
                        .hasPlanForm();
    }

    /** Whether the municipality sets the next revision day itself (no statutory interval). */
    public boolean isOwnRevisionDay() {
        return fi.koto.programme.entity.LegalBasis.valueOf(detail.legalBasis()).revisionDateIsMunicipalitys();
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

    public List<fi.koto.programme.boundary.ProgrammeJson.VersionSummary> getVersions() {
        return versions;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public Map<String, SectionForm> getSectionForms() {
        return sectionForms;
    }

    public Map<String, String> getNoteDrafts() {
        return noteDrafts;
    }

    public Map<Long, String> getReplyDrafts() {
        return replyDrafts;
    }

    public Map<String, VerdictForm> getVerdictForms() {
        return verdictForms;
    }

    public MeasureForm getMeasureForm() {
        return measureForm;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The texts of one section as the editor holds them. */
    public static class SectionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String fi;
        private String sv;

        SectionForm(String fi, String sv) {
            this.fi = fi;
            this.sv = sv;
        }

        public String getFi() {
            return fi;
        }

        public void setFi(String fi) {
            this.fi = fi;
        }

        public String getSv() {
            return sv;
        }

        public void setSv(String sv) {
            this.sv = sv;
        }
    }

    /** An official's verdict on one checklist requirement as the form holds it. */
    public static class VerdictForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String verdict;
        private String note;

        VerdictForm(String verdict, String note) {
            this.verdict = verdict;
            this.note = note;
        }

        public String getVerdict() {
            return verdict;
        }

        public void setVerdict(String verdict) {
            this.verdict = verdict;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** A new measure as the form holds it. */
    public static class MeasureForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String action;
        private String responsibleParty;
        private String schedule;
        private String indicator;

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getResponsibleParty() {
            return responsibleParty;
        }

        public void setResponsibleParty(String responsibleParty) {
            this.responsibleParty = responsibleParty;
        }

        public String getSchedule() {
            return schedule;
        }

        public void setSchedule(String schedule) {
            this.schedule = schedule;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }
    }
}
