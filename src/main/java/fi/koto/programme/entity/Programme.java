package fi.koto.programme.entity;

import fi.koto.document.entity.StoredDocument;
import fi.koto.reference.entity.Decision;
import fi.koto.reference.entity.Municipality;
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

    @Embedded
    private Titles titles;

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

    @Embedded
    private ReviewRound review;

    @Embedded
    private GuidanceSharing sharing;

    @Embedded
    private AdoptionRecord adoption;

    @Embedded
    private PlanFormChoice planForm;

    @Embedded
    private Authorship authorship;

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
        this.titles = Titles.of(title);
        this.legalBasis = Objects.requireNonNull(legalBasis);
        this.periodStart = Objects.requireNonNull(periodStart);
        this.periodEnd = Objects.requireNonNull(periodEnd);
        this.municipalities.addAll(municipalities);
        this.swedishRequired = municipalities.stream()
                .anyMatch(m -> m.getLanguage().officialLanguages().contains("sv"));
        this.status = ProgrammeStatus.DRAFT;
        this.review = ReviewRound.none();
        this.sharing = GuidanceSharing.none();
        this.planForm = PlanFormChoice.initial(legalBasis);
        this.authorship = Authorship.createdBy(actor, at);
        this.sections = ProgrammeSection.fixedBy(this, legalBasis);
        this.checklist = ChecklistVerdict.fixedBy(this, legalBasis);
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
        review = getReview().after(action, actor, at, reviewDue);
        if (action == ProgrammeAction.SUBMIT) {
            sections.forEach(ProgrammeSection::markSubmitted);
            titles = titles.submitted();
        }
        touch(actor, at);
        return Optional.of(new ProgrammeEvent(this, at, actor, action, from, status, comment));
    }

    /**
     * Shares the draft with the regional authority for guidance and returns the timeline row, or empty when it
     * is not a draft or is shared already. Who changed the content last is not touched.
     */
    public Optional<ProgrammeEvent> share(String actor, OffsetDateTime at) {
        return guidanceStep(getSharing().shared(status, actor, at), ProgrammeAction.SHARE, actor, at, null);
    }

    /** Makes a shared draft private again (its guidance notes stay); empty when it is not a shared draft. */
    public Optional<ProgrammeEvent> unshare(String actor, OffsetDateTime at, String comment) {
        return guidanceStep(getSharing().unshared(status), ProgrammeAction.UNSHARE, actor, at, comment);
    }

    private Optional<ProgrammeEvent> guidanceStep(
            Optional<GuidanceSharing> next, ProgrammeAction action, String actor, OffsetDateTime at, String comment) {
        next.ifPresent(n -> sharing = n);
        return next.map(n -> ProgrammeEvent.standing(this, action, actor, at, comment));
    }

    /** Adds an official's guidance note ({@link ProgrammeEvent#guidanceNoted}); the draft is shared. */
    public GuidanceNote addGuidanceNote(String sectionKey, String text, String author, OffsetDateTime at) {
        var note = new GuidanceNote(this, sectionKey, text, author, at);
        guidanceNotes.add(note);
        return note;
    }

    /**
     * Whether the authority serving the municipalities may see the programme: every programme except a draft
     * that is not shared for guidance (the rule {@code ProgrammeCatalog} applies in the database).
     */
    public boolean isVisibleToAuthority() {
        return status != ProgrammeStatus.DRAFT || isSharedForGuidance();
    }

    public boolean isSharedForGuidance() {
        return getSharing().isShared();
    }

    public GuidanceSharing getSharing() {
        return GuidanceSharing.orNone(sharing);
    }

    public List<GuidanceNote> getGuidanceNotes() {
        return Collections.unmodifiableList(guidanceNotes);
    }

    /** Sets the title in Finnish and (optionally) Swedish; a blank Swedish title is none. */
    public void retitle(String fi, String sv, String actor, OffsetDateTime at) {
        this.titles = titles.retitled(fi, sv);
        touch(actor, at);
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
        return Collections.unmodifiableList(measures);
    }

    /** Records who changed the programme last; it also makes the version move on commit. */
    void touch(String actor, OffsetDateTime at) {
        this.authorship = authorship.touched(actor, at);
    }

    public SortedSet<String> municipalityCodes() {
        var codes = new TreeSet<String>();
        municipalities.forEach(m -> codes.add(m.getCode()));
        return codes;
    }

    /** The day the programme is due for revision, or none: {@link AdoptionRecord#revisionDue(Programme)}. */
    public Optional<LocalDate> revisionDue() {
        return getAdoption().revisionDue(this);
    }

    /**
     * Records the municipality's adoption decision and the revision day it sets; the state moves with {@link
     * #apply} and {@link ProgrammeAction#ADOPT}. The caller has checked the preconditions.
     */
    public void recordAdoption(Decision decision, LocalDate revisionDue, String actor, OffsetDateTime at) {
        this.adoption = getAdoption().recorded(decision, revisionDue);
        touch(actor, at);
    }

    /**
     * Puts the adoption decision document in place and answers the one it replaces (for the caller to delete)
     * with the timeline row of the upload, which names the file and moves no state.
     */
    public Attached attachAdoptionDocument(StoredDocument document, String actor, OffsetDateTime at) {
        Optional<StoredDocument> replaced = getAdoption().document();
        adoption = getAdoption().withDocument(document);
        touch(actor, at);
        return new Attached(
                replaced,
                ProgrammeEvent.standing(this, ProgrammeAction.ADOPTION_DOCUMENT, actor, at, document.getFileName()));
    }

    /** What attaching the adoption document did: the document it replaced, if any, and its timeline row. */
    public record Attached(Optional<StoredDocument> replaced, ProgrammeEvent event) {}

    /** Records the plan's form; the name of the other planning document only where the plan is part of one. */
    public void describeForm(PlanForm form, String documentName, String actor, OffsetDateTime at) {
        this.planForm = new PlanFormChoice(form, documentName);
        touch(actor, at);
    }

    /** The adoption: the decision ({@link Decision#NONE} until recorded), its document and the revision day. */
    public AdoptionRecord getAdoption() {
        return AdoptionRecord.orNone(adoption);
    }

    /** The plan's form and the name of the other planning document it is part of. */
    public PlanFormChoice getPlanFormChoice() {
        return PlanFormChoice.orNone(planForm);
    }

    public PlanForm getPlanForm() {
        return getPlanFormChoice().form();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return titles.fi();
    }

    public Titles getTitles() {
        return titles;
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

    /** The submission round, its review day, reviewer and acceptance. */
    public ReviewRound getReview() {
        return ReviewRound.orNone(review);
    }

    /** Who created the programme and who changed it last, and when. */
    public Authorship getAuthorship() {
        return authorship;
    }

    public String getChangedBy() {
        return authorship.changedBy();
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
