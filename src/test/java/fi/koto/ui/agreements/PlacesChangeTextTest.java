package fi.koto.ui.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.agreement.entity.TargetGroup;
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
        assertThat(PlacesChangeText.readable("2026: QUOTA_REFUGEE 0->20, ASYLUM_PERMIT 5->3", FINNISH, "ei muutosta"))
                .isEqualTo("2026: Kiintiöpakolaiset 0 → 20, Oleskeluluvan saaneet turvapaikanhakijat 5 → 3");
    }

    @Test
    void noChangeIsSaidInWords() {
        assertThat(PlacesChangeText.readable("2027: no change", FINNISH, "ei muutosta"))
                .isEqualTo("2027: ei muutosta");
    }

    @Test
    void otherCommentsStayAsWritten() {
        assertThat(PlacesChangeText.readable("2025: demo places, total 330", FINNISH, "-"))
                .isEqualTo("2025: demo places, total 330");
        assertThat(PlacesChangeText.readable("Revision for the elinvoimakeskus", FINNISH, "-"))
                .isEqualTo("Revision for the elinvoimakeskus");
        assertThat(PlacesChangeText.readable("2026: UNKNOWN_GROUP 1->2", FINNISH, "-"))
                .isEqualTo("2026: UNKNOWN_GROUP 1 → 2");
        assertThat(PlacesChangeText.readable(null, FINNISH, "-")).isEmpty();
    }
}
