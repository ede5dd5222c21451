package fi.koto.ui.programmes;

import fi.koto.platform.failure.KotoException;
import fi.koto.programme.boundary.ProgrammeAdoption;
import fi.koto.programme.boundary.ProgrammePlanForm;
import fi.koto.programme.boundary.ProgrammeRequests.AdoptionRequest;
import fi.koto.programme.boundary.ProgrammeRequests.PlanFormEdit;
import fi.koto.ui.DecisionForm;
import fi.koto.ui.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The coordinator's two forms of programmes/view.xhtml beyond the content: recording the municipality's adoption
 * of an accepted plan (the decision as {@link DecisionForm}, and the next revision day where the act leaves it to
 * the municipality) and the form of a plan under Act 681/2023. A refusal keeps what was typed.
 */
@Named
@ViewScoped
public class AdoptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePage page;

    @Inject
    ProgrammeAdoption adoption;

    @Inject
    ProgrammePlanForm planForms;

    @Inject
    FacesMessages messages;

    private final DecisionForm decision = new DecisionForm();
    private LocalDate nextRevisionDue;
    private String comment;
    private String planForm;
    private String planDocumentName;
    private boolean planFormRead;

    public void adopt() {
        var d = page.getDetail();
        run(
                () -> adoption.adopt(
                        d.id(),
                        new AdoptionRequest(
                                decision.getBody(),
                                decision.dateText(),
                                decision.getReference(),
                                nextRevisionDue == null ? null : nextRevisionDue.toString(),
                                comment,
                                d.version())),
                "programmePage.adopted");
    }

    public void savePlanForm() {
        var d = page.getDetail();
        run(
                () -> planForms.describe(d.id(), new PlanFormEdit(planForm, planDocumentName, d.version())),
                "programmePage.planFormSaved");
    }

    private void run(Runnable step, String successKey) {
        try {
            step.run();
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        page.done(successKey);
    }

    private void readPlanForm() {
        if (!planFormRead) {
            planForm = page.getDetail().planForm();
            planDocumentName = page.getDetail().planDocumentName();
            planFormRead = true;
        }
    }

    public DecisionForm getDecision() {
        return decision;
    }

    public LocalDate getNextRevisionDue() {
        return nextRevisionDue;
    }

    public void setNextRevisionDue(LocalDate nextRevisionDue) {
        this.nextRevisionDue = nextRevisionDue;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getPlanForm() {
        readPlanForm();
        return planForm;
    }

    public void setPlanForm(String planForm) {
        planFormRead = true;
        this.planForm = planForm;
    }

    public String getPlanDocumentName() {
        readPlanForm();
        return planDocumentName;
    }

    public void setPlanDocumentName(String planDocumentName) {
        planFormRead = true;
        this.planDocumentName = planDocumentName;
    }
}
