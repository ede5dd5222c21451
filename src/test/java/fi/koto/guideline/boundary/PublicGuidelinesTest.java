package fi.koto.guideline.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.guideline.control.GuidelineChanges;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public CSV's cells and "what changed", without a container. */
class PublicGuidelinesTest {

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertThat(PublicGuidelines.cell("Car, Taxi and Van Drivers")).isEqualTo("\"Car, Taxi and Van Drivers\"");
        assertThat(PublicGuidelines.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(PublicGuidelines.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(PublicGuidelines.cell("-1")).isEqualTo("'-1");
        assertThat(PublicGuidelines.cell(null)).isEmpty();
        assertThat(PublicGuidelines.cell("Hitsaajat")).isEqualTo("Hitsaajat");
    }

    @Test
    void onlyKnownLanguagesAreUsed() {
        assertThat(PublicGuidelines.language("sv")).isEqualTo("sv");
        assertThat(PublicGuidelines.language("en")).isEqualTo("en");
        assertThat(PublicGuidelines.language("de")).isEqualTo("fi");
        assertThat(PublicGuidelines.language(null)).isEqualTo("fi");
    }

    @Test
    void changesListAddedAndRemovedInCodeOrder() {
        var changes = GuidelineChanges.between(7L, Set.of("5120", "7212", "9112"), Set.of("7212", "2512", "2221"));
        assertThat(changes.added()).containsExactly("2221", "2512");
        assertThat(changes.removed()).containsExactly("5120", "9112");
        assertThat(GuidelineChanges.between(null, Set.of(), Set.of("7212")).added())
                .containsExactly("7212");
    }
}
