package fi.koto.ui.monitoring;

import fi.koto.monitoring.boundary.MonitoringJson.Overview;
import fi.koto.monitoring.boundary.MonitoringReports;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs monitoring/index.xhtml: for a year, which municipalities in the user's scope have reported their
 * monitoring and which have not (a regional official sees the authority's area, a coordinator their own
 * municipalities, a manager all). Last year by default, the year most recently due.
 */
@Named
@ViewScoped
public class MonitoringOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The first year offered: the first full year of plans under Act 681/2023. */
    static final int FIRST_YEAR = 2025;

    @Inject
    MonitoringReports reports;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private Integer year;
    private Overview overview;

    public void load() {
        if (year == null) {
            year = LocalDate.now(clock).getYear() - 1;
        }
        try {
            overview = reports.overview(year);
        } catch (KotoException e) {
            messages.errors(e);
            year = LocalDate.now(clock).getYear() - 1;
            overview = reports.overview(year);
        }
    }

    /** The years that can be chosen, newest first (earlier years too, for the old programmes). */
    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear(); y >= FIRST_YEAR - 5; y--) {
            years.add(y);
        }
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Overview getOverview() {
        return overview;
    }
}
