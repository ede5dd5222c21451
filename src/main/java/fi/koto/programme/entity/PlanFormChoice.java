package fi.koto.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * Act 681/2023 only: whether the plan is a separate action programme or part of another planning document, and
 * that document's name. Both null for a legal basis without a plan form. A value: every change makes a new one.
 */
@Embeddable
public class PlanFormChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DOCUMENT_NAME_LIMIT = 300;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_form", length = 30)
    private PlanForm form;

    @Column(name = "plan_document_name", length = DOCUMENT_NAME_LIMIT)
    private String documentName;

    protected PlanFormChoice() {}

    /** The name of the other planning document is kept only where the plan is part of one. */
    PlanFormChoice(PlanForm form, String documentName) {
        this.form = form;
        this.documentName = form == PlanForm.PART_OF_OTHER_DOCUMENT ? documentName : null;
    }

    /** The form a new programme starts with: a separate programme where the legal basis has a plan form. */
    static PlanFormChoice initial(LegalBasis legalBasis) {
        return new PlanFormChoice(legalBasis.hasPlanForm() ? PlanForm.SEPARATE_PROGRAMME : null, null);
    }

    /** {@code choice} itself, or an empty one where the persistence provider left an empty embeddable null. */
    static PlanFormChoice orNone(PlanFormChoice choice) {
        return choice == null ? new PlanFormChoice() : choice;
    }

    public PlanForm form() {
        return form;
    }

    public String documentName() {
        return documentName;
    }
}
