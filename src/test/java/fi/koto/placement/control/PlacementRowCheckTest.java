package fi.koto.placement.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.platform.failure.Reason;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementRowCheckTest {

    private final PlacementRowCheck check =
            new PlacementRowCheck(Set.of("091", "092", "179"), Set.of("091", "092"), YearMonth.of(2025, 6));

    private List<String> keys(PlacementRowCheck.Outcome outcome) {
        return outcome.reasons().stream().map(Reason::key).toList();
    }

    @Test
    void aValidRowIsAccepted() {
        var outcome = check.check(2, List.of("091", "2025-03", "quota_refugee", "5", "2", "false"));
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.row().persons()).isEqualTo(5);
        assertThat(outcome.row().under7()).isEqualTo(2);
        assertThat(outcome.row().selfSettled()).isFalse();
    }

    @Test
    void spreadsheetNumbersAndFlagsAreUnderstood() {
        var outcome = check.check(2, List.of(" 092 ", "2025-01", "ASYLUM_PERMIT", "5.0", "0.0", "TRUE"));
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.row().selfSettled()).isTrue();
    }

    @Test
    void everyReasonIsReported() {
        assertThat(keys(check.check(2, List.of("999", "2025-03", "QUOTA_REFUGEE", "1", "0", "false"))))
                .containsExactly("import.row.municipality.unknown");
        assertThat(keys(check.check(3, List.of("179", "2025-03", "QUOTA_REFUGEE", "1", "0", "false"))))
                .containsExactly("import.row.municipality.outsideScope");
        assertThat(keys(check.check(4, List.of("091", "2025-03", "TOURIST", "1", "0", "false"))))
                .containsExactly("targetGroup.unknown");
        assertThat(keys(check.check(5, List.of("091", "2025-03", "QUOTA_REFUGEE", "-1", "0", "false"))))
                .containsExactly("import.row.persons.invalid");
        assertThat(keys(check.check(6, List.of("091", "2025-03", "QUOTA_REFUGEE", "five", "x", "false"))))
                .containsExactly("import.row.persons.invalid", "import.row.under7.invalid");
        assertThat(keys(check.check(7, List.of("091", "2025-03", "QUOTA_REFUGEE", "2", "3", "false"))))
                .containsExactly("import.row.under7.tooMany");
        assertThat(keys(check.check(8, List.of("091", "2025-13", "QUOTA_REFUGEE", "2", "1", "false"))))
                .containsExactly("placement.month.invalid");
        assertThat(keys(check.check(9, List.of("091", "2025-07", "QUOTA_REFUGEE", "2", "1", "false"))))
                .as("a future month")
                .containsExactly("placement.month.invalid");
        assertThat(keys(check.check(10, List.of("091", "2025-03", "QUOTA_REFUGEE", "2", "1", "maybe"))))
                .containsExactly("import.row.selfSettled.invalid");
        assertThat(keys(check.check(11, List.of("091", "2025-03")))).containsExactly("import.row.columns");
    }

    @Test
    void aSecondRowWithTheSameKeyIsADuplicateNamingTheFirstLine() {
        assertThat(check.check(2, List.of("091", "2025-03", "QUOTA_REFUGEE", "5", "2", "false"))
                        .accepted())
                .isTrue();
        assertThat(check.check(3, List.of("091", "2025-03", "QUOTA_REFUGEE", "5", "2", "true"))
                        .accepted())
                .as("self-settled is part of the key")
                .isTrue();
        var duplicate = check.check(4, List.of("091", "2025-03", "quota_refugee", "7", "2", "0"));
        assertThat(duplicate.accepted()).isFalse();
        assertThat(duplicate.reasons()).containsExactly(Reason.of("import.row.duplicate", 2));
    }
}
