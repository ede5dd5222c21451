package fi.koto.notification.control;

import fi.koto.notification.entity.NotificationKind;
import java.util.List;
import java.util.Objects;

/**
 * What to tell people, before it is put into anyone's language: the kind, what it is about ({@code reference},
 * e.g. {@code Programme:42}, shown to operations), the bundle keys of subject and body, and the arguments both
 * share ({0}, {1}, ... in the bundle texts).
 *
 * <p>An argument is put into each recipient's language as follows: a {@link fi.koto.platform.failure.Reason} is
 * the text of its bundle key, a {@link Localized} is asked for that language, and anything else (a title, a
 * number, a link) is used as it is. Arguments are never markup: the mail is plain text.
 */
public record Notice(NotificationKind kind, String reference, String subjectKey, String bodyKey, List<Object> args) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(bodyKey, "bodyKey");
        args = List.copyOf(args); // no nulls: say "no comment" with a Reason instead
    }

    public static Notice of(
            NotificationKind kind, String reference, String subjectKey, String bodyKey, Object... args) {
        return new Notice(kind, reference, subjectKey, bodyKey, List.of(args));
    }
}
