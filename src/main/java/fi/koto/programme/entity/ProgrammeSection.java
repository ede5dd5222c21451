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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One content section of a programme in Finnish and Swedish. The text of the last submission is kept beside the
 * current text, so that a change made in one language only can be flagged before the next submission.
 */
@Entity
@Table(name = "programme_section")
public class ProgrammeSection {

    public static final int TEXT_LIMIT = 100_000;

    @Id
    @SequenceGenerator(name = "programme_section_seq", sequenceName = "programme_section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_section_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "section_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "sort_order", nullable = false, updatable = false)
    private int position;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "text_fi", length = TEXT_LIMIT)
    private String textFi;

    @Column(name = "text_sv", length = TEXT_LIMIT)
    private String textSv;

    @Column(name = "submitted_fi", length = TEXT_LIMIT)
    private String submittedFi;

    @Column(name = "submitted_sv", length = TEXT_LIMIT)
    private String submittedSv;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected ProgrammeSection() {}

    ProgrammeSection(Programme programme, String key, int position, boolean required) {
        this.programme = programme;
        this.key = key;
        this.position = position;
        this.required = required;
    }

    /** The sections the legal basis fixes for a new programme, in its order. */
    static List<ProgrammeSection> fixedBy(Programme programme, LegalBasis legalBasis) {
        List<ProgrammeSection> sections = new ArrayList<>();
        for (String key : legalBasis.sections()) {
            sections.add(new ProgrammeSection(programme, key, sections.size(), legalBasis.isRequired(key)));
        }
        return sections;
    }

    public void write(String fi, String sv, String actor, OffsetDateTime at) {
        this.textFi = blankToNull(fi);
        this.textSv = blankToNull(sv);
        this.changedBy = actor;
        this.changedAt = at;
        programme.touch(actor, at);
    }

    /** Whether the text in the language is empty. */
    public boolean isEmpty(String language) {
        return "sv".equals(language) ? textSv == null : textFi == null;
    }

    /**
     * True when one language changed since the last submission and the other did not: the translation has
     * probably drifted. Only meaningful for programmes that need both languages.
     */
    public boolean hasLanguageDrift() {
        if (!programme.isSwedishRequired() || programme.getReview().round() == 0) {
            return false;
        }
        boolean fiChanged = !Objects.equals(textFi, submittedFi);
        boolean svChanged = !Objects.equals(textSv, submittedSv);
        return fiChanged != svChanged;
    }

    void markSubmitted() {
        submittedFi = textFi;
        submittedSv = textSv;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public boolean isRequired() {
        return required;
    }

    public String getTextFi() {
        return textFi;
    }

    public String getTextSv() {
        return textSv;
    }

    public String getSubmittedFi() {
        return submittedFi;
    }

    public String getSubmittedSv() {
        return submittedSv;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
