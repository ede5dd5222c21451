package fi.koto.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
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

    /** 1386/2010 §32: "at least once every four years"; 681/2023 leaves the day to the municipality. */
    @Test
    void whoSetsTheRevisionDay() {
        assertThat(LegalBasis.ACT_1386_2010.revisionInterval()).hasValue(Period.ofYears(4));
        assertThat(LegalBasis.ACT_1386_2010.revisionDateIsMunicipalitys()).isFalse();
        assertThat(LegalBasis.ACT_681_2023.revisionInterval()).isEmpty();
        assertThat(LegalBasis.ACT_681_2023.revisionDateIsMunicipalitys()).isTrue();
    }

    /** 1386/2010 §33: the programme "may" contain its eight items, so none of them is required. */
    @Test
    void underTheOldLawEveryItemIsRecommended() {
        var basis = LegalBasis.ACT_1386_2010;
        assertThat(basis.sections()).hasSize(8).noneMatch(basis::isRequired);
        assertThat(basis.requirements()).hasSize(9).noneMatch(basis::isRequiredRequirement);
        assertThat(basis.hasPlanForm()).isFalse();
    }

    /**
     * 681/2023 §45 (chapter 5): goals, measures, responsible parties, cooperation and monitoring with indicators;
     * VALKO taken into account and the planning coordinated with the wellbeing county and employment area.
     */
    @Test
    void underTheNewLawTheContentOfSection45IsRequired() {
        var basis = LegalBasis.ACT_681_2023;
        assertThat(basis.sections()).allMatch(basis::isRequired);
        assertThat(basis.requirements())
                .containsExactly(
                        "goals", "measures", "responsibleParties", "cooperation", "indicators", "valko", "coordination")
                .allMatch(basis::isRequiredRequirement);
        assertThat(basis.hasPlanForm()).isTrue();
    }

    @Test
    void unknownKeysAreNeverRequired() {
        for (LegalBasis basis : LegalBasis.values()) {
            assertThat(basis.isRequired("nope")).isFalse();
            assertThat(basis.isRequiredRequirement("nope")).isFalse();
        }
    }
}
