package fi.koto.ui.agreements;

import fi.koto.agreement.boundary.AgreementView;
import fi.koto.agreement.boundary.Agreements;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.ui.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs agreements/index.xhtml: the agreements the user may see, filtered by status and municipality. */
@Named
@ViewScoped
public class AgreementListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agreements agreements;

    @Inject
    LanguageSelection languages;

    private AgreementTable table;

    @PostConstruct
    void init() {
        table = new AgreementTable(agreements);
    }

    /** The municipality's name in the page's language (Swedish where the reader reads Swedish). */
    public String municipalityName(AgreementView row) {
        return "sv".equals(languages.getCode()) ? row.municipalityNameSv() : row.municipalityNameFi();
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public AgreementTable getTable() {
        return table;
    }
}
