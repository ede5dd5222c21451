package fi.koto.ui.programmes;

import fi.koto.platform.failure.KotoException;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeRequests.NewProgramme;
import fi.koto.programme.boundary.Programmes;
import fi.koto.programme.entity.LegalBasis;
import fi.koto.reference.boundary.Municipalities;
import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.reference.control.MunicipalityView;
import fi.koto.ui.FacesMessages;
import fi.koto.ui.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Backs programmes/new.xhtml: a coordinator starts a programme for one or several of their municipalities. */
@Named
@ViewScoped
public class NewProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programmes programmes;

    @Inject
    Municipalities municipalities;

    @Inject
    LanguageSelection languages;

    @Inject
    FacesMessages messages;

    private String title;
    private LegalBasis legalBasis = LegalBasis.ACT_681_2023;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private List<MunicipalityView> chosen = new ArrayList<>();
    private List<MunicipalityView> own;

    public String create() {
        try {
            Detail created = programmes.create(new NewProgramme(
                    chosen.stream().map(MunicipalityView::code).toList(),
                    legalBasis == null ? null : legalBasis.name(),
                    title,
                    text(periodStart),
                    text(periodEnd),
                    null));
            return "/programmes/view.xhtml?faces-redirect=true&id=" + created.id();
        } catch (KotoException e) {
            messages.errors(e);
            return null;
        }
    }

    /** Proposes the legal basis from the end of the period typed: 681/2023 unless it ended by 2024. */
    public void periodChanged() {
        if (periodEnd != null) {
            legalBasis = LegalBasis.forPeriod(periodEnd);
        }
    }

    /** Loads the coordinator's own municipalities; when there is only one, it is already chosen. */
    @PostConstruct
    void loadOwnMunicipalities() {
        own = municipalities.search(
                new MunicipalitySearch(null, 0, MunicipalitySearch.MAX_LIMIT, MunicipalitySearch.SortField.NAME, true));
        if (own.size() == 1) {
            chosen = new ArrayList<>(own);
        }
    }

    /** The coordinator's own municipalities: a joint programme is filed by several of them. */
    public List<MunicipalityView> getOwnMunicipalities() {
        return own;
    }

    public String municipalityLabel(MunicipalityView m) {
        return m == null ? "" : m.name(languages.getCode()) + " (" + m.code() + ")";
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public LegalBasis[] getLegalBases() {
        return LegalBasis.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public List<MunicipalityView> getChosen() {
        return chosen;
    }

    public void setChosen(List<MunicipalityView> chosen) {
        this.chosen = chosen;
    }
}
