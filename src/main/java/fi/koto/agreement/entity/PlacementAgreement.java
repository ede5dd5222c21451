package fi.koto.agreement.entity;

import fi.koto.reference.entity.Decision;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import fi.koto.reference.entity.WellbeingCounty;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An agreement on placing refugees in a municipality and promoting their integration, between the municipality
 * and the regional authority that served it when the agreement was drafted. Agreements are usually open-ended;
 * the places are reviewed every year ({@link AnnualPlaces}). The status only changes through {@link #apply}, which
 * asks {@link AgreementStatus} whether the action is allowed.
 */
@Entity
@Table(name = "placement_agreement")
public class PlacementAgreement {

    @Id
    @SequenceGenerator(name = "placement_agreement_seq", sequenceName = "placement_agreement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_agreement_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_code", updatable = false)
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_id", updatable = false)
    private RegionalAuthority authority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AgreementStatus status;

    @Column(name = "wellbeing_consulted_date")
    private LocalDate wellbeingConsultedDate;

    /** The wellbeing services county consulted (or the City of Helsinki); docs/domain.md. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "wellbeing_county_code")
    private WellbeingCounty wellbeingCounty;

    @Embedded
    private Decision decision;

    @Column(name = "signed_date")
    private LocalDate signedDate;

    @Column(name = "terminated_date")
    private LocalDate terminatedDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Version
    private long version;

    protected PlacementAgreement() {}

    public PlacementAgreement(
            Municipality municipality, RegionalAuthority authority, OffsetDateTime createdAt, String createdBy) {
        this.municipality = municipality;
        this.authority = authority;
        this.status = AgreementStatus.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Moves to the status after {@code action}; answers the status it left. Throws IllegalStateException when the
     * status does not allow the action (the boundary checks first and answers 409).
     */
    public AgreementStatus apply(AgreementAction action) {
        AgreementStatus from = status;
        status = status.after(action).orElseThrow(() -> new IllegalStateException(action + " in " + from));
        return from;
    }

    /** Records the consultation of the municipality's wellbeing services county on {@code date} (null: none). */
    public void recordConsultation(LocalDate date) {
        this.wellbeingConsultedDate = date;
        this.wellbeingCounty = date == null ? null : municipality.getWellbeingCounty();
    }

    /** The county consulted; null before a consultation (and for consultations recorded before 2023). */
    public WellbeingCounty getWellbeingCounty() {
        return wellbeingCounty;
    }

    public void recordDecision(Decision decision) {
        this.decision = Decision.orNull(decision);
    }

    public void recordSigning(LocalDate date) {
        this.signedDate = date;
    }

    public void recordTermination(LocalDate date) {
        this.terminatedDate = date;
    }

    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public RegionalAuthority getAuthority() {
        return authority;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public LocalDate getWellbeingConsultedDate() {
        return wellbeingConsultedDate;
    }

    /** The decision this rests on ({@link Decision#NONE} before there is one). */
    public Decision getDecision() {
        return Decision.orNone(decision);
    }

    public LocalDate getSignedDate() {
        return signedDate;
    }

    public LocalDate getTerminatedDate() {
        return terminatedDate;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
