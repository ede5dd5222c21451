package fi.koto.report.control;

import static fi.koto.report.control.ProgrammeTimelineTest.FINLAND;
import static fi.koto.report.control.ProgrammeTimelineTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.report.control.ProgrammeTimeline.Event;
import fi.koto.report.entity.SnapshotProgramme.Figures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The revision day of a report row follows the adoption (docs/domain.md, "Planning documents: lifecycle, sharing,
 * review and adoption"): accepted, it is the acceptance plus the interval as before; adopted, the day the
 * adoption fixed; superseded, none.
 */
class ProgrammeTimelineAdoptionTest {

    private static final LocalDate FIXED = LocalDate.of(2030, 6, 1);

    private static Figures at(String end, List<Event> events) {
        LocalDate until = LocalDate.parse(end);
        return ProgrammeTimeline.at(
                        7,
                        "Ohjelma",
                        LegalBasis.ACT_1386_2010,
                        ProgrammeTimelineTest.at("2026-01-05"),
                        null,
                        events,
                        ProgrammeTimelineTest.at("2026-01-01"),
                        until.plusDays(1).atStartOfDay(FINLAND).toOffsetDateTime(),
                        30,
                        FINLAND,
                        FIXED)
                .orElseThrow();
    }

    @Test
    void acceptedThenAdoptedThenSuperseded() {
        List<Event> events = new ArrayList<>(ProgrammeTimelineTest.CYCLE);
        events.add(new Event(ProgrammeTimelineTest.at("2026-06-01"), ProgrammeAction.ADOPT, ProgrammeStatus.ADOPTED));
        events.add(new Event(
                ProgrammeTimelineTest.at("2027-03-01"), ProgrammeAction.SUPERSEDE, ProgrammeStatus.SUPERSEDED));

        Figures accepted = at("2026-05-31", events);
        assertThat(accepted.status()).isEqualTo(ProgrammeStatus.APPROVED);
        assertThat(accepted.revisionDue()).isEqualTo(LocalDate.of(2030, 5, 10));

        Figures adopted = at("2026-12-31", events);
        assertThat(adopted.status()).isEqualTo(ProgrammeStatus.ADOPTED);
        assertThat(adopted.revisionDue()).isEqualTo(FIXED);
        assertThat(adopted.revisionOverdue()).isFalse();

        Figures superseded = at("2027-12-31", events);
        assertThat(superseded.status()).isEqualTo(ProgrammeStatus.SUPERSEDED);
        assertThat(superseded.revisionDue()).isNull();
    }
}
