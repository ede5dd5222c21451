package fi.koto.notification.control;

import fi.koto.notification.entity.NotificationKind;
import fi.koto.platform.failure.Reason;
import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.reference.entity.Decision;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which step of a programme's review is told to whom, and what the mail says. Pure, so that it is tested without
 * a server. A submission (also a second one) goes to the officials who review it; a request for changes and the
 * acceptance of the review go back to the municipality's coordinators (the acceptance mail asks them to record the
 * municipality's adoption); the adoption goes to the officials, for whom the plan is then in force and whose guidance
 * follows its revision day (docs/domain.md, "Review and adoption"); other steps send no mail.
 */
public final class ProgrammeMessages {

    /** Who is told about a step. */
    public enum Audience {
        OFFICIALS,
        COORDINATORS,
        NOBODY
    }

    /** What the mail tells about the programme, gathered in the transaction of the step. */
    public record Facts(
            long programmeId,
            String title,
            MunicipalityNames municipalities,
            int round,
            LocalDate reviewDue,
            String link,
            LegalBasis legalBasis,
            Decision adoption,
            LocalDate revisionDue) {}

    private ProgrammeMessages() {}

    public static Audience audience(ProgrammeAction action) {
        return switch (action) {
            case SUBMIT, ADOPT -> Audience.OFFICIALS;
            case REQUEST_CHANGES, APPROVE -> Audience.COORDINATORS;
            default -> Audience.NOBODY;
        };
    }

    /**
     * The notice of a step, or empty when the step sends no mail. Bundle arguments: {0} title, {1} municipalities,
     * {2} who took the step, {3} the comment, {4} the review due date, {5} the submission round, {6} the link, {7}
     * what the document is called under its legal basis ({@code programme.term.<LegalBasis>}: a kotouttamisohjelma
     * under Act 1386/2010, a plan for the promotion of integration under Act 681/2023; docs/domain.md, "Legal basis
     * and terms"), so that no mail calls a plan under the new act by the repealed act's name; {8} the body that
     * adopted it, {9} the day of the decision, {10} the minutes section and {11} the revision day fixed at adoption
     * (the adoption mail's, "not recorded" before it).
     */
    public static Optional<Notice> notice(ProgrammeAction action, Facts facts, String actorName, String comment) {
        NotificationKind kind =
                switch (action) {
                    case SUBMIT -> NotificationKind.PROGRAMME_SUBMITTED;
                    case REQUEST_CHANGES -> NotificationKind.PROGRAMME_CHANGES_REQUESTED;
                    case APPROVE -> NotificationKind.PROGRAMME_APPROVED;
                    case ADOPT -> NotificationKind.PROGRAMME_ADOPTED;
                    default -> null;
                };
        if (kind == null) {
            return Optional.empty();
        }
        String prefix =
                switch (kind) {
                    case PROGRAMME_SUBMITTED ->
                        facts.round() > 1 ? "notification.programme.resubmitted" : "notification.programme.submitted";
                    case PROGRAMME_CHANGES_REQUESTED -> "notification.programme.changesRequested";
                    case PROGRAMME_ADOPTED -> "notification.programme.adopted";
                    default -> "notification.programme.approved";
                };
        Object noted = comment == null || comment.isBlank() ? Reason.of("notification.comment.none") : comment.strip();
        Object due =
                facts.reviewDue() == null ? Reason.of("notification.date.none") : Localized.date(facts.reviewDue());
        Decision adoption = Decision.orNone(facts.adoption());
        return Optional.of(Notice.of(
                kind,
                "Programme:" + facts.programmeId(),
                prefix + ".subject",
                prefix + ".body",
                facts.title(),
                facts.municipalities(),
                actorName,
                noted,
                due,
                String.valueOf(facts.round()),
                facts.link(),
                Reason.of("programme.term." + facts.legalBasis().name()),
                orNone(adoption.body()),
                adoption.date() == null ? Reason.of("notification.value.none") : Localized.date(adoption.date()),
                orNone(adoption.reference()),
                facts.revisionDue() == null
                        ? Reason.of("notification.date.none")
                        : Localized.date(facts.revisionDue())));
    }

    private static Object orNone(String text) {
        return text == null || text.isBlank() ? Reason.of("notification.value.none") : text.strip();
    }
}
