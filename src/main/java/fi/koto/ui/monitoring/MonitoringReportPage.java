package fi.koto.ui.monitoring;

import fi.koto.monitoring.boundary.MonitoringJson.AccountView;
import fi.koto.monitoring.boundary.MonitoringJson.Entry;
import fi.koto.monitoring.boundary.MonitoringJson.IndicatorView;
import fi.koto.monitoring.boundary.MonitoringJson.MeasureView;
import fi.koto.monitoring.boundary.MonitoringJson.Plan;
import fi.koto.monitoring.boundary.MonitoringJson.Report;
import fi.koto.monitoring.boundary.MonitoringJson.ValueView;
import fi.koto.monitoring.boundary.MonitoringJson.YearSummary;
import fi.koto.monitoring.boundary.MonitoringReports;
import fi.koto.monitoring.boundary.ProgrammePlans;
import fi.koto.monitoring.entity.MeasureProgress;
import fi.koto.platform.failure.KotoException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.ui.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backs monitoring/report.xhtml: one year's monitoring of a programme. The coordinator enters the indicator values
 * and an account of each measure running in the year, saves a draft and reports the year; the regional authority
 * and managers read what is reported, with a chart of each indicator over the years.
 */
@Named
@ViewScoped
public class MonitoringReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringReports reports;

    @Inject
    ProgrammePlans plans;

    @Inject
    FacesMessages messages;

    @Inject
    PlanTexts texts;

    private Long programme;
    private Integer year;
    private Plan plan;
    private List<YearSummary> years;
    private Report report;
    private final Map<Long, String> values = new HashMap<>();
    private final Map<Long, String> progress = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    /** A programme outside the user's scope, or a year that cannot be monitored, shows the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback() && plan != null) {
            return;
        }
        try {
            if (programme == null) {
                throw new NotFoundException("programme.notFound", "");
            }
            years = reports.years(programme);
            if (year == null) {
                year = years.isEmpty() ? null : years.get(years.size() - 1).year();
            }
            if (year == null || years.stream().noneMatch(y -> y.year() == year)) {
                throw new NotFoundException("monitoring.report.notFound", String.valueOf(year));
            }
            refresh();
        } catch (KotoException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        plan = plans.plan(programme);
        years = reports.years(programme);
        report = reports.find(programme, year);
        values.clear();
        progress.clear();
        comments.clear();
        report.values().forEach(v -> values.put(v.indicatorId(), texts.figure(v.value())));
        report.accounts().forEach(a -> {
            progress.put(a.measureId(), a.progress());
            comments.put(a.measureId(), a.comment());
        });
    }

    public void save() {
        Entry entry = entry();
        if (entry != null) {
            attempt(() -> reports.enter(programme, year, entry), "monitoringReport.saved");
        }
    }

    /** Saves what the form holds, then reports the year; nothing is reported if either step is refused. */
    public void submit() {
        Entry entry = entry();
        if (entry != null && attempt(() -> reports.enter(programme, year, entry), null)) {
            attempt(() -> reports.report(programme, year, report.version()), "monitoringReport.reported");
        }
    }

    public void reopen() {
        attempt(() -> reports.reopen(programme, year, report.version()), "monitoringReport.reopened");
    }

    private Entry entry() {
        List<ValueView> given = new ArrayList<>();
        boolean invalid = false;
        for (IndicatorView i : plan.indicators()) {
            Figures figure = Figures.parse(values.get(i.id()), "monitoringReport.value");
            figure.report(messages);
            invalid |= figure.invalid();
            if (figure.value() != null) {
                given.add(new ValueView(i.id(), figure.value()));
            }
        }
        List<AccountView> accounts = new ArrayList<>();
        for (MeasureView m : getMeasures()) {
            accounts.add(new AccountView(m.id(), progress.get(m.id()), comments.get(m.id())));
        }
        return invalid ? null : new Entry(given, accounts, report.version());
    }

    private boolean attempt(Supplier<Report> step, String doneKey) {
        try {
            report = step.get();
            if (doneKey != null) {
                messages.info(doneKey);
                refresh();
            }
            return true;
        } catch (KotoException e) {
            messages.errors(e);
            return false;
        }
    }

    /** The measures running in the year (a measure without years runs through the programme). */
    public List<MeasureView> getMeasures() {
        return plan.measures().stream()
                .filter(m -> (m.startYear() == null || m.startYear() <= year)
                        && (m.endYear() == null || m.endYear() >= year))
                .toList();
    }

    public IndicatorChart chart(IndicatorView indicator) {
        return IndicatorChart.of(indicator);
    }

    public MeasureProgress[] getProgresses() {
        return MeasureProgress.values();
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Plan getPlan() {
        return plan;
    }

    public List<YearSummary> getYears() {
        return years;
    }

    public Report getReport() {
        return report;
    }

    public Map<Long, String> getValues() {
        return values;
    }

    public Map<Long, String> getProgress() {
        return progress;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
