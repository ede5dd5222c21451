package fi.koto.ui.places;

import fi.koto.agreement.boundary.PlacesAnswer;
import fi.koto.agreement.boundary.PlacesRequestView;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.ui.DecisionForm;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** One municipality's answer as the form on places/round.xhtml holds it: one number per target group. */
public class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> places = new LinkedHashMap<>();
    private String nationalityPreferences;
    private final DecisionForm decision;
    private final long version;

    /** The form filled with the current answer (0 in every group before the first one). */
    AnswerForm(PlacesRequestView request) {
        for (TargetGroup group : TargetGroup.placeGroups()) {
            places.put(
                    group.name(),
                    request.places() == null ? 0 : request.places().getOrDefault(group.name(), 0));
        }
        nationalityPreferences = request.nationalityPreferences();
        decision = new DecisionForm(request.decisionBody(), request.decisionDate(), request.decisionReference());
        version = request.version();
    }

    /** The answer to send; an emptied number field counts as 0. */
    PlacesAnswer toAnswer() {
        Map<String, Integer> given = new LinkedHashMap<>();
        places.forEach((group, count) -> given.put(group, count == null ? 0 : count));
        return new PlacesAnswer(
                given,
                nationalityPreferences,
                decision.getBody(),
                decision.dateText(),
                decision.getReference(),
                version);
    }

    public Map<String, Integer> getPlaces() {
        return places;
    }

    public String getNationalityPreferences() {
        return nationalityPreferences;
    }

    public void setNationalityPreferences(String nationalityPreferences) {
        this.nationalityPreferences = nationalityPreferences;
    }

    public DecisionForm getDecision() {
        return decision;
    }
}
