package fi.koto.programme.entity;

import fi.koto.document.entity.StoredDocument;
import fi.koto.reference.entity.Decision;
import fi.koto.reference.entity.Municipality;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A municipality's integration programme (or a joint one of several municipalities). Its sections and checklist
 * are fixed by the legal basis when it is created. Whether Swedish is required is decided then too: when any of
 * its municipalities is bilingual or Swedish-speaking. Every change goes through a method here that records who
 * changed it, so the optimistic version can name the last editor.
 */
@Entity
@Table(name = "programme")
public class Programme {

    public static final int PLAN_DOCUMENT_NAME_LIMIT = 300;

    @Id
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    /**
     * The Swedish title, for a programme of a bilingual or Swedish-speaking municipality: part of the parallel
     * text like the sections, flagged when one language changed since the last submission and the other did not.
     * Optional: a missing Swedish title is a warning, never a reason to refuse a step (V90).
     */
    @Column(name = "title_sv", length = 300)
    private String titleSv;

    @Column(name = "submitted_title", length = 300)
    private String submittedTitle;

    @Column(name = "submitted_title_sv", length = 300)
    private String submittedTitleSv;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    private LegalBasis legalBasis;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgrammeStatus status;

    @Column(name = "swedish_required", nullable = false)
    private boolean swedishRequired;

    @Column(name = "submission_round", nullable = false)
    private int round;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    private String reviewer;

    /** When the coordinator shared the draft with the authority for guidance; null while it is private. */
    @Column(name = "shared_for_guidance_at")
    private OffsetDateTime sharedForGuidanceAt;

    @Column(name = "shared_by")
    private String sharedBy;
    /** The municipality's adoption decision (body, date, minutes reference), recorded with {@code ADOPT}. */
    @Embedded
    @AttributeOverride(name = "body", column = @Column(name = "adoption_body", length = Decision.TEXT_LIMIT))
    @AttributeOverride(name = "date", column = @Column(name = "adoption_date"))
    @AttributeOverride(name = "reference", column = @Column(name = "adoption_reference", length = Decision.TEXT_LIMIT))
    private Decision adoption;

    /** The adoption decision as a document, uploaded while the programme waits for adoption. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "adoption_document_id")
    private StoredDocument adoptionDocument;

    /** The day the adopted plan is due for revision, fixed at adoption. */
    @Column(name = "revision_due")
    private LocalDate revisionDue;

    /** Act 681/2023 only: a separate action programme or part of another planning document. */
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_form", length = 30)
    private PlanForm planForm;

    /** The name of the other planning document the plan is part of. */
    @Column(name = "plan_document_name", length = PLAN_DOCUMENT_NAME_LIMIT)
    private String planDocumentName;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "programme_municipality",
            joinColumns = @JoinColumn(name = "programme_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_code"))
    private Set<Municipality> municipalities = new LinkedHashSet<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProgrammeSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChecklistVerdict> checklist = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<ReviewNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<GuidanceNote> guidanceNotes = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProgrammeMeasure> measures = new ArrayList<>();

    @Version
    private long version;

    protected Programme() {}

    public Programme(
            String title,
            LegalBasis legalBasis,
            LocalDate periodStart,
            LocalDate periodEnd,
            Collection<Municipality> municipalities,
            String actor,
            OffsetDateTime at) {
        this.title = Objects.requireNonNull(title);
        this.legalBasis = Objects.requireNonNull(legalBasis);
        this.periodStart = Objects.requireNonNull(periodStart);
        this.periodEnd = Objects.requireNonNull(periodEnd);
        this.municipalities.addAll(municipalities);
        this.swedishRequired = municipalities.stream()
                .anyMatch(m -> m.getLanguage().officialLanguages().contains("sv"));
        this.status = ProgrammeStatus.DRAFT;
        this.planForm = legalBasis.hasPlanForm() ? PlanForm.SEPARATE_PROGRAMME : null;
        this.createdBy = actor;
        this.createdAt = at;
        touch(actor, at);
        int position = 0;
        for (String key : legalBasis.sections()) {
            sections.add(new ProgrammeSection(this, key, position++, legalBasis.isRequired(key)));
        }
        position = 0;
        for (String key : legalBasis.requirements()) {
            checklist.add(new ChecklistVerdict(this, key, position++));
        }
    }

    /** The languages every required section must be written in: Finnish, and Swedish where required. */
    public List<String> requiredLanguages() {
        return swedishRequired ? List.of("fi", "sv") : List.of("fi");
    }

    /**
     * Moves the programme by the action and returns the timeline row, or empty when the action is not allowed in
     * the current state. A submission keeps the section texts as the new round's version.
     */
    public Optional<ProgrammeEvent> apply(
            ProgrammeAction action, String actor, OffsetDateTime at, String comment, LocalDate reviewDue) {
        Optional<ProgrammeStatus> next = status.after(action);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        ProgrammeStatus from = status;
        status = next.get();
        if (action == ProgrammeAction.SUBMIT) {
            round++;
            submittedAt = at;
            this.reviewDue = reviewDue;
            reviewer = null;
            sections.forEach(ProgrammeSection::markSubmitted);
            submittedTitle = title;
            submittedTitleSv = titleSv;
        } else if (action == ProgrammeAction.START_REVIEW) {
            reviewer = actor;
        } else if (action == ProgrammeAction.APPROVE) {
            approvedAt = at;
        }
        touch(actor, at);
        return Optional.of(new ProgrammeEvent(this, at, actor, action, from, status, comment));
    }

    /**
     * Shares the draft with the regional authority for guidance and returns the timeline row, or empty when it
     * is not a draft or is shared already. Who changed the content last is not touched.
     */
    public Optional<ProgrammeEvent> share(String actor, OffsetDateTime at) {
        if (status != ProgrammeStatus.DRAFT || isSharedForGuidance()) {
            return Optional.empty();
        }
        sharedForGuidanceAt = at;
        sharedBy = actor;
        return Optional.of(new ProgrammeEvent(this, at, actor, ProgrammeAction.SHARE, status, status, null));
    }

    /** Makes a shared draft private again (its guidance notes stay); empty when it is not a shared draft. */
    public Optional<ProgrammeEvent> unshare(String actor, OffsetDateTime at, String comment) {
        if (status != ProgrammeStatus.DRAFT || !isSharedForGuidance()) {
            return Optional.empty();
        }
        sharedForGuidanceAt = null;
        sharedBy = null;
        return Optional.of(new ProgrammeEvent(this, at, actor, ProgrammeAction.UNSHARE, status, status, comment));
    }

    /** Adds an official's guidance note; the caller has checked that the draft is shared. */
    public GuidanceNote addGuidanceNote(String sectionKey, String text, String author, OffsetDateTime at) {
        var note = new GuidanceNote(this, sectionKey, text, author, at);
        guidanceNotes.add(note);
        return note;
    }

    /** The timeline row of a guidance note: the note's text, so that the timeline reads on its own. */
    public ProgrammeEvent guidanceNoted(GuidanceNote note) {
        return new ProgrammeEvent(
                this,
                note.getCreatedAt(),
                note.getAuthor(),
                ProgrammeAction.GUIDANCE_NOTE,
                status,
                status,
                note.getText());
    }

    /**
     * Whether the authority serving the municipalities may see the programme: every programme except a draft
     * that is not shared for guidance (the rule {@code ProgrammeCatalog} applies in the database).
     */
    public boolean isVisibleToAuthority() {
        return status != ProgrammeStatus.DRAFT || isSharedForGuidance();
    }

    public boolean isSharedForGuidance() {
        return sharedForGuidanceAt != null;
    }

    public OffsetDateTime getSharedForGuidanceAt() {
        return sharedForGuidanceAt;
    }

    public String getSharedBy() {
        return sharedBy;
    }

    public List<GuidanceNote> getGuidanceNotes() {
        return Collections.unmodifiableList(guidanceNotes);
    }

    /** Sets the title in Finnish and (optionally) Swedish; a blank Swedish title is none. */
    public void retitle(String fi, String sv, String actor, OffsetDateTime at) {
        this.title = Objects.requireNonNull(fi);
        this.titleSv = sv == null || sv.isBlank() ? null : sv.strip();
        touch(actor, at);
    }

    /**
     * True when the title changed in one language since the last submission and not in the other, as
     * {@link ProgrammeSection#hasLanguageDrift()} says of a section; only for programmes that need Swedish.
     */
    public boolean hasTitleDrift() {
        if (!swedishRequired || round == 0) {
            return false;
        }
        return !Objects.equals(title, submittedTitle) != !Objects.equals(titleSv, submittedTitleSv);
    }

    /** A programme that needs Swedish but has no Swedish title: shown as a warning only. */
    public boolean isSwedishTitleMissing() {
        return swedishRequired && titleSv == null;
    }

    /** The timeline row that opens the history. */
    public ProgrammeEvent created() {
        return new ProgrammeEvent(this, createdAt, createdBy, ProgrammeAction.CREATE, null, status, null);
    }

    /** The snapshot of the sections as submitted in the current round. */
    public SubmittedVersion snapshot() {
        return new SubmittedVersion(this, round, submittedAt, changedBy, sections);
    }

    public Optional<ProgrammeSection> section(String key) {
        return sections.stream().filter(s -> s.getKey().equals(key)).findFirst();
    }

    public Optional<ChecklistVerdict> requirement(String key) {
        return checklist.stream().filter(c -> c.getRequirementKey().equals(key)).findFirst();
    }

    public Optional<ReviewNote> note(long noteId) {
        return notes.stream().filter(n -> n.getId() == noteId).findFirst();
    }

    public ReviewNote pinNote(String sectionKey, String text, String author, OffsetDateTime at) {
        var note = new ReviewNote(this, sectionKey, text, author, at);
        notes.add(note);
        return note;
    }

    /** Adds a measure at the end of the list; the programme's version moves. */
    public ProgrammeMeasure addMeasure(
            String action,
            String responsibleParty,
            String schedule,
            String indicator,
            String actor,
            OffsetDateTime at) {
        int position =
                measures.stream().mapToInt(ProgrammeMeasure::getPosition).max().orElse(-1) + 1;
        var measure = new ProgrammeMeasure(this, position, action, responsibleParty, schedule, indicator);
        measures.add(measure);
        touch(actor, at);
        return measure;
    }

    /** Removes a measure; false when the programme has no such measure. */
    public boolean removeMeasure(long measureId, String actor, OffsetDateTime at) {
        boolean removed = measures.removeIf(m -> m.getId() != null && m.getId() == measureId);
        if (removed) {
            touch(actor, at);
        }
        return removed;
    }

    public List<ProgrammeMeasure> getMeasures() {
        return java.util.Collections.unmodifiableList(measures);
    }

    /** Records who changed the programme last; it also makes the version move on commit. */
    void touch(String actor, OffsetDateTime at) {
        this.changedBy = actor;
        this.changedAt = at;
    }

    public SortedSet<String> municipalityCodes() {
        var codes = new TreeSet<String>();
        municipalities.forEach(m -> codes.add(m.getCode()));
        return codes;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    /**
     * The day the programme is due for revision. Adopted: the day fixed at adoption (the adoption date plus the
     * interval of the legal basis, or the municipality's own date). Accepted but adoption not recorded yet: as
     * before adoption was recorded in Koto, the acceptance day plus the interval (Act 1386/2010 only), until the
     * adoption is recorded. Otherwise none.
     */
    public Optional<LocalDate> revisionDue() {
        if (status == ProgrammeStatus.ADOPTED) {
            return Optional.ofNullable(revisionDue);
        }
        if (status != ProgrammeStatus.APPROVED || approvedAt == null) {
            return Optional.empty();
        }
        return legalBasis.revisionDue(approvedAt
                .atZoneSameInstant(java.time.ZoneId.of("Europe/Helsinki"))
                .toLocalDate());
    }

    /**
     * Records the municipality's adoption decision and the revision day it sets; the state moves with {@link
     * #apply} and {@link ProgrammeAction#ADOPT}. The caller has checked the preconditions.
     */
    public void recordAdoption(Decision decision, LocalDate revisionDue, String actor, OffsetDateTime at) {
        this.adoption = Objects.requireNonNull(decision);
        this.revisionDue = revisionDue;
        touch(actor, at);
    }

    /**
     * Puts the adoption decision document in place and answers the one it replaces (for the caller to delete)
     * with the timeline row of the upload, which names the file and moves no state.
     */
    public Attached attachAdoptionDocument(StoredDocument document, String actor, OffsetDateTime at) {
        StoredDocument replaced = adoptionDocument;
        adoptionDocument = document;
        touch(actor, at);
        var event = new ProgrammeEvent(
                this, at, actor, ProgrammeAction.ADOPTION_DOCUMENT, status, status, document.getFileName());
        return new Attached(Optional.ofNullable(replaced), event);
    }

    /** What attaching the adoption document did: the document it replaced, if any, and its timeline row. */
    public record Attached(Optional<StoredDocument> replaced, ProgrammeEvent event) {}

    /** Records the plan's form; the name of the other planning document only where the plan is part of one. */
    public void describeForm(PlanForm form, String documentName, String actor, OffsetDateTime at) {
        this.planForm = form;
        this.planDocumentName = form == PlanForm.PART_OF_OTHER_DOCUMENT ? documentName : null;
        touch(actor, at);
    }

    /** The adoption decision, {@link Decision#NONE} until recorded. */
    public Decision getAdoption() {
        return Decision.orNone(adoption);
    }

    public Optional<StoredDocument> getAdoptionDocument() {
        return Optional.ofNullable(adoptionDocument);
    }

    public PlanForm getPlanForm() {
        return planForm;
    }

    public String getPlanDocumentName() {
        return planDocumentName;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleSv() {
        return titleSv;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public boolean isSwedishRequired() {
        return swedishRequired;
    }

    public int getRound() {
        return round;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public Set<Municipality> getMunicipalities() {
        return Collections.unmodifiableSet(municipalities);
    }

    public List<ProgrammeSection> getSections() {
        return Collections.unmodifiableList(sections);
    }

    public List<ChecklistVerdict> getChecklist() {
        return Collections.unmodifiableList(checklist);
    }

    public List<ReviewNote> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    public long getVersion() {
        return version;
    }
}
