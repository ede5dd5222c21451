package fi.koto.guideline.entity;

import fi.koto.document.entity.StoredDocument;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A party heard in a guideline's consultation and, once received, its statement: a text, a document or both. */
@Entity
@Table(name = "consultation_party")
public class ConsultationParty {

    public static final int NAME_LIMIT = 300;
    public static final int STATEMENT_LIMIT = 20_000;

    @Id
    @SequenceGenerator(name = "consultation_party_seq", sequenceName = "consultation_party_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_party_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guideline_id", updatable = false)
    private WorkPermitGuideline guideline;

    @Column(nullable = false, length = NAME_LIMIT)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyKind kind;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    @Column(name = "statement_on")
    private LocalDate statementOn;

    @Column(name = "statement_text", length = STATEMENT_LIMIT)
    private String statementText;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private StoredDocument document;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected ConsultationParty() {}

    ConsultationParty(WorkPermitGuideline guideline, String name, PartyKind kind, String actor, OffsetDateTime at) {
        this.guideline = guideline;
        this.name = name;
        this.kind = kind;
        this.addedBy = actor;
        this.addedAt = at;
    }

    /** Records the statement received on the day; a document may come with the text or instead of it. */
    public void record(LocalDate on, String text, StoredDocument attached, String actor, OffsetDateTime at) {
        this.statementOn = on;
        this.statementText = text == null || text.isBlank() ? null : text.strip();
        if (attached != null) {
            this.document = attached;
        }
        this.recordedBy = actor;
        this.recordedAt = at;
    }

    public boolean hasStatement() {
        return statementOn != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartyKind getKind() {
        return kind;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }

    public LocalDate getStatementOn() {
        return statementOn;
    }

    public String getStatementText() {
        return statementText;
    }

    public StoredDocument getDocument() {
        return document;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
