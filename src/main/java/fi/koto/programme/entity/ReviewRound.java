package fi.koto.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Where a programme stands with the regional authority: the submission round (0 before the first submission), when
 * it was submitted and is due for review, who reviews it and when it was accepted. A value: every step makes a new
 * one ({@link #after}).
 */
@Embeddable
public class ReviewRound implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "submission_round", nullable = false)
    private int round;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "reviewer")
    private String reviewer;

    protected ReviewRound() {}

    private ReviewRound(
            int round, OffsetDateTime submittedAt, LocalDate reviewDue, OffsetDateTime approvedAt, String reviewer) {
        this.round = round;
        this.submittedAt = submittedAt;
        this.reviewDue = reviewDue;
        this.approvedAt = approvedAt;
        this.reviewer = reviewer;
    }

    static ReviewRound none() {
        return new ReviewRound();
    }

    /** {@code review} itself; never null, as the round column is not, but kept safe like the other parts. */
    static ReviewRound orNone(ReviewRound review) {
        return review == null ? none() : review;
    }

    /**
     * The round after the action: a submission opens the next round with its review day and no reviewer yet, the
     * start of a review names the reviewer, an acceptance records its time; any other action changes nothing.
     */
    ReviewRound after(ProgrammeAction action, String actor, OffsetDateTime at, LocalDate due) {
        return switch (action) {
            case SUBMIT -> new ReviewRound(round + 1, at, due, approvedAt, null);
            case START_REVIEW -> new ReviewRound(round, submittedAt, reviewDue, approvedAt, actor);
            case APPROVE -> new ReviewRound(round, submittedAt, reviewDue, at, reviewer);
            default -> this;
        };
    }

    public int round() {
        return round;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public LocalDate reviewDue() {
        return reviewDue;
    }

    public OffsetDateTime approvedAt() {
        return approvedAt;
    }

    public String reviewer() {
        return reviewer;
    }
}
