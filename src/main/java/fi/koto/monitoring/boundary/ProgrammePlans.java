package fi.koto.monitoring.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.monitoring.boundary.MonitoringJson.GoalEdit;
import fi.koto.monitoring.boundary.MonitoringJson.GoalView;
import fi.koto.monitoring.boundary.MonitoringJson.IndicatorEdit;
import fi.koto.monitoring.boundary.MonitoringJson.IndicatorView;
import fi.koto.monitoring.boundary.MonitoringJson.MeasureEdit;
import fi.koto.monitoring.boundary.MonitoringJson.MeasureView;
import fi.koto.monitoring.boundary.MonitoringJson.Plan;
import fi.koto.monitoring.boundary.MonitoringJson.YearValue;
import fi.koto.monitoring.control.Checks;
import fi.koto.monitoring.control.MonitoringCatalog;
import fi.koto.monitoring.entity.Goal;
import fi.koto.monitoring.entity.GoalTheme;
import fi.koto.monitoring.entity.Indicator;
import fi.koto.monitoring.entity.IndicatorUnit;
import fi.koto.monitoring.entity.MonitoringReport;
import fi.koto.monitoring.entity.PlanMeasure;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.programme.entity.Programme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme's plan: goals by theme, measures linked to goals, indicators with unit, baseline and target. Read by
 * whoever may read the programme; changed by its coordinators while the programme can be edited (as its sections
 * are). Each change is checked in full (422 with every reason), version-checked (409) and audited.
 */
@Stateless
@RolesAllowed(Permission.Names.PROGRAMME_READ)
public class ProgrammePlans {

    /** Baselines may lie before the programme; none is accepted before this year. */
    static final int EARLIEST_BASELINE = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    MonitoringCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Plan plan(long programmeId) {
        return view(load(programmeId, false));
    }

    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Plan addGoal(long programmeId, GoalEdit edit) {
        Programme p = editable(programmeId);
        List<Reason> problems = new ArrayList<>();
        GoalTheme theme = Checks.choice(GoalTheme.class, edit.theme(), true, "monitoring.goal.theme", problems);
        String fi = Checks.text(edit.fi(), Goal.TEXT_LIMIT, true, "monitoring.goal.fi", problems);
        String sv = Checks.swedish(edit.sv(), Goal.TEXT_LIMIT, p.isSwedishRequired(), "monitoring.goal.sv", problems);
        refuse(problems);
        var goal = new Goal(p, catalog.goals(p).size(), theme, fi, sv, currentUser.username(), now());
        em.persist(goal);
        em.flush();
        audit.record(
                currentUser.username(), "PLAN_GOAL_ADDED", "Programme", String.valueOf(programmeId), theme + ": " + fi);
        return view(p);
    }

    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Plan changeGoal(long programmeId, long goalId, GoalEdit edit) {
        Programme p = editable(programmeId);
        Goal goal = catalog.goals(p).stream()
                .filter(g -> g.getId() == goalId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("monitoring.goal.notFound", goalId));
        current(goal.getVersion(), edit.version(), goal.getChangedBy());
        List<Reason> problems = new ArrayList<>();
        GoalTheme theme = Checks.choice(GoalTheme.class, edit.theme(), true, "monitoring.goal.theme", problems);
        String fi = Checks.text(edit.fi(), Goal.TEXT_LIMIT, true, "monitoring.goal.fi", problems);
        String sv = Checks.swedish(edit.sv(), Goal.TEXT_LIMIT, p.isSwedishRequired(), "monitoring.goal.sv", problems);
        refuse(problems);
        goal.change(theme, fi, sv, currentUser.username(), now());
        em.flush();
        audit.record(
                currentUser.username(),
                "PLAN_GOAL_CHANGED",
                "Programme",
                String.valueOf(programmeId),
                "goal " + goalId);
        return view(p);
    }

    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Plan addMeasure(long programmeId, MeasureEdit edit) {
        Programme p = editable(programmeId);
        var content = measure(p, edit);
        em.persist(new PlanMeasure(p, catalog.measures(p).size(), content, currentUser.username(), now()));
        em.flush();
        audit.record(
                currentUser.username(),
                "PLAN_MEASURE_ADDED",
                "Programme",
                String.valueOf(programmeId),
                content.actionFi());
        return view(p);
    }

    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Plan changeMeasure(long programmeId, long measureId, MeasureEdit edit) {
        Programme p = editable(programmeId);
        PlanMeasure measure = catalog.measures(p).stream()
                .filter(m -> m.getId() == measureId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("monitoring.measure.notFound", measureId));
        current(measure.getVersion(), edit.version(), measure.getChangedBy());
        measure.change(measure(p, edit), currentUser.username(), now());
        em.flush();
        audit.record(
                currentUser.username(),
                "PLAN_MEASURE_CHANGED",
                "Programme",
                String.valueOf(programmeId),
                "measure " + measureId);
        return view(p);
    }

    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Plan addIndicator(long programmeId, IndicatorEdit edit) {
        Programme p = editable(programmeId);
        var content = indicator(p, edit);
        em.persist(new Indicator(p, catalog.indicators(p).size(), content, currentUser.username(), now()));
        em.flush();
        audit.record(
                currentUser.username(),
                "PLAN_INDICATOR_ADDED",
                "Programme",
                String.valueOf(programmeId),
                content.nameFi());
        return view(p);
    }

    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Plan changeIndicator(long programmeId, long indicatorId, IndicatorEdit edit) {
        Programme p = editable(programmeId);
        Indicator indicator = catalog.indicators(p).stream()
                .filter(i -> i.getId() == indicatorId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("monitoring.indicator.notFound", indicatorId));
        current(indicator.getVersion(), edit.version(), indicator.getChangedBy());
        indicator.change(indicator(p, edit), currentUser.username(), now());
        em.flush();
        audit.record(
                currentUser.username(),
                "PLAN_INDICATOR_CHANGED",
                "Programme",
                String.valueOf(programmeId),
                "indicator " + indicatorId);
        return view(p);
    }

    private PlanMeasure.Content measure(Programme p, MeasureEdit edit) {
        List<Reason> problems = new ArrayList<>();
        Goal goal = goal(p, edit.goalId(), problems);
        String fi = Checks.text(edit.fi(), PlanMeasure.ACTION_LIMIT, true, "monitoring.measure.fi", problems);
        String sv = Checks.swedish(
                edit.sv(), PlanMeasure.ACTION_LIMIT, p.isSwedishRequired(), "monitoring.measure.sv", problems);
        String party = Checks.text(
                edit.responsibleParty(),
                PlanMeasure.PARTY_LIMIT,
                true,
                "monitoring.measure.responsibleParty",
                problems);
        int first = p.getPeriodStart().getYear();
        int last = p.getPeriodEnd().getYear();
        Integer from = Checks.year(edit.startYear(), first, last, "monitoring.measure.startYear", problems);
        Integer to = Checks.year(edit.endYear(), first, last, "monitoring.measure.endYear", problems);
        Checks.order(from, to, "monitoring.measure.years", problems);
        String schedule = Checks.text(
                edit.schedule(), PlanMeasure.SCHEDULE_LIMIT, false, "monitoring.measure.schedule", problems);
        refuse(problems);
        return new PlanMeasure.Content(goal, fi, sv, party, from, to, schedule);
    }

    private Indicator.Content indicator(Programme p, IndicatorEdit edit) {
        List<Reason> problems = new ArrayList<>();
        Goal goal = goal(p, edit.goalId(), problems);
        PlanMeasure measure = null;
        if (edit.measureId() != null) {
            measure = catalog.measures(p).stream()
                    .filter(m -> m.getId().equals(edit.measureId()))
                    .findFirst()
                    .orElse(null);
            if (measure == null) {
                problems.add(Reason.of("monitoring.indicator.measure.unknown", edit.measureId()));
            }
        }
        String fi = Checks.text(edit.fi(), Indicator.NAME_LIMIT, true, "monitoring.indicator.fi", problems);
        String sv = Checks.swedish(
                edit.sv(), Indicator.NAME_LIMIT, p.isSwedishRequired(), "monitoring.indicator.sv", problems);
        IndicatorUnit unit =
                Checks.choice(IndicatorUnit.class, edit.unit(), true, "monitoring.indicator.unit", problems);
        BigDecimal baseline = Checks.figure(edit.baseline(), "monitoring.indicator.baseline", problems);
        BigDecimal target = Checks.figure(edit.target(), "monitoring.indicator.target", problems);
        if (baseline == null) {
            problems.add(Reason.of("monitoring.indicator.baseline.required"));
        }
        if (target == null) {
            problems.add(Reason.of("monitoring.indicator.target.required"));
        }
        int last = p.getPeriodEnd().getYear();
        Integer baselineYear = Checks.year(
                edit.baselineYear(), EARLIEST_BASELINE, last, "monitoring.indicator.baselineYear", problems);
        Integer targetYear = Checks.year(
                edit.targetYear(), p.getPeriodStart().getYear(), last, "monitoring.indicator.targetYear", problems);
        Checks.order(baselineYear, targetYear, "monitoring.indicator.years", problems);
        refuse(problems);
        return new Indicator.Content(goal, measure, fi, sv, unit, baseline, baselineYear, target, targetYear);
    }

    /** A measure or indicator serves a goal of the same programme. */
    private Goal goal(Programme p, Long goalId, List<Reason> problems) {
        if (goalId == null) {
            problems.add(Reason.of("monitoring.goal.required"));
            return null;
        }
        return catalog.goals(p).stream()
                .filter(g -> g.getId().equals(goalId))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(Reason.of("monitoring.goal.unknown", goalId));
                    return null;
                });
    }

    private Programme load(long programmeId, boolean lock) {
        return catalog.programme(currentUser.scope(), programmeId, LocalDate.now(clock), lock)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(programmeId)));
    }

    /** The programme, locked, when the caller may see it and its content may be changed now. */
    private Programme editable(long programmeId) {
        Programme p = load(programmeId, true);
        if (!p.getStatus().isEditable()) {
            throw new ConflictException(
                    "monitoring.plan.notEditable", p.getStatus().name());
        }
        return p;
    }

    private static void current(long actual, Long given, String changedBy) {
        if (given == null) {
            throw new InvalidInputException("monitoring.version.required");
        }
        if (actual != given) {
            throw new ConflictException("monitoring.stale", changedBy);
        }
    }

    private static void refuse(List<Reason> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private Plan view(Programme p) {
        List<MonitoringReport> reports = catalog.reports(currentUser.scope(), p);
        return new Plan(
                p.getId(),
                p.getTitle(),
                p.getStatus().name(),
                p.getStatus().isEditable(),
                p.isSwedishRequired(),
                p.getPeriodStart().getYear(),
                p.getPeriodEnd().getYear(),
                List.copyOf(p.municipalityCodes()),
                catalog.goals(p).stream().map(GoalView::of).toList(),
                catalog.measures(p).stream().map(MeasureView::of).toList(),
                catalog.indicators(p).stream()
                        .map(i -> IndicatorView.of(i, series(i, reports)))
                        .toList());
    }

    /** The indicator's value in each visible report that has one, oldest first. */
    static List<YearValue> series(Indicator i, List<MonitoringReport> reports) {
        return reports.stream()
                .filter(r -> r.getValues().containsKey(i.getId()))
                .map(r -> new YearValue(r.getYear(), r.getValues().get(i.getId())))
                .toList();
    }
}
