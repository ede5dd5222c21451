package fi.koto.programme.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The section texts of one submission round, frozen: what the official reviewed, readable later. */
@Entity
@Table(name = "submitted_version")
public class SubmittedVersion {

    @Id
    @SequenceGenerator(name = "submitted_version_seq", sequenceName = "submitted_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submitted_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @Column(name = "submission_round", nullable = false, updatable = false)
    private int round;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "submitted_section", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("position")
    private List<SectionText> sections = new ArrayList<>();

    protected SubmittedVersion() {}

    /** The snapshot of the programme's sections as submitted in its current round. */
    public static SubmittedVersion of(Programme p) {
        var review = p.getReview();
        return new SubmittedVersion(p, review.round(), review.submittedAt(), p.getChangedBy(), p.getSections());
    }

    SubmittedVersion(
            Programme programme,
            int round,
            OffsetDateTime submittedAt,
            String submittedBy,
            List<ProgrammeSection> current) {
        this.programme = programme;
        this.round = round;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        for (ProgrammeSection s : current) {
            sections.add(new SectionText(s.getKey(), s.getPosition(), s.getTextFi(), s.getTextSv()));
        }
    }

    public Optional<SectionText> section(String key) {
        return sections.stream().filter(s -> s.getKey().equals(key)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public int getRound() {
        return round;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public List<SectionText> getSections() {
        return Collections.unmodifiableList(sections);
    }
}
