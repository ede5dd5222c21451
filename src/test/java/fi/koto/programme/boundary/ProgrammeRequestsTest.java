package fi.koto.programme.boundary;

import static fi.koto.platform.validation.RequestConstraintsTest.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.platform.failure.Reason;
import fi.koto.programme.boundary.ProgrammeRequests.AdoptionRequest;
import fi.koto.programme.boundary.ProgrammeRequests.MeasureEdit;
import fi.koto.programme.boundary.ProgrammeRequests.NewProgramme;
import fi.koto.programme.boundary.ProgrammeRequests.PlanFormEdit;
import fi.koto.programme.boundary.ProgrammeRequests.SectionEdit;
import fi.koto.programme.boundary.ProgrammeRequests.TitleEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The constraints of the programme requests give the reasons the hand-written checks gave before them. */
class ProgrammeRequestsTest {

    @Test
    void aNewProgrammeNeedsATitleAndAMunicipality() {
        assertThat(reasons(new NewProgramme(List.of(), "ACT_681_2023", " ", "2026-01-01", "2029-12-31", null)))
                .containsExactly(Reason.of("programme.municipalities.required"), Reason.of("programme.title.invalid"));
        assertThat(reasons(new NewProgramme(null, null, " ".repeat(400), null, null, "x".repeat(301))))
                .containsExactly(
                        Reason.of("programme.municipalities.required"),
                        Reason.of("programme.title.invalid"),
                        Reason.of("programme.titleSv.tooLong", 300));
        assertThat(reasons(new NewProgramme(List.of("091"), null, "x".repeat(301), null, null, null)))
                .containsExactly(Reason.of("programme.title.invalid", 300));
        var fine = new NewProgramme(List.of("091"), null, "  Ohjelma  ", null, null, "  " + "x".repeat(300) + " ");
        assertThat(reasons(fine)).isEmpty();
        assertThat(fine.title()).isEqualTo("Ohjelma");
        assertThat(fine.titleSv()).hasSize(300);
    }

    @Test
    void aTitleIsStrippedAndChecked() {
        assertThat(reasons(new TitleEdit(null, " ", 1L))).containsExactly(Reason.of("programme.title.invalid"));
        assertThat(reasons(new TitleEdit("x".repeat(300), "y".repeat(301), 1L)))
                .containsExactly(Reason.of("programme.titleSv.tooLong", 300));
        assertThat(new TitleEdit(" a ", " ", 1L)).isEqualTo(new TitleEdit("a", "", 1L));
    }

    @Test
    void eachSectionTextMayBeTooLong() {
        String long_ = "x".repeat(100_001);
        assertThat(reasons(new SectionEdit(long_, long_, 1L)))
                .containsExactly(
                        Reason.of("programme.section.tooLong", 100_000),
                        Reason.of("programme.section.tooLong", 100_000))
                .hasSize(2);
        assertThat(reasons(new SectionEdit(null, "x".repeat(100_000), 1L))).isEmpty();
    }

    @Test
    void aMeasureNeedsAnActionAndWhoIsResponsible() {
        assertThat(reasons(new MeasureEdit(" ", null, null, null, 1L)))
                .containsExactly(
                        Reason.of("programme.measure.action.required"),
                        Reason.of("programme.measure.responsibleParty.required"));
        assertThat(reasons(new MeasureEdit("a".repeat(2001), "p".repeat(301), "s".repeat(301), "i".repeat(1001), 1L)))
                .containsExactly(
                        Reason.of("programme.measure.action.tooLong", 2000),
                        Reason.of("programme.measure.responsibleParty.tooLong", 300),
                        Reason.of("programme.measure.schedule.tooLong", 300),
                        Reason.of("programme.measure.indicator.tooLong", 1000));
        assertThat(reasons(new MeasureEdit(" a ", " p ", " ", null, 1L))).isEmpty();
    }

    @Test
    void anAdoptionNamesEachFieldByItsLabel() {
        assertThat(reasons(new AdoptionRequest(null, " ", "", null, null, null)))
                .containsExactly(
                        Reason.of("input.required", Reason.of("programme.field.decisionBody")),
                        Reason.of("input.required", Reason.of("programme.field.decisionDate")),
                        Reason.of("input.required", Reason.of("programme.field.decisionReference")));
        assertThat(reasons(new AdoptionRequest("b".repeat(201), "2026-01-01", "r", null, "c".repeat(4001), 1L)))
                .containsExactly(
                        Reason.of("input.tooLong", Reason.of("programme.field.decisionBody"), 200),
                        Reason.of("programme.comment.tooLong", 4000));
        assertThat(reasons(new AdoptionRequest(" b ", "2026-01-01", "r", null, " ".repeat(4001), 1L)))
                .isEmpty();
    }

    @Test
    void thePlanDocumentNameIsChecked() {
        assertThat(reasons(new PlanFormEdit("PART_OF_OTHER_DOCUMENT", "n".repeat(301), 1L)))
                .containsExactly(Reason.of("input.tooLong", Reason.of("programme.field.planDocumentName"), 300));
        assertThat(reasons(new PlanFormEdit("SEPARATE_PROGRAMME", null, 1L))).isEmpty();
    }
}
