package fi.koto.ui.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.boundary.EventView;
import fi.koto.agreement.boundary.PlacesChangeView;
import fi.koto.agreement.entity.TargetGroup;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PlacesChangeTextTest {

    private static final Function<TargetGroup, String> FINNISH = group -> switch (group) {
        case QUOTA_REFUGEE -> "Kiintiöpakolaiset";
        case ASYLUM_PERMIT -> "Oleskeluluvan saaneet turvapaikanhakijat";
        default -> group.name().toLowerCase();
    };

    @Test
    void namesTheGroupsInTheReadersLanguageWithAnArrow() {
        var change = places(
                2026,
                new PlacesChangeView.Group("QUOTA_REFUGEE", 0, 20),
                new PlacesChangeView.Group("ASYLUM_PERMIT", 5, 3));
        assertThat(PlacesChangeText.readable(change, FINNISH, "ei muutosta"))
                .isEqualTo("2026: Kiintiöpakolaiset 0 → 20, Oleskeluluvan saaneet turvapaikanhakijat 5 → 3");
        assertThat(change.places().codes()).isEqualTo("2026: QUOTA_REFUGEE 0->20, ASYLUM_PERMIT 5->3");
    }

    @Test
    void noChangeIsSaidInWords() {
        assertThat(PlacesChangeText.readable(places(2027), FINNISH, "ei muutosta"))
                .isEqualTo("2027: ei muutosta");
    }

    @Test
    void otherCommentsStayAsWritten() {
        assertThat(PlacesChangeText.readable(comment("2025: demo places, total 330"), FINNISH, "-"))
                .isEqualTo("2025: demo places, total 330");
        assertThat(PlacesChangeText.readable(comment("Revision for the elinvoimakeskus"), FINNISH, "-"))
                .isEqualTo("Revision for the elinvoimakeskus");
        assertThat(PlacesChangeText.readable(
                        places(2026, new PlacesChangeView.Group("UNKNOWN_GROUP", 1, 2)), FINNISH, "-"))
                .isEqualTo("2026: UNKNOWN_GROUP 1 → 2");
        assertThat(PlacesChangeText.readable(comment(null), FINNISH, "-")).isEmpty();
    }

    @Test
    void theSourceFollowsInBrackets() {
        var change = new PlacesChangeView(
                2026, "EXTRA_PLACES 7", List.of(new PlacesChangeView.Group("QUOTA_REFUGEE", 0, 20)));
        assertThat(PlacesChangeText.readable(entry(change.codes(), change), FINNISH, "-"))
                .isEqualTo("2026: Kiintiöpakolaiset 0 → 20 [EXTRA_PLACES 7]");
        assertThat(change.codes()).isEqualTo("2026: QUOTA_REFUGEE 0->20 [EXTRA_PLACES 7]");
    }

    private static EventView places(int year, PlacesChangeView.Group... groups) {
        var change = new PlacesChangeView(year, null, List.of(groups));
        return entry(change.codes(), change);
    }

    private static EventView comment(String comment) {
        return entry(comment, null);
    }

    private static EventView entry(String comment, PlacesChangeView places) {
        return new EventView(null, "o", "PLACES_SET", "DRAFT", "DRAFT", comment, places);
    }
}
