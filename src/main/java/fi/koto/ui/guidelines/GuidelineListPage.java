package fi.koto.ui.guidelines;

import fi.koto.guideline.boundary.GuidelineCoverage;
import fi.koto.guideline.boundary.GuidelineJson.Summary;
import fi.koto.guideline.boundary.Guidelines;
import fi.koto.ui.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs guidelines/index.xhtml and the home page's card: the areas' coverage (in force, ending within 30 days,
 * none) and the guidelines the user may see, those in preparation included.
 */
@Named
@RequestScoped
public class GuidelineListPage {

    @Inject
    Guidelines guidelines;

    @Inject
    GuidelineCoverage coverage;

    @Inject
    LanguageSelection languages;

    private List<GuidelineCoverage.Area> areas;
    private List<Summary> list;

    public List<GuidelineCoverage.Area> getAreas() {
        if (areas == null) {
            areas = coverage.areas(languages.getCode());
        }
        return areas;
    }

    public long count(String state) {
        return getAreas().stream().filter(a -> a.state().equals(state)).count();
    }

    public List<Summary> getGuidelines() {
        if (list == null) {
            list = guidelines.search(null, languages.getCode());
        }
        return list;
    }

    public String authorities(Summary s) {
        return String.join(", ", s.authorities().stream().map(a -> a.name()).toList());
    }
}
