package fi.koto.programme.entity;

import fi.koto.document.entity.StoredDocument;
import fi.koto.reference.entity.Decision;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The municipality's adoption of an accepted programme: the decision (body, date, minutes reference) recorded with
 * {@code ADOPT}, the decision as a document (uploaded while the programme waits for adoption) and the day the
 * adopted plan is due for revision, fixed at adoption. A value: every change makes a new one.
 */
@Embeddable
public class AdoptionRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Column(name = "adoption_body", length = Decision.TEXT_LIMIT)
    private String body;

    @Column(name = "adoption_date")
    private LocalDate date;

    @Column(name = "adoption_reference", length = Decision.TEXT_LIMIT)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "adoption_document_id")
    private StoredDocument document;

    @Column(name = "revision_due")
    private LocalDate revisionDue;

    protected AdoptionRecord() {}

    private AdoptionRecord(Decision decision, StoredDocument document, LocalDate revisionDue) {
        this.body = decision.body();
        this.date = decision.date();
        this.reference = decision.reference();
        this.document = document;
        this.revisionDue = revisionDue;
    }

    /** {@code adoption} itself, or an empty one where the persistence provider left an empty embeddable null. */
    static AdoptionRecord orNone(AdoptionRecord adoption) {
        return adoption == null ? new AdoptionRecord() : adoption;
    }

    AdoptionRecord recorded(Decision decision, LocalDate revisionDue) {
        return new AdoptionRecord(Objects.requireNonNull(decision), document, revisionDue);
    }

    AdoptionRecord withDocument(StoredDocument document) {
        return new AdoptionRecord(decision(), document, revisionDue);
    }

    /** The adoption decision, {@link Decision#NONE} until recorded. */
    public Decision decision() {
        return body == null && date == null && reference == null ? Decision.NONE : new Decision(body, date, reference);
    }

    public Optional<StoredDocument> document() {
        return Optional.ofNullable(document);
    }

    /**
     * The day the programme is due for revision. Adopted: the day fixed at adoption (the adoption date plus the
     * interval of the legal basis, or the municipality's own date). Accepted but adoption not recorded yet: as
     * before adoption was recorded in Koto, the acceptance day plus the interval (Act 1386/2010 only), until the
     * adoption is recorded. Otherwise none.
     */
    Optional<LocalDate> revisionDue(Programme programme) {
        if (programme.getStatus() == ProgrammeStatus.ADOPTED) {
            return Optional.ofNullable(revisionDue);
        }
        OffsetDateTime approvedAt = programme.getReview().approvedAt();
        if (programme.getStatus() != ProgrammeStatus.APPROVED || approvedAt == null) {
            return Optional.empty();
        }
        return programme
                .getLegalBasis()
                .revisionDue(approvedAt.atZoneSameInstant(HELSINKI).toLocalDate());
    }

    /** The revision day fixed at adoption, or null. */
    public LocalDate revisionDue() {
        return revisionDue;
    }
}
