package fi.koto.guideline.entity;

import fi.koto.reference.entity.Occupation;
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

/** One occupation a guideline exempts from the labour-market test, with a short justification in fi and sv. */
@Entity
@Table(name = "guideline_occupation")
public class GuidelineOccupation {

    public static final int JUSTIFICATION_LIMIT = 2000;

    /** An occupation and its justification as a form or the API gives them, before they are stored. */
    public record Entry(Occupation occupation, String justificationFi, String justificationSv) {}

    @Id
    @SequenceGenerator(
            name = "guideline_occupation_seq",
            sequenceName = "guideline_occupation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guideline_occupation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guideline_id", updatable = false)
    private WorkPermitGuideline guideline;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "occupation_code", updatable = false)
    private Occupation occupation;

    @Column(name = "justification_fi", length = JUSTIFICATION_LIMIT)
    private String justificationFi;

    @Column(name = "justification_sv", length = JUSTIFICATION_LIMIT)
    private String justificationSv;

    protected GuidelineOccupation() {}

    GuidelineOccupation(WorkPermitGuideline guideline, Entry entry) {
        this.guideline = guideline;
        this.occupation = entry.occupation();
        justify(entry.justificationFi(), entry.justificationSv());
    }

    void justify(String fi, String sv) {
        this.justificationFi = fi == null || fi.isBlank() ? null : fi.strip();
        this.justificationSv = sv == null || sv.isBlank() ? null : sv.strip();
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public String getJustificationFi() {
        return justificationFi;
    }

    public String getJustificationSv() {
        return justificationSv;
    }

    /** The justification in the page's language; Finnish for English pages and where Swedish is missing. */
    public String justification(String language) {
        return "sv".equals(language) && justificationSv != null ? justificationSv : justificationFi;
    }

    public Entry entry() {
        return new Entry(occupation, justificationFi, justificationSv);
    }
}
