package fi.koto.programme.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.platform.failure.Reason;
import fi.koto.programme.entity.ChecklistVerdict;
import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.Verdict;
import fi.koto.reference.entity.LanguageStatus;
import fi.koto.reference.entity.Municipality;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which content blocks a submission and which verdicts block the acceptance of the review, per legal basis
 * (docs/domain.md, "Planning documents: lifecycle, sharing, review and adoption"): only what the act requires.
 */
class ProgrammeContentRulesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-07T10:00:00+02:00");

    @Test
    void anOldLawProgrammeNeedsSomeContentButNoParticularSection() {
        Programme programme = programme(LegalBasis.ACT_1386_2010, LanguageStatus.FINNISH);
        assertThat(keys(Programmes.missingContent(programme))).containsExactly("programme.content.empty");

        programme.section("services").orElseThrow().write("Palvelut", null, "coord", AT);
        assertThat(Programmes.missingContent(programme)).isEmpty();
    }

    @Test
    void aRecommendedSectionThatIsIncludedIsIncludedInBothLanguages() {
        Programme programme = programme(LegalBasis.ACT_1386_2010, LanguageStatus.BILINGUAL_SWEDISH_MAJORITY);
        programme.section("services").orElseThrow().write(null, "Tjänster", "coord", AT);
        List<Reason> missing = Programmes.missingContent(programme);
        assertThat(keys(missing)).containsExactly("programme.section.missing");
        assertThat(missing.get(0).args()).contains("services");

        programme.section("services").orElseThrow().write("Palvelut", "Tjänster", "coord", AT);
        assertThat(Programmes.missingContent(programme)).isEmpty();
    }

    @Test
    void aNewLawPlanNeedsEverySectionOfSection45() {
        Programme programme = programme(LegalBasis.ACT_681_2023, LanguageStatus.FINNISH);
        assertThat(keys(Programmes.missingContent(programme))).hasSize(5).containsOnly("programme.section.missing");
        for (String key : LegalBasis.ACT_681_2023.sections()) {
            programme.section(key).orElseThrow().write("Teksti", null, "coord", AT);
        }
        assertThat(Programmes.missingContent(programme)).isEmpty();
    }

    @Test
    void recommendedItemsNeedAVerdictButNeverBlockOnceJudged() {
        Programme programme = programme(LegalBasis.ACT_1386_2010, LanguageStatus.FINNISH);
        assertThat(Programmes.checklistGaps(programme)).hasSize(9);
        Verdict[] verdicts = {Verdict.NOT_INCLUDED, Verdict.MISSING, Verdict.PARTLY};
        int i = 0;
        for (ChecklistVerdict requirement : programme.getChecklist()) {
            assertThat(requirement.isRequired()).isFalse();
            requirement.judge(verdicts[i++ % verdicts.length], null, "official", AT);
        }
        assertThat(Programmes.checklistGaps(programme)).isEmpty();
    }

    @Test
    void aRequiredItemJudgedMissingBlocksTheAcceptance() {
        Programme programme = programme(LegalBasis.ACT_681_2023, LanguageStatus.FINNISH);
        for (ChecklistVerdict requirement : programme.getChecklist()) {
            assertThat(requirement.isRequired()).isTrue();
            requirement.judge(
                    requirement.getRequirementKey().equals("valko") ? Verdict.MISSING : Verdict.MEETS,
                    null,
                    "official",
                    AT);
        }
        List<Reason> gaps = Programmes.checklistGaps(programme);
        assertThat(keys(gaps)).containsExactly("programme.checklist.missing");
        assertThat(gaps.get(0).args()).contains("valko");
    }

    @Test
    void aNewLawPlanStartsAsASeparateActionProgrammeAndAnOldOneHasNoForm() {
        assertThat(programme(LegalBasis.ACT_681_2023, LanguageStatus.FINNISH).getPlanForm())
                .isEqualTo(fi.koto.programme.entity.PlanForm.SEPARATE_PROGRAMME);
        assertThat(programme(LegalBasis.ACT_1386_2010, LanguageStatus.FINNISH).getPlanForm())
                .isNull();
    }

    private static List<String> keys(List<Reason> reasons) {
        return reasons.stream().map(Reason::key).toList();
    }

    private static Programme programme(LegalBasis basis, LanguageStatus language) {
        Municipality municipality = new Municipality() {
            @Override
            public String getCode() {
                return "999";
            }

            @Override
            public LanguageStatus getLanguage() {
                return language;
            }
        };
        return new Programme(
                "Suunnitelma",
                basis,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31),
                List.of(municipality),
                "coord",
                AT);
    }
}
