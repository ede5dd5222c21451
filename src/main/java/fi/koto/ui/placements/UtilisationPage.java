package fi.koto.ui.placements;

import fi.koto.identity.boundary.Accounts;
import fi.koto.placement.boundary.Placements;
import fi.koto.placement.boundary.UtilisationSummary;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.AfterStep;
import fi.koto.ui.FacesMessages;
import fi.koto.ui.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs placements/utilisation.xhtml: for a year, agreed places against realised placements per municipality in
 * scope, with the deviation flag; totals per authority and the national total for those who see every
 * municipality (managers, administrators), the total of their own municipalities for others.
 */
@Named
@ViewScoped
public class UtilisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Placements placements;

    @Inject
    Accounts accounts;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageSelection languages;

    @Inject
    Clock clock;

    private Integer year;
    private boolean byAuthority;
    private UtilisationSummary summary;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback() && summary != null) {
            return;
        }
        if (year == null) {
            year = LocalDate.now(clock).getYear();
        }
        try {
            summary = placements.utilisationSummary(year);
        } catch (KotoException e) {
            messages.errors(e);
            year = LocalDate.now(clock).getYear();
            summary = placements.utilisationSummary(year);
        }
    }

    /** Shows the chosen year at its own address. */
    public void show() {
        AfterStep.reload("/placements/utilisation.xhtml?year=" + year + (byAuthority ? "&byAuthority=true" : ""));
    }

    /** Whether the user sees every municipality, so that the total is the national one. */
    public boolean isNational() {
        return accounts.me().map(me -> "ALL".equals(me.scope().type())).orElse(false);
    }

    public String authorityName(UtilisationSummary.Total total) {
        return total.authorityCode() == null ? "" : total.name(languages.getCode());
    }

    /** The years to choose from: next year and the ten before it, newest first. */
    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now + 1; y >= now - 10; y--) {
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

    public boolean isByAuthority() {
        return byAuthority;
    }

    public void setByAuthority(boolean byAuthority) {
        this.byAuthority = byAuthority;
    }

    public UtilisationSummary getSummary() {
        return summary;
    }
}
