package fi.koto.report.control;

import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.report.entity.SnapshotProgramme.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Works out from a programme's timeline where it stood at a moment (the end of a period, or now), so that a
 * report of a past quarter shows the state at the quarter's end however the programme moved since. The rules:
 * <ul>
 * <li>The state is the one the last event before the moment led to; a programme created after it is left out.</li>
 * <li>Rounds are submissions before the moment; a review is opened by a submission and closed by an approval or a
 * request for changes (a withdrawal ends a round without a decision, so it closes nothing); those that fall in
 * the period are counted.</li>
 * <li>Time with the authority is time spent submitted or in review; time with the municipality is time spent
 * with changes requested, or back in draft after a withdrawal. The first drafting is not part of a review.</li>
 * <li>An open review is due {@code reviewDueDays} after its submission (KOTO_REVIEW_DUE_DAYS) and overdue when
 * that day is before the reference day; an approved programme's revision is due by its legal basis (four years
 * under Act 1386/2010) and overdue likewise.</li>
 * <li>A draft is shared for guidance after a SHARE and private again after an UNSHARE. A programme whose timeline
 * has neither but which is shared now (drafts marked shared by migration V85) counts as shared from the moment
 * recorded on it.</li>
 * </ul>
 */
public final class ProgrammeTimeline {

    /** One row of the timeline. */
    public record Event(OffsetDateTime at, ProgrammeAction action, ProgrammeStatus to) {}

    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);

    private ProgrammeTimeline() {}

    /**
     * @param events the timeline, oldest first
     * @param periodStart the first moment of the period (reviews opened and closed are counted from here)
     * @param until the moment the figures are for (exclusive): the day after the period, or now
     */
    public static Optional<Figures> at(
            long programmeId,
            String title,
            LegalBasis legalBasis,
            OffsetDateTime createdAt,
            List<Event> events,
            OffsetDateTime periodStart,
            OffsetDateTime until,
            int reviewDueDays,
            ZoneId zone) {
        return at(
                programmeId, title, legalBasis, createdAt, null, events, periodStart, until, reviewDueDays, zone, null);
    }

    /**
     * As above, with the moment the programme is shared for guidance now ({@code null} when it is not), and for a
     * programme whose adoption fixed {@code adoptedRevisionDue}: while it stood adopted at the moment, that is its
     * revision day (docs/domain.md, "Planning documents: lifecycle, sharing, review and adoption"); while it stood
     * accepted, the acceptance day plus the interval of its legal basis, as before.
     */
    public static Optional<Figures> at(
            long programmeId,
            String title,
            LegalBasis legalBasis,
            OffsetDateTime createdAt,
            OffsetDateTime sharedNowSince,
            List<Event> events,
            OffsetDateTime periodStart,
            OffsetDateTime until,
            int reviewDueDays,
            ZoneId zone,
            LocalDate adoptedRevisionDue) {
        if (!createdAt.isBefore(until)) {
            return Optional.empty();
        }
        ProgrammeStatus status = ProgrammeStatus.DRAFT;
        OffsetDateTime since = createdAt;
        boolean submittedOnce = false;
        int rounds = 0;
        int opened = 0;
        int closed = 0;
        OffsetDateTime approvedAt = null;
        OffsetDateTime lastSubmit = null;
        long withAuthority = 0;
        long withMunicipality = 0;
        boolean shared = false;
        boolean sharingOnTimeline = false;
        for (Event event : events) {
            if (!event.at().isBefore(until)) {
                break;
            }
            if (event.action() == ProgrammeAction.CREATE) {
                continue;
            }
            long seconds = Math.max(0, Duration.between(since, event.at()).getSeconds());
            if (isWithAuthority(status)) {
                withAuthority += seconds;
            } else if (isWithMunicipality(status, submittedOnce)) {
                withMunicipality += seconds;
            }
            boolean inPeriod = !event.at().isBefore(periodStart);
            switch (event.action()) {
                case SUBMIT -> {
                    rounds++;
                    lastSubmit = event.at();
                    submittedOnce = true;
                    if (inPeriod) {
                        opened++;
                    }
                }
                case APPROVE, REQUEST_CHANGES -> {
                    if (event.action() == ProgrammeAction.APPROVE) {
                        approvedAt = event.at();
                    }
                    if (inPeriod) {
                        closed++;
                    }
                }
                case SHARE, UNSHARE -> {
                    shared = event.action() == ProgrammeAction.SHARE;
                    sharingOnTimeline = true;
                }
                default -> {
                    // WITHDRAW, START_REVIEW and SUPERSEDE only move the state
                }
            }
            status = event.to();
            since = event.at();
        }
        if (!sharingOnTimeline && sharedNowSince != null && sharedNowSince.isBefore(until)) {
            shared = true;
        }
        long tail = Math.max(0, Duration.between(since, until).getSeconds());
        if (isWithAuthority(status)) {
            withAuthority += tail;
        } else if (isWithMunicipality(status, submittedOnce)) {
            withMunicipality += tail;
        }
        LocalDate referenceDay = until.minusNanos(1).atZoneSameInstant(zone).toLocalDate();
        boolean reviewOpen = isWithAuthority(status);
        LocalDate reviewDue = reviewOpen && lastSubmit != null
                ? lastSubmit.atZoneSameInstant(zone).toLocalDate().plusDays(reviewDueDays)
                : null;
        LocalDate approvedOn =
                approvedAt == null ? null : approvedAt.atZoneSameInstant(zone).toLocalDate();
        LocalDate revisionDue = status == ProgrammeStatus.APPROVED
                ? legalBasis.revisionDue(approvedOn).orElse(null)
                : status == ProgrammeStatus.ADOPTED ? adoptedRevisionDue : null;
        return Optional.of(new Figures(
                programmeId,
                title,
                legalBasis,
                status,
                approvedOn,
                revisionDue,
                revisionDue != null && revisionDue.isBefore(referenceDay),
                lastSubmit == null ? null : lastSubmit.atZoneSameInstant(zone).toLocalDate(),
                rounds,
                opened,
                closed,
                reviewOpen,
                reviewDue,
                reviewDue != null && reviewDue.isBefore(referenceDay),
                days(withAuthority),
                days(withMunicipality),
                shared));
    }

    private static boolean isWithAuthority(ProgrammeStatus status) {
        return status == ProgrammeStatus.SUBMITTED || status == ProgrammeStatus.IN_REVIEW;
    }

    private static boolean isWithMunicipality(ProgrammeStatus status, boolean submittedOnce) {
        return status == ProgrammeStatus.CHANGES_REQUESTED || (status == ProgrammeStatus.DRAFT && submittedOnce);
    }

    private static BigDecimal days(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_A_DAY, 1, RoundingMode.HALF_UP);
    }
}
