package fi.koto.demo.control;

import fi.koto.monitoring.entity.Goal;
import fi.koto.monitoring.entity.GoalTheme;
import fi.koto.monitoring.entity.Indicator;
import fi.koto.monitoring.entity.IndicatorUnit;
import fi.koto.monitoring.entity.MeasureAccount;
import fi.koto.monitoring.entity.MeasureProgress;
import fi.koto.monitoring.entity.MonitoringAction;
import fi.koto.monitoring.entity.MonitoringReport;
import fi.koto.monitoring.entity.PlanMeasure;
import fi.koto.programme.entity.Programme;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes one programme's demo plan and reports in the order a coordinator would ({@link MonitoringDemoData}). */
final class DemoPlan {
    private final EntityManager em;
    private final Clock clock;
    final Programme programme;
    final String coordinator;
    private final List<Goal> goals = new ArrayList<>();
    private int measures;
    private int indicators;

    DemoPlan(EntityManager em, Clock clock, Programme programme, String coordinator) {
        this.em = em;
        this.clock = clock;
        this.programme = programme;
        this.coordinator = coordinator;
    }

    Goal goal(GoalTheme theme, String fi, String sv) {
        var goal = new Goal(programme, goals.size(), theme, fi, sv(sv), coordinator, at(programme.getPeriodStart()));
        em.persist(goal);
        goals.add(goal);
        return goal;
    }

    PlanMeasure measure(Goal goal, String fi, String sv, String party, int from, int to, String schedule) {
        var measure = new PlanMeasure(
                programme,
                measures++,
                new PlanMeasure.Content(goal, fi, sv(sv), party, from, to, schedule),
                coordinator,
                at(programme.getPeriodStart()));
        em.persist(measure);
        return measure;
    }

    Indicator indicator(
            Goal goal,
            String fi,
            String sv,
            IndicatorUnit unit,
            String baseline,
            int baselineYear,
            String target,
            int targetYear) {
        var indicator = new Indicator(
                programme,
                indicators++,
                new Indicator.Content(
                        goal,
                        null,
                        fi,
                        sv(sv),
                        unit,
                        new BigDecimal(baseline),
                        baselineYear,
                        new BigDecimal(target),
                        targetYear),
                coordinator,
                at(programme.getPeriodStart()));
        em.persist(indicator);
        return indicator;
    }

    ReportBuilder report(int year, boolean reported) {
        return new ReportBuilder(this, year, reported);
    }

    /** Swedish only where the programme needs it (a bilingual municipality). */
    private String sv(String sv) {
        return programme.isSwedishRequired() ? sv : null;
    }

    /** One year's monitoring report of the plan. */
    final class ReportBuilder {
        private final DemoPlan plan;
        private final int year;
        private final boolean reported;
        private final Map<Long, BigDecimal> values = new HashMap<>();
        private final Map<Long, MeasureAccount> accounts = new HashMap<>();

        ReportBuilder(DemoPlan plan, int year, boolean reported) {
            this.plan = plan;
            this.year = year;
            this.reported = reported;
        }

        ReportBuilder value(Indicator indicator, String value) {
            em.flush();
            values.put(indicator.getId(), new BigDecimal(value));
            return this;
        }

        ReportBuilder account(PlanMeasure measure, MeasureProgress progress, String comment) {
            em.flush();
            accounts.put(measure.getId(), new MeasureAccount(progress, comment));
            return this;
        }

        void done() {
            // the year is reported in February after it; this year's draft is entered now
            OffsetDateTime when = reported
                    ? LocalDate.of(year + 1, 2, 12)
                            .atTime(10, 0)
                            .atZone(clock.getZone())
                            .toOffsetDateTime()
                    : OffsetDateTime.now(clock).minusDays(3);
            var report = new MonitoringReport(plan.programme, year, plan.coordinator, when.minusDays(5));
            report.enter(values, accounts, plan.coordinator, when.minusDays(1));
            if (reported) {
                report.apply(MonitoringAction.REPORT, plan.coordinator, when);
            }
            em.persist(report);
        }
    }

    private OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atZone(clock.getZone()).toOffsetDateTime();
    }
}
