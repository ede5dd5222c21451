package fi.koto.ui.home;

import fi.koto.dashboard.boundary.Dashboard;
import fi.koto.dashboard.boundary.Dashboards;
import fi.koto.identity.boundary.Accounts;
import fi.koto.identity.boundary.Me;
import fi.koto.programme.boundary.ProgrammeJson;
import fi.koto.programme.boundary.Programmes;
import fi.koto.programme.control.ProgrammeSearch;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.reference.boundary.Municipalities;
import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.ui.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Backs index.xhtml: who the user is, their scope, and the municipalities they may see. */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Municipalities municipalities;

    @Inject
    LanguageSelection languages;

    @Inject
    Programmes programmes;

    @Inject
    Clock clock;

    @Inject
    Dashboards dashboards;

    private Me me;
    private List<ProgrammeJson.Summary> revisions;
    private MunicipalityTable table;
    private Dashboard dashboard;

    @PostConstruct
    void init() {
        me = accounts.me().orElseThrow();
        table = new MunicipalityTable(municipalities, languages);
    }

    /**
     * Adopted programmes (and accepted ones whose adoption is not recorded yet) of the user's municipalities that
     * are due for revision within half a year or already overdue, soonest first (docs/domain.md, "Planning
     * documents: lifecycle, sharing, review and adoption").
     */
    public List<ProgrammeJson.Summary> getRevisions() {
        if (revisions == null) {
            var horizon = LocalDate.now(clock).plusMonths(6);
            revisions = Stream.of(ProgrammeStatus.APPROVED, ProgrammeStatus.ADOPTED)
                    .flatMap(status -> programmes
                            .search(new ProgrammeSearch(
                                    status,
                                    null,
                                    0,
                                    ProgrammeSearch.MAX_LIMIT,
                                    ProgrammeSearch.SortField.CHANGED,
                                    true))
                            .stream())
                    .filter(p -> p.revisionDue() != null && !p.revisionDue().isAfter(horizon))
                    .sorted(Comparator.comparing(ProgrammeJson.Summary::revisionDue))
                    .toList();
        }
        return revisions;
    }

    public boolean isOverdue(LocalDate day) {
        return day != null && day.isBefore(LocalDate.now(clock));
    }

    /** The figures of the user's role, as charts with a data table each (none for administrators). */
    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = dashboards.dashboard(languages.getCode());
        }
        return dashboard;
    }

    /** The Chart.js configuration of a chart for p:chart. */
    public String chartJson(Dashboard.Chart chart) {
        return ChartConfig.json(chart);
    }

    public Me getMe() {
        return me;
    }

    public MunicipalityTable getTable() {
        return table;
    }

    /** A coordinator's municipalities by name, e.g. "Helsinki (091)", in the page's language. */
    public String municipalityNames() {
        return municipalities.search(MunicipalitySearch.all()).stream()
                .map(m -> m.name(languages.getCode()) + " (" + m.code() + ")")
                .collect(Collectors.joining(", "));
    }

    public String authorityName() {
        var authority = me.scope().authority();
        if (authority == null) {
            return "";
        }
        return switch (languages.getCode()) {
            case "sv" -> authority.nameSv();
            case "en" -> authority.nameEn();
            default -> authority.nameFi();
        };
    }
}
