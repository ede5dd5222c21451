package fi.koto.ui.agreements;

import fi.koto.ui.DecisionForm;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the step forms of an agreement's page hold: the comment every step may carry, the day of the consultation,
 * the municipal decision (body, date, minutes reference), and the day of signing or termination.
 */
public class StepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String comment;
    private LocalDate consultedOn;
    private final DecisionForm decision = new DecisionForm();
    private LocalDate stepDate;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getConsultedOn() {
        return consultedOn;
    }

    public void setConsultedOn(LocalDate consultedOn) {
        this.consultedOn = consultedOn;
    }

    public DecisionForm getDecision() {
        return decision;
    }

    public LocalDate getStepDate() {
        return stepDate;
    }

    public void setStepDate(LocalDate stepDate) {
        this.stepDate = stepDate;
    }
}
