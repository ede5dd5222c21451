package fi.koto.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalBasisTest {

    @Test
    void oldLawProgrammesAreDueForRevisionFourYearsAfterApproval() {
        assertThat(LegalBasis.ACT_1386_2010.revisionDue(LocalDate.of(2021, 6, 14)))
                .hasValue(LocalDate.of(2025, 6, 14));
        assertThat(LegalBasis.ACT_1386_2010.revisionDue(LocalDate.of(2020, 2, 29)))
                .hasValue(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theNewLawSetsNoFixedIntervalAndUnapprovedProgrammesHaveNoDueDate() {
        assertThat(LegalBasis.ACT_681_2023.revisionDue(LocalDate.of(2025, 6, 14)))
                .isEmpty();
        assertThat(LegalBasis.ACT_1386_2010.revisionDue(null)).isEmpty();
    }
}
