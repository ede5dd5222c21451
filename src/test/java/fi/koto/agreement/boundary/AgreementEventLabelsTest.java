package fi.koto.agreement.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.entity.AgreementAction;
import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.DecisionDocument;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of event an agreement's timeline can show has a label in each language: the timeline names the
 * event through the key {@code agreementEvent.<action>}, and a missing key shows as raw text on the page.
 */
class AgreementEventLabelsTest {

    @Test
    void everyEventOnTheTimelineHasALabelInEveryLanguage() {
        List<String> actions = new ArrayList<>(List.of(
                AgreementEvent.CREATED,
                AgreementEvent.PLACES_SET,
                ExtraPlaces.REQUESTED,
                ExtraPlaces.ANSWERED,
                DecisionDocument.EVENT));
        for (AgreementAction action : AgreementAction.values()) {
            actions.add(action.name());
        }
        for (SupportedLanguage language : SupportedLanguage.values()) {
            for (String action : actions) {
                String key = "agreementEvent." + action;
                assertThat(Messages.text(language, key))
                        .as(language + " " + key)
                        .isNotEqualTo(key);
            }
        }
    }
}
