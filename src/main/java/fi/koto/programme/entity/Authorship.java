package fi.koto.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * Who created a programme and when, and who changed it last and when: every change records itself here, so the
 * optimistic version can name the last editor. A value: {@link #touched} makes a new one.
 */
@Embeddable
public class Authorship implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected Authorship() {}

    private Authorship(String createdBy, OffsetDateTime createdAt, String changedBy, OffsetDateTime changedAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    static Authorship createdBy(String actor, OffsetDateTime at) {
        return new Authorship(actor, at, actor, at);
    }

    Authorship touched(String actor, OffsetDateTime at) {
        return new Authorship(createdBy, createdAt, actor, at);
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
