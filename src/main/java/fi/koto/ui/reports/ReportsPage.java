package fi.koto.ui.reports;

import fi.koto.platform.failure.KotoException;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.report.boundary.ReportOrder;
import fi.koto.report.boundary.ReportTypeView;
import fi.koto.report.boundary.ReportView;
import fi.koto.report.boundary.Reports;
import fi.koto.report.writer.ReportFormat;
import fi.koto.ui.FacesMessages;
import fi.koto.ui.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs reports/index.xhtml: choose a report, period, format and language, start it, and watch its progress (the
 * page polls; the job runs on if the user leaves); below, the user's archive with download links.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int FIRST_YEAR = 2015;

    @Inject
    Reports reports;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageSelection languages;

    @Inject
    Clock clock;

    private List<ReportTypeView> types;
    private List<ReportView> archive;
    private String type;
    private int year;
    private Integer quarter;
    private String format = ReportFormat.XLSX.name();
    private String language;
    private Long current;
    private ReportView currentView;

    @PostConstruct
    void init() {
        types = reports.types();
        type = types.isEmpty() ? null : types.get(0).id();
        LocalDate today = LocalDate.now(clock);
        LocalDate lastQuarter = today.minusMonths(3);
        year = lastQuarter.getYear();
        quarter = (lastQuarter.getMonthValue() - 1) / 3 + 1;
        language = languages.getCode();
    }

    public void start() {
        try {
            currentView = reports.request(new ReportOrder(type, year, quarter, format, language));
            current = currentView.id();
            archive = null;
            messages.info("reports.started");
        } catch (KotoException e) {
            messages.errors(e);
        }
    }

    /** Called by the poll: the progress of the report just started. */
    public void refresh() {
        if (current != null) {
            currentView = reports.view(current);
            if (!currentView.running()) {
                archive = null;
                messages.info(currentView.completed() ? "reports.ready" : "reports.failed");
            }
        }
    }

    public boolean isRunning() {
        return currentView != null && currentView.running();
    }

    public ReportView getCurrent() {
        return currentView;
    }

    public List<ReportView> getArchive() {
        if (archive == null) {
            archive = reports.archive();
        }
        return archive;
    }

    /** The label of a report type in the page's language (the archive holds ids). */
    public String typeLabel(String id) {
        return types.stream()
                .filter(t -> t.id().equals(id))
                .map(ReportTypeView::label)
                .findFirst()
                .orElse(id);
    }

    public List<ReportTypeView> getTypes() {
        return types;
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        // next year too: the places round for next year runs this autumn (other reports refuse it, 422)
        for (int y = LocalDate.now(clock).getYear() + 1; y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    public List<Integer> getQuarters() {
        return List.of(1, 2, 3, 4);
    }

    public ReportFormat[] getFormats() {
        return ReportFormat.values();
    }

    public SupportedLanguage[] getLanguages() {
        return SupportedLanguage.values();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
