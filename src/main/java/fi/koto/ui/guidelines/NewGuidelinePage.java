package fi.koto.ui.guidelines;

import fi.koto.guideline.boundary.GuidelineJson.Detail;
import fi.koto.guideline.boundary.GuidelineJson.NewGuideline;
import fi.koto.guideline.boundary.Guidelines;
import fi.koto.identity.boundary.Accounts;
import fi.koto.platform.failure.KotoException;
import fi.koto.reference.boundary.Authorities;
import fi.koto.reference.control.AuthorityView;
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

/**
 * Backs guidelines/new.xhtml: an official starts the next guideline of their area, alone or jointly with other
 * authorities, by default from the occupations of the guideline in force.
 */
@Named
@ViewScoped
public class NewGuidelinePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Guidelines guidelines;

    @Inject
    Authorities authorities;

    @Inject
    LanguageSelection languages;

    @Inject
    FacesMessages messages;

    @Inject
    Accounts accounts;

    private List<String> chosen = new ArrayList<>();
    private List<AuthorityView> all;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String situationFi;
    private String situationSv;
    private boolean copyFromInForce = true;

    /** The official's own authority is chosen from the start; they add the others of a joint guideline. */
    @PostConstruct
    void init() {
        accounts.me().map(me -> me.scope().authority()).ifPresent(own -> chosen.add(own.code()));
    }

    public String create() {
        try {
            Detail created = guidelines.create(new NewGuideline(
                    chosen,
                    validFrom == null ? null : validFrom.toString(),
                    validTo == null ? null : validTo.toString(),
                    situationFi,
                    situationSv,
                    copyFromInForce,
                    List.of()));
            return "/guidelines/view.xhtml?faces-redirect=true&id=" + created.id();
        } catch (KotoException e) {
            messages.errors(e);
            return null;
        }
    }

    public List<AuthorityView> getAuthorities() {
        if (all == null) {
            all = authorities.current();
        }
        return all;
    }

    public String authorityLabel(AuthorityView a) {
        return a.name(languages.getCode()) + " (" + a.code() + ")";
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getSituationFi() {
        return situationFi;
    }

    public void setSituationFi(String situationFi) {
        this.situationFi = situationFi;
    }

    public String getSituationSv() {
        return situationSv;
    }

    public void setSituationSv(String situationSv) {
        this.situationSv = situationSv;
    }

    public boolean isCopyFromInForce() {
        return copyFromInForce;
    }

    public void setCopyFromInForce(boolean copyFromInForce) {
        this.copyFromInForce = copyFromInForce;
    }
}
