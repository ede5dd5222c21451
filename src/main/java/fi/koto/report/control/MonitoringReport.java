package fi.koto.report.control;

import static fi.koto.report.control.ReportDefinition.column;
import static fi.koto.report.writer.ColumnType.DATE;
import static fi.koto.report.writer.ColumnType.DECIMAL;
import static fi.koto.report.writer.ColumnType.INTEGER;
import static fi.koto.report.writer.ColumnType.TEXT;

import fi.koto.monitoring.control.MonitoringCatalog;
import fi.koto.monitoring.control.MonitoringCatalog.Coverage;
import fi.koto.monitoring.control.MonitoringCatalog.Covered;
import fi.koto.monitoring.entity.Goal;
import fi.koto.monitoring.entity.Indicator;
import fi.koto.monitoring.entity.MeasureAccount;
import fi.koto.monitoring.entity.MonitoringStatus;
import fi.koto.monitoring.entity.PlanMeasure;
import fi.koto.platform.time.ClockProducer;
import fi.koto.programme.entity.Programme;
import fi.koto.report.entity.ReportType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's monitoring (docs/domain.md, "Goals, measures, indicators and monitoring"): per mainland municipality
 * in scope whether each programme covering the year has been reported; per reported programme each indicator's
 * baseline, target and value for the year, and each measure's progress with the coordinator's comment. Read as it
 * stands when the report is written, through the monitoring catalogue (the one scope layer): a draft is the
 * municipality's own, so it counts as not reported and its figures are not shown to the authority or managers.
 */
@ApplicationScoped
public class MonitoringReport implements ReportDefinition {

    @Inject
    MonitoringCatalog catalog;

    @Override
    public ReportType type() {
        return ReportType.MONITORING;
    }

    @Override
    public List<SectionDefinition> sections() {
        return List.of(
                new SectionDefinition(
                        "byMunicipality",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("authority", TEXT),
                                column("programme", TEXT),
                                column("monitoringState", TEXT),
                                column("reportedOn", DATE)),
                        this::byMunicipality),
                new SectionDefinition(
                        "indicators",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("programme", TEXT),
                                column("theme", TEXT),
                                column("indicator", TEXT),
                                column("unit", TEXT),
                                column("baseline", DECIMAL),
                                column("baselineYear", INTEGER),
                                column("target", DECIMAL),
                                column("targetYear", INTEGER),
                                column("indicatorValue", DECIMAL)),
                        this::indicators),
                new SectionDefinition(
                        "measures",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("programme", TEXT),
                                column("theme", TEXT),
                                column("measure", TEXT),
                                column("responsibleParty", TEXT),
                                column("progress", TEXT),
                                column("comment", TEXT)),
                        this::measures));
    }

    private List<Coverage> coverage(ReportContext c) {
        return c.shared(
                "monitoring.coverage",
                () -> catalog.coverage(c.scope(), c.period().year(), c.scopeDate()));
    }

    private void byMunicipality(ReportContext c, RowSink sink) throws IOException {
        for (Coverage coverage : coverage(c)) {
            String code = coverage.municipalityCode();
            if (coverage.programmes().isEmpty()) {
                sink.row(
                        code,
                        c.names().municipality(code),
                        c.names().authority(code),
                        null,
                        c.text("monitoringOverview.state.NO_PLAN"),
                        null);
            }
            for (Covered covered : coverage.programmes()) {
                boolean reported = reported(covered);
                sink.row(
                        code,
                        c.names().municipality(code),
                        c.names().authority(code),
                        covered.programme().getTitle(),
                        c.text("monitoringOverview.state." + (reported ? "REPORTED" : "NOT_REPORTED")),
                        reported
                                ? covered.report()
                                        .getReportedAt()
                                        .atZoneSameInstant(ClockProducer.FINLAND)
                                        .toLocalDate()
                                : null);
            }
        }
    }

    private void indicators(ReportContext c, RowSink sink) throws IOException {
        for (Map.Entry<Covered, String> e : reported(c).entrySet()) {
            Covered covered = e.getKey();
            Programme p = covered.programme();
            for (Indicator i : catalog.indicators(p)) {
                sink.row(
                        e.getValue(),
                        c.names().municipality(e.getValue()),
                        p.getTitle(),
                        theme(c, i.getGoal()),
                        text(c, i.getNameFi(), i.getNameSv()),
                        i.getUnit() == null ? null : c.text(i.getUnit().labelKey()),
                        i.getBaseline(),
                        i.getBaselineYear(),
                        i.getTarget(),
                        i.getTargetYear(),
                        covered.report().getValues().get(i.getId()));
            }
        }
    }

    private void measures(ReportContext c, RowSink sink) throws IOException {
        int year = c.period().year();
        for (Map.Entry<Covered, String> e : reported(c).entrySet()) {
            Covered covered = e.getKey();
            Programme p = covered.programme();
            for (PlanMeasure m : catalog.measures(p)) {
                if (!m.runsIn(year)) {
                    continue;
                }
                MeasureAccount account = covered.report().getAccounts().get(m.getId());
                sink.row(
                        e.getValue(),
                        c.names().municipality(e.getValue()),
                        p.getTitle(),
                        theme(c, m.getGoal()),
                        text(c, m.getActionFi(), m.getActionSv()),
                        m.getResponsibleParty(),
                        account == null ? null : c.text(account.getProgress().labelKey()),
                        account == null ? null : account.getComment());
            }
        }
    }

    /** Each reported programme once (a joint one under its first municipality in scope), in municipality order. */
    private Map<Covered, String> reported(ReportContext c) {
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        Map<Covered, String> reported = new LinkedHashMap<>();
        for (Coverage coverage : coverage(c)) {
            for (Covered covered : coverage.programmes()) {
                if (reported(covered) && seen.putIfAbsent(covered.programme().getId(), true) == null) {
                    reported.put(covered, coverage.municipalityCode());
                }
            }
        }
        return reported;
    }

    private static boolean reported(Covered covered) {
        return covered.report() != null && covered.report().getStatus() == MonitoringStatus.REPORTED;
    }

    private static String theme(ReportContext c, Goal goal) {
        return goal == null ? null : c.text(goal.getTheme().labelKey());
    }

    /** The plan's Swedish text in a Swedish report where there is one, the Finnish text otherwise. */
    private static String text(ReportContext c, String fi, String sv) {
        return "sv".equals(c.language().code()) && sv != null ? sv : fi;
    }
}
