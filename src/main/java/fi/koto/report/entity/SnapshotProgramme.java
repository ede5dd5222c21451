package fi.koto.report.entity;

import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.ProgrammeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A programme as it stood at the end of the period, worked out from its timeline, for one of the municipalities it
 * covers (a joint programme has a row per municipality, so each reader sees it under the municipalities in scope).
 */
@Entity
@Table(name = "snapshot_programme")
@IdClass(SnapshotProgramme.Key.class)
public class SnapshotProgramme {

    /** The primary key. */
    public record Key(Long snapshotId, Long programmeId, String municipalityCode) implements Serializable {

        public Key() {
            this(null, null, null);
        }
    }

    /** The figures of one programme at the end of the period; the same for each of its municipalities. */
    public record Figures(
            long programmeId,
            String title,
            LegalBasis legalBasis,
            ProgrammeStatus status,
            LocalDate approvedOn,
            LocalDate revisionDue,
            boolean revisionOverdue,
            LocalDate lastSubmittedOn,
            int rounds,
            int reviewsOpened,
            int reviewsClosed,
            boolean reviewOpen,
            LocalDate reviewDue,
            boolean reviewOverdue,
            BigDecimal daysWithAuthority,
            BigDecimal daysWithMunicipality,
            boolean sharedForGuidance) {}

    @Id
    @Column(name = "snapshot_id")
    private Long snapshotId;

    @Id
    @Column(name = "programme_id")
    private Long programmeId;

    @Id
    @Column(name = "municipality_code", length = 3)
    private String municipalityCode;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, length = 20)
    private LegalBasis legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "revision_due")
    private LocalDate revisionDue;

    @Column(name = "revision_overdue", nullable = false)
    private boolean revisionOverdue;

    @Column(name = "last_submitted_on")
    private LocalDate lastSubmittedOn;

    @Column(nullable = false)
    private int rounds;

    @Column(name = "reviews_opened", nullable = false)
    private int reviewsOpened;

    @Column(name = "reviews_closed", nullable = false)
    private int reviewsClosed;

    @Column(name = "review_open", nullable = false)
    private boolean reviewOpen;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "review_overdue", nullable = false)
    private boolean reviewOverdue;

    @Column(name = "days_with_authority", nullable = false, precision = 10, scale = 1)
    private BigDecimal daysWithAuthority;

    @Column(name = "days_with_municipality", nullable = false, precision = 10, scale = 1)
    private BigDecimal daysWithMunicipality;

    /** Whether it was shared for guidance at the end of the period (matters for drafts only). */
    @Column(name = "shared_for_guidance", nullable = false)
    private boolean sharedForGuidance;

    protected SnapshotProgramme() {}

    public SnapshotProgramme(long snapshotId, String municipalityCode, Figures f) {
        this.snapshotId = snapshotId;
        this.programmeId = f.programmeId();
        this.municipalityCode = municipalityCode;
        this.title = f.title();
        this.legalBasis = f.legalBasis();
        this.status = f.status();
        this.approvedOn = f.approvedOn();
        this.revisionDue = f.revisionDue();
        this.revisionOverdue = f.revisionOverdue();
        this.lastSubmittedOn = f.lastSubmittedOn();
        this.rounds = f.rounds();
        this.reviewsOpened = f.reviewsOpened();
        this.reviewsClosed = f.reviewsClosed();
        this.reviewOpen = f.reviewOpen();
        this.reviewDue = f.reviewDue();
        this.reviewOverdue = f.reviewOverdue();
        this.daysWithAuthority = f.daysWithAuthority();
        this.daysWithMunicipality = f.daysWithMunicipality();
        this.sharedForGuidance = f.sharedForGuidance();
    }

    public boolean isSharedForGuidance() {
        return sharedForGuidance;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getTitle() {
        return title;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getRevisionDue() {
        return revisionDue;
    }

    public boolean isRevisionOverdue() {
        return revisionOverdue;
    }

    public LocalDate getLastSubmittedOn() {
        return lastSubmittedOn;
    }

    public int getRounds() {
        return rounds;
    }

    public int getReviewsOpened() {
        return reviewsOpened;
    }

    public int getReviewsClosed() {
        return reviewsClosed;
    }

    public boolean isReviewOpen() {
        return reviewOpen;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public boolean isReviewOverdue() {
        return reviewOverdue;
    }

    public BigDecimal getDaysWithAuthority() {
        return daysWithAuthority;
    }

    public BigDecimal getDaysWithMunicipality() {
        return daysWithMunicipality;
    }
}
