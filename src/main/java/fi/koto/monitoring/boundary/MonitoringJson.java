package fi.koto.monitoring.boundary;

import fi.koto.monitoring.entity.Goal;
import fi.koto.monitoring.entity.Indicator;
import fi.koto.monitoring.entity.MeasureAccount;
import fi.koto.monitoring.entity.MonitoringReport;
import fi.koto.monitoring.entity.PlanMeasure;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What the monitoring API and pages read and send: codes and figures, never display text. */
public final class MonitoringJson {

    private MonitoringJson() {}

    /** A programme's plan: its goals, measures and indicators (each indicator with its value per reported year). */
    public record Plan(
            long programmeId,
            String title,
            String status,
            boolean editable,
            boolean swedishRequired,
            int firstYear,
            int lastYear,
            List<String> municipalityCodes,
            List<GoalView> goals,
            List<MeasureView> measures,
            List<IndicatorView> indicators) {}

    public record GoalView(long id, String theme, String fi, String sv, long version) {
        static GoalView of(Goal g) {
            return new GoalView(g.getId(), g.getTheme().name(), g.getTextFi(), g.getTextSv(), g.getVersion());
        }
    }

    public record MeasureView(
            long id,
            Long goalId,
            String fi,
            String sv,
            String responsibleParty,
            Integer startYear,
            Integer endYear,
            String schedule,
            long version) {
        static MeasureView of(PlanMeasure m) {
            return new MeasureView(
                    m.getId(),
                    m.getGoal() == null ? null : m.getGoal().getId(),
                    m.getActionFi(),
                    m.getActionSv(),
                    m.getResponsibleParty(),
                    m.getStartYear(),
                    m.getEndYear(),
                    m.getSchedule(),
                    m.getVersion());
        }
    }

    public record YearValue(int year, BigDecimal value) {}

    public record IndicatorView(
            long id,
            Long goalId,
            Long measureId,
            String fi,
            String sv,
            String unit,
            BigDecimal baseline,
            Integer baselineYear,
            BigDecimal target,
            Integer targetYear,
            boolean complete,
            List<YearValue> values,
            long version) {
        static IndicatorView of(Indicator i, List<YearValue> values) {
            return new IndicatorView(
                    i.getId(),
                    i.getGoal() == null ? null : i.getGoal().getId(),
                    i.getMeasure() == null ? null : i.getMeasure().getId(),
                    i.getNameFi(),
                    i.getNameSv(),
                    i.getUnit() == null ? null : i.getUnit().name(),
                    i.getBaseline(),
                    i.getBaselineYear(),
                    i.getTarget(),
                    i.getTargetYear(),
                    i.isComplete(),
                    values,
                    i.getVersion());
        }
    }

    /** A new or changed goal; {@code version} is required for a change. */
    public record GoalEdit(String theme, String fi, String sv, Long version) {}

    /** A new or changed measure; {@code version} is required for a change. */
    public record MeasureEdit(
            Long goalId,
            String fi,
            String sv,
            String responsibleParty,
            Integer startYear,
            Integer endYear,
            String schedule,
            Long version) {}

    /** A new or changed indicator; {@code version} is required for a change. */
    public record IndicatorEdit(
            Long goalId,
            Long measureId,
            String fi,
            String sv,
            String unit,
            BigDecimal baseline,
            Integer baselineYear,
            BigDecimal target,
            Integer targetYear,
            Long version) {}

    /** One year's monitoring: NONE while nothing is entered (or a draft the caller may not see). */
    public record Report(
            long programmeId,
            int year,
            String status,
            boolean editable,
            OffsetDateTime reportedAt,
            String reportedBy,
            Long version,
            List<ValueView> values,
            List<AccountView> accounts) {

        static Report none(long programmeId, int year, boolean editable) {
            return new Report(programmeId, year, "NONE", editable, null, null, null, List.of(), List.of());
        }

        static Report of(MonitoringReport r, boolean editable) {
            return new Report(
                    r.getProgramme().getId(),
                    r.getYear(),
                    r.getStatus().name(),
                    editable,
                    r.getReportedAt(),
                    r.getReportedBy(),
                    r.getVersion(),
                    r.getValues().entrySet().stream()
                            .map(e -> new ValueView(e.getKey(), e.getValue()))
                            .sorted(java.util.Comparator.comparing(ValueView::indicatorId))
                            .toList(),
                    r.getAccounts().entrySet().stream()
                            .map(e -> AccountView.of(e.getKey(), e.getValue()))
                            .sorted(java.util.Comparator.comparing(AccountView::measureId))
                            .toList());
        }
    }

    public record ValueView(long indicatorId, BigDecimal value) {}

    public record AccountView(long measureId, String progress, String comment) {
        static AccountView of(long measureId, MeasureAccount a) {
            return new AccountView(measureId, a.getProgress().name(), a.getComment());
        }
    }

    /** What the coordinator enters for a year: the whole picture (values and accounts not given are cleared). */
    public record Entry(List<ValueView> values, List<AccountView> accounts, Long version) {}

    /** A step of the year's report. */
    public record TransitionRequest(String action, Long version) {}

    /** The year's reports of one programme, by year. */
    public record YearSummary(int year, String status, OffsetDateTime reportedAt) {}

    /** The authority's overview for a year: per municipality in scope, each programme covering it and its state. */
    public record Overview(
            int year, int municipalities, int reported, int notReported, int withoutPlan, List<OverviewRow> rows) {}

    /** {@code state}: REPORTED, NOT_REPORTED (also a draft), or NO_PLAN (no programme in scope covers the year). */
    public record OverviewRow(
            String municipalityCode,
            Long programmeId,
            String programmeTitle,
            String state,
            OffsetDateTime reportedAt) {}
}
