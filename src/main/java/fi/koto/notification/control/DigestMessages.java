package fi.koto.notification.control;

import fi.koto.notification.entity.NotificationKind;
import fi.koto.platform.failure.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The daily digest of one official's overdue reviews: one mail listing them all, oldest due date first. Pure, so
 * that it is tested without a server. Bundle arguments: {0} how many, {1} the day, {2} the list, {3} the link to
 * the work queue.
 */
public final class DigestMessages {

    /** Longer lists end with "and N more": the work queue has them all. */
    static final int MAX_ITEMS = 100;

    private DigestMessages() {}

    public static Notice notice(
            List<OverdueReview> overdue, LocalDate day, LongFunction<String> programmeLink, String queueLink) {
        List<OverdueReview> listed = overdue.subList(0, Math.min(overdue.size(), MAX_ITEMS));
        int more = overdue.size() - listed.size();
        Localized lines = language -> {
            List<String> text = new ArrayList<>();
            for (OverdueReview review : listed) {
                text.add(MailComposer.text(
                        language,
                        "notification.digest.item",
                        review.title(),
                        review.municipalities().in(language),
                        Localized.date(review.reviewDue()).in(language),
                        review.daysLate(day),
                        programmeLink.apply(review.programmeId()),
                        Reason.of("programme.status." + review.status())));
            }
            if (more > 0) {
                text.add(MailComposer.text(language, "notification.digest.more", more));
            }
            return String.join("\n", text);
        };
        return Notice.of(
                NotificationKind.OVERDUE_REVIEWS_DIGEST,
                "Digest:" + day,
                "notification.digest.subject",
                "notification.digest.body",
                overdue.size(),
                Localized.date(day),
                lines,
                queueLink);
    }
}
