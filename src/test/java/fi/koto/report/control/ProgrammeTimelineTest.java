package fi.koto.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.report.control.ProgrammeTimeline.Event;
import fi.koto.report.entity.SnapshotProgramme.Figures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeTimelineTest {

    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    static OffsetDateTime at(String day) {
        return LocalDate.parse(day).atStartOfDay(FINLAND).toOffsetDateTime();
    }

    static final List<Event> CYCLE = List.of(
            new Event(at("2026-01-05"), ProgrammeAction.CREATE, ProgrammeStatus.DRAFT),
            new Event(at("2026-02-01"), ProgrammeAction.SUBMIT, ProgrammeStatus.SUBMITTED),
            new Event(at("2026-02-03"), ProgrammeAction.START_REVIEW, ProgrammeStatus.IN_REVIEW),
            new Event(at("2026-02-11"), ProgrammeAction.REQUEST_CHANGES, ProgrammeStatus.CHANGES_REQUESTED),
            new Event(at("2026-03-11"), ProgrammeAction.SUBMIT, ProgrammeStatus.SUBMITTED),
            new Event(at("2026-04-20"), ProgrammeAction.START_REVIEW, ProgrammeStatus.IN_REVIEW),
            new Event(at("2026-05-10"), ProgrammeAction.APPROVE, ProgrammeStatus.APPROVED));

    static Figures figures(LocalDate periodStart, LocalDate periodEnd, LegalBasis basis) {
        return ProgrammeTimeline.at(
                        7,
                        "Ohjelma",
                        basis,
                        at("2026-01-05"),
                        CYCLE,
                        periodStart.atStartOfDay(FINLAND).toOffsetDateTime(),
                        periodEnd.plusDays(1).atStartOfDay(FINLAND).toOffsetDateTime(),
                        30,
                        FINLAND)
                .orElseThrow();
    }

    @Test
    void atTheEndOfTheFirstQuarterTheSecondRoundIsOpenAndOverdueIsNotYetReached() {
        Figures q1 = figures(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LegalBasis.ACT_1386_2010);
        assertThat(q1.status()).isEqualTo(ProgrammeStatus.SUBMITTED);
        assertThat(q1.rounds()).isEqualTo(2);
        assertThat(q1.reviewsOpened()).isEqualTo(2);
        assertThat(q1.reviewsClosed()).isEqualTo(1);
        assertThat(q1.reviewOpen()).isTrue();
        assertThat(q1.reviewDue()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(q1.reviewOverdue()).isFalse();
        // with the authority 1.2.-11.2. (10 days) and 11.3.-1.4. (21 days); with the municipality 11.2.-11.3.
        assertThat(q1.daysWithAuthority()).isEqualByComparingTo(new BigDecimal("31.0"));
        assertThat(q1.daysWithMunicipality()).isEqualByComparingTo(new BigDecimal("28.0"));
        assertThat(q1.approvedOn()).isNull();
        assertThat(q1.lastSubmittedOn()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void inTheSecondQuarterTheOverdueReviewIsApprovedAndTheRevisionFallsDueFourYearsLater() {
        Figures q2 = figures(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), LegalBasis.ACT_1386_2010);
        assertThat(q2.status()).isEqualTo(ProgrammeStatus.APPROVED);
        assertThat(q2.reviewsOpened()).isZero();
        assertThat(q2.reviewsClosed()).isEqualTo(1);
        assertThat(q2.reviewOpen()).isFalse();
        assertThat(q2.reviewOverdue()).isFalse();
        assertThat(q2.approvedOn()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(q2.revisionDue()).isEqualTo(LocalDate.of(2030, 5, 10));
        assertThat(q2.revisionOverdue()).isFalse();
        assertThat(q2.daysWithAuthority()).isEqualByComparingTo(new BigDecimal("70.0"));

        Figures act681 = figures(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), LegalBasis.ACT_681_2023);
        assertThat(act681.revisionDue()).as("Act 681/2023 sets no interval").isNull();
    }

    @Test
    void aReviewStillOpenPastItsDueDayIsOverdueAndAProgrammeCreatedLaterIsLeftOut() {
        Figures april = figures(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), LegalBasis.ACT_681_2023);
        assertThat(april.status()).isEqualTo(ProgrammeStatus.IN_REVIEW);
        assertThat(april.reviewOverdue()).isTrue();
        assertThat(ProgrammeTimeline.at(
                        7,
                        "Ohjelma",
                        LegalBasis.ACT_681_2023,
                        at("2026-01-05"),
                        CYCLE,
                        at("2025-10-01"),
                        at("2026-01-01"),
                        30,
                        FINLAND))
                .isEmpty();
    }

    @Test
    void aDraftIsSharedBetweenItsShareAndUnshareAndAMigratedShareCountsFromItsMoment() {
        List<Event> sharing = List.of(
                new Event(at("2026-01-05"), ProgrammeAction.CREATE, ProgrammeStatus.DRAFT),
                new Event(at("2026-02-01"), ProgrammeAction.SHARE, ProgrammeStatus.DRAFT),
                new Event(at("2026-02-10"), ProgrammeAction.GUIDANCE_NOTE, ProgrammeStatus.DRAFT),
                new Event(at("2026-05-01"), ProgrammeAction.UNSHARE, ProgrammeStatus.DRAFT));
        java.util.function.BiFunction<String, List<Event>, Figures> until = (day, events) -> ProgrammeTimeline.at(
                        7,
                        "Luonnos",
                        LegalBasis.ACT_681_2023,
                        at("2026-01-05"),
                        at("2026-03-01"),
                        events,
                        at("2026-01-01"),
                        at(day),
                        30,
                        FINLAND,
                        null)
                .orElseThrow();
        assertThat(until.apply("2026-01-20", sharing).sharedForGuidance()).isFalse();
        assertThat(until.apply("2026-04-01", sharing).sharedForGuidance()).isTrue();
        assertThat(until.apply("2026-04-01", sharing).status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(until.apply("2026-04-01", sharing).rounds()).isZero();
        assertThat(until.apply("2026-06-01", sharing).sharedForGuidance())
                .as("the timeline wins over the flag")
                .isFalse();
        // no sharing on the timeline (V85 marked it shared): shared from the moment on the programme
        List<Event> migrated = List.of(new Event(at("2026-01-05"), ProgrammeAction.CREATE, ProgrammeStatus.DRAFT));
        assertThat(until.apply("2026-02-01", migrated).sharedForGuidance()).isFalse();
        assertThat(until.apply("2026-04-01", migrated).sharedForGuidance()).isTrue();
    }
}
