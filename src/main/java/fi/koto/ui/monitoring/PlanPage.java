package fi.koto.ui.monitoring;

import fi.koto.monitoring.boundary.MonitoringJson.GoalEdit;
import fi.koto.monitoring.boundary.MonitoringJson.GoalView;
import fi.koto.monitoring.boundary.MonitoringJson.IndicatorEdit;
import fi.koto.monitoring.boundary.MonitoringJson.MeasureEdit;
import fi.koto.monitoring.boundary.MonitoringJson.Plan;
import fi.koto.monitoring.boundary.ProgrammePlans;
import fi.koto.monitoring.entity.GoalTheme;
import fi.koto.monitoring.entity.IndicatorUnit;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backs monitoring/plan.xhtml: a programme's goals by theme, its measures and its indicators, with forms to add
 * them while the programme can be edited. A refused form keeps what was typed.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePlans plans;

    @Inject
    FacesMessages messages;

    private Long programme;
    private Plan plan;
    private final PlanForms.GoalForm goalForm = new PlanForms.GoalForm();
    private final PlanForms.MeasureForm measureForm = new PlanForms.MeasureForm();
    private final PlanForms.IndicatorForm indicatorForm = new PlanForms.IndicatorForm();

    /** A programme outside the user's scope shows the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback() && plan != null) {
            return;
        }
        try {
            if (programme == null) {
                throw new fi.koto.platform.failure.NotFoundException("programme.notFound", "");
            }
            plan = plans.plan(programme);
        } catch (KotoException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void addGoal() {
        if (attempt(() -> plans.addGoal(
                programme, new GoalEdit(goalForm.getTheme(), goalForm.getFi(), goalForm.getSv(), null)))) {
            goalForm.clear();
        }
    }

    public void addMeasure() {
        PlanForms.MeasureForm f = measureForm;
        if (attempt(() -> plans.addMeasure(
                programme,
                new MeasureEdit(
                        f.getGoalId(),
                        f.getFi(),
                        f.getSv(),
                        f.getResponsibleParty(),
                        f.getStartYear(),
                        f.getEndYear(),
                        f.getSchedule(),
                        null)))) {
            f.clear();
        }
    }

    public void addIndicator() {
        PlanForms.IndicatorForm f = indicatorForm;
        var baseline = Figures.parse(f.getBaseline(), "monitoringPlan.baseline");
        var target = Figures.parse(f.getTarget(), "monitoringPlan.target");
        if (baseline.invalid() || target.invalid()) {
            baseline.report(messages);
            target.report(messages);
            return;
        }
        if (attempt(() -> plans.addIndicator(
                programme,
                new IndicatorEdit(
                        f.getGoalId(),
                        null,
                        f.getFi(),
                        f.getSv(),
                        f.getUnit(),
                        baseline.value(),
                        f.getBaselineYear(),
                        target.value(),
                        f.getTargetYear(),
                        null)))) {
            f.clear();
        }
    }

    private boolean attempt(Supplier<Plan> step) {
        try {
            plan = step.get();
            messages.info("monitoringPlan.saved");
            return true;
        } catch (KotoException e) {
            messages.errors(e);
            return false;
        }
    }

    /** The goal a measure or indicator serves, if any. */
    public Optional<GoalView> goal(Long goalId) {
        return goalId == null
                ? Optional.empty()
                : plan.goals().stream().filter(g -> g.id() == goalId).findFirst();
    }

    public GoalTheme[] getThemes() {
        return GoalTheme.values();
    }

    public IndicatorUnit[] getUnits() {
        return IndicatorUnit.values();
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }

    public Plan getPlan() {
        return plan;
    }

    public PlanForms.GoalForm getGoalForm() {
        return goalForm;
    }

    public PlanForms.MeasureForm getMeasureForm() {
        return measureForm;
    }

    public PlanForms.IndicatorForm getIndicatorForm() {
        return indicatorForm;
    }
}
