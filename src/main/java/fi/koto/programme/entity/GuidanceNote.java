package fi.koto.programme.entity;

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
 * An official's guidance on a draft the coordinator shared with the authority (the authority's guiding role, not
 * a review round): free text, optionally about one section. Never changed; kept when the draft is unshared, and
 * shown to the authority again only while the draft is shared. Notes do not move the programme's version.
 */
@Entity
@Table(name = "guidance_note")
public class GuidanceNote {

    public static final int TEXT_LIMIT = 4000;

    @Id
    @SequenceGenerator(name = "guidance_note_seq", sequenceName = "guidance_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidance_note_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @Column(name = "section_key", updatable = false)
    private String sectionKey;

    @Column(name = "body", nullable = false, updatable = false, length = TEXT_LIMIT)
    private String text;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected GuidanceNote() {}

    GuidanceNote(Programme programme, String sectionKey, String text, String author, OffsetDateTime createdAt) {
        this.programme = programme;
        this.sectionKey = sectionKey;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    /** The section the note is about; null for the draft as a whole. */
    public String getSectionKey() {
        return sectionKey;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
