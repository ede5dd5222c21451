package fi.koto.ui.guidelines;

import fi.koto.guideline.boundary.PublicGuidelines;
import fi.koto.guideline.boundary.PublicGuidelines.ExemptAnswer;
import fi.koto.guideline.boundary.PublicGuidelines.PublicGuideline;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.FacesMessages;
import fi.koto.ui.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs public/guidelines.xhtml, open to everyone without a login: the guidelines in force and earlier ones, and
 * the answer to "where is occupation X exempt today, and since when?" ({@code ?occupation=7212}, a plain GET
 * form, so that the answer has an address of its own).
 */
@Named
@RequestScoped
public class PublicGuidelinesPage {

    @Inject
    PublicGuidelines guidelines;

    @Inject
    LanguageSelection languages;

    @Inject
    FacesMessages messages;

    private String occupation;
    private String lang;
    private ExemptAnswer answer;
    private List<PublicGuideline> all;

    public void load() {
        languages.use(lang);
        all = guidelines.list(languages.getCode(), null, false);
        if (occupation != null && !occupation.isBlank()) {
            try {
                answer = guidelines.exempt(occupation, null, languages.getCode());
            } catch (KotoException e) {
                messages.errors(e);
            }
        }
    }

    public List<PublicGuideline> getInForce() {
        return all.stream().filter(PublicGuideline::inForce).toList();
    }

    public List<PublicGuideline> getEarlier() {
        return all.stream().filter(g -> !g.inForce()).toList();
    }

    public String authorities(PublicGuideline g) {
        return String.join(", ", g.authorities().stream().map(a -> a.name()).toList());
    }

    public ExemptAnswer getAnswer() {
        return answer;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
