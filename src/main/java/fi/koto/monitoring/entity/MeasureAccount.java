package fi.koto.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** The coordinator's account of one measure in one year: how far it got and a short comment. */
@Embeddable
public class MeasureAccount {

    public static final int COMMENT_LIMIT = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureProgress progress;

    @Column(length = COMMENT_LIMIT)
    private String comment;

    protected MeasureAccount() {}

    public MeasureAccount(MeasureProgress progress, String comment) {
        this.progress = Objects.requireNonNull(progress);
        this.comment = comment;
    }

    public MeasureProgress getProgress() {
        return progress;
    }

    public String getComment() {
        return comment;
    }
}
