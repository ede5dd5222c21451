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
 * A reviewer's note pinned to one section; the coordinator may reply, and it stays until resolved. Notes do not
 * move the programme's version: replying to a note must not make the coordinator's open section form stale.
 */
@Entity
@Table(name = "review_note")
public class ReviewNote {

    public static final int TEXT_LIMIT = 4000;

    @Id
    @SequenceGenerator(name = "review_note_seq", sequenceName = "review_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_note_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "section_key", nullable = false, updatable = false)
    private String sectionKey;

    @Column(name = "body", nullable = false, updatable = false, length = TEXT_LIMIT)
    private String text;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(length = TEXT_LIMIT)
    private String reply;

    @Column(name = "reply_by")
    private String replyBy;

    @Column(name = "reply_at")
    private OffsetDateTime replyAt;

    protected ReviewNote() {}

    ReviewNote(Programme programme, String sectionKey, String text, String author, OffsetDateTime createdAt) {
        this.programme = programme;
        this.sectionKey = sectionKey;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }

    public void resolve(String actor, OffsetDateTime at) {
        resolved = true;
        resolvedBy = actor;
        resolvedAt = at;
    }

    public void reply(String text, String actor, OffsetDateTime at) {
        reply = text;
        replyBy = actor;
        replyAt = at;
    }

    public Long getId() {
        return id;
    }

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

    public boolean isResolved() {
        return resolved;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getReply() {
        return reply;
    }

    public String getReplyBy() {
        return replyBy;
    }

    public OffsetDateTime getReplyAt() {
        return replyAt;
    }
}
