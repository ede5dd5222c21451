package fi.koto.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The reviewing official's verdict on one requirement of the checklist; empty until given. Verdicts do not move
 * the programme's version (only content and state do); approval reads them under the programme's lock.
 */
@Entity
@Table(name = "checklist_verdict")
public class ChecklistVerdict {

    @Id
    @SequenceGenerator(name = "checklist_verdict_seq", sequenceName = "checklist_verdict_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_verdict_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "requirement_key", nullable = false, updatable = false)
    private String requirementKey;

    @Column(name = "sort_order", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    @Column(length = 4000)
    private String note;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private OffsetDateTime setAt;

    protected ChecklistVerdict() {}

    ChecklistVerdict(Programme programme, String requirementKey, int position) {
        this.programme = programme;
        this.requirementKey = requirementKey;
        this.position = position;
    }

    /** The checklist the legal basis fixes for a new programme, in its order. */
    static List<ChecklistVerdict> fixedBy(Programme programme, LegalBasis legalBasis) {
        List<ChecklistVerdict> checklist = new ArrayList<>();
        for (String key : legalBasis.requirements()) {
            checklist.add(new ChecklistVerdict(programme, key, checklist.size()));
        }
        return checklist;
    }

    public void judge(Verdict verdict, String note, String actor, OffsetDateTime at) {
        this.verdict = verdict;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.setBy = actor;
        this.setAt = at;
    }

    /**
     * Whether this requirement stands in the way of accepting the review: no verdict yet, or a required item
     * judged MISSING. A recommended item never blocks once it has a verdict.
     */
    public boolean blocksApproval() {
        return verdict == null || (isRequired() && verdict == Verdict.MISSING);
    }

    /** Whether the act requires this item (docs/domain.md, "Planning documents: lifecycle, sharing, review ..."). */
    public boolean isRequired() {
        return programme.getLegalBasis().isRequiredRequirement(requirementKey);
    }

    public Long getId() {
        return id;
    }

    public String getRequirementKey() {
        return requirementKey;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getNote() {
        return note;
    }

    public String getSetBy() {
        return setBy;
    }

    public OffsetDateTime getSetAt() {
        return setAt;
    }
}
