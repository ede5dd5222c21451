package fi.koto.programme.entity;

import fi.koto.document.entity.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A document attached to a programme (a council decision, a survey, an annex), with an optional short
 * description. Added and removed by the programme's coordinators while they may edit it; each change is a row of
 * the programme's timeline ({@link #added}, {@link #removed}).
 */
@Entity
@Table(name = "programme_attachment")
public class ProgrammeAttachment {

    public static final int DESCRIPTION_LIMIT = 500;

    @Id
    @SequenceGenerator(
            name = "programme_attachment_seq",
            sequenceName = "programme_attachment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_attachment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", updatable = false)
    private StoredDocument document;

    @Column(length = DESCRIPTION_LIMIT, updatable = false)
    private String description;

    protected ProgrammeAttachment() {}

    public ProgrammeAttachment(Programme programme, StoredDocument document, String description) {
        this.programme = programme;
        this.document = document;
        this.description = description;
    }

    /** The timeline row of adding this attachment: the status stays, the comment names the file. */
    public ProgrammeEvent added(String actor, OffsetDateTime at) {
        return event(ProgrammeAction.ATTACHMENT_ADDED, actor, at);
    }

    /** The timeline row of removing this attachment. */
    public ProgrammeEvent removed(String actor, OffsetDateTime at) {
        return event(ProgrammeAction.ATTACHMENT_REMOVED, actor, at);
    }

    private ProgrammeEvent event(ProgrammeAction action, String actor, OffsetDateTime at) {
        ProgrammeStatus status = programme.getStatus();
        return new ProgrammeEvent(programme, at, actor, action, status, status, document.getFileName());
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public StoredDocument getDocument() {
        return document;
    }

    public String getDescription() {
        return description;
    }
}
