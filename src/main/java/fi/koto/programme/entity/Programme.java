package fi.koto.programme.entity;

import fi.koto.reference.entity.Municipality;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

    /** While approved: the day the programme is due for revision (Act 1386/2010 only). */
    public Optional<LocalDate> revisionDue() {
        if (status != ProgrammeStatus.APPROVED || approvedAt == null) {
            return Optional.empty();
        }
        return legalBasis.revisionDue(approvedAt
                .atZoneSameInstant(java.time.ZoneId.of("Europe/Helsinki"))
                .toLocalDate());
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
