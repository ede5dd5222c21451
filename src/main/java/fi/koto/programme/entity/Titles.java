package fi.koto.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A programme's title in Finnish and (optionally) Swedish, with the two as they stood at the last submission: part
 * of the parallel text like the sections. A missing Swedish title is a warning, never a reason to refuse a step
 * (V90). A value: every change makes a new one.
 */
@Embeddable
public class Titles implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LIMIT = 300;

    @Column(name = "title", nullable = false, length = LIMIT)
    private String fi;

    @Column(name = "title_sv", length = LIMIT)
    private String sv;

    @Column(name = "submitted_title", length = LIMIT)
    private String submittedFi;

    @Column(name = "submitted_title_sv", length = LIMIT)
    private String submittedSv;

    protected Titles() {}

    private Titles(String fi, String sv, String submittedFi, String submittedSv) {
        this.fi = Objects.requireNonNull(fi);
        this.sv = sv;
        this.submittedFi = submittedFi;
        this.submittedSv = submittedSv;
    }

    static Titles of(String fi) {
        return new Titles(fi, null, null, null);
    }

    /** The title in Finnish and (optionally) Swedish; a blank Swedish title is none. */
    Titles retitled(String fi, String sv) {
        return new Titles(fi, sv == null || sv.isBlank() ? null : sv.strip(), submittedFi, submittedSv);
    }

    /** The titles as they are now kept as the submitted ones. */
    Titles submitted() {
        return new Titles(fi, sv, fi, sv);
    }

    /**
     * True when the title changed in one language since the last submission and not in the other, as {@link
     * ProgrammeSection#hasLanguageDrift()} says of a section; only for a programme that needs Swedish.
     */
    public boolean hasDrift(Programme programme) {
        return programme.isSwedishRequired()
                && programme.getReview().round() > 0
                && !Objects.equals(fi, submittedFi) != !Objects.equals(sv, submittedSv);
    }

    /** A programme that needs Swedish but has no Swedish title: shown as a warning only. */
    public boolean isSwedishMissing(Programme programme) {
        return programme.isSwedishRequired() && sv == null;
    }

    public String fi() {
        return fi;
    }

    /** The Swedish title, or null. */
    public String sv() {
        return sv;
    }
}
