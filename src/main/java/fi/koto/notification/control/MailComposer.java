package fi.koto.notification.control;

import fi.koto.platform.failure.Reason;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;

/**
 * Writes a {@link Notice} in one language from the bundles. A key missing from the bundle is a programming error
 * and fails loudly here rather than mailing a bare key to someone. The subject becomes one line: a title typed
 * with line breaks cannot start new mail headers.
 */
public final class MailComposer {

    static final int SUBJECT_LIMIT = 250;

    private MailComposer() {}

    public static ComposedMail compose(Notice notice, SupportedLanguage language) {
        Object[] args =
                notice.args().stream().map(arg -> localize(arg, language)).toArray();
        String subject = oneLine(text(language, notice.subjectKey(), args));
        String body = text(language, notice.bodyKey(), args);
        return new ComposedMail(subject, body);
    }

    private static Object localize(Object arg, SupportedLanguage language) {
        return arg instanceof Localized localized ? localized.in(language) : arg;
    }

    static String text(SupportedLanguage language, String key, Object... args) {
        if (!Messages.bundle(language).containsKey(key)) {
            throw new IllegalArgumentException("No text " + key + " in the " + language.code() + " bundle");
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Reason reason
                    ? text(language, reason.key(), reason.args().toArray())
                    : args[i];
        }
        return Messages.text(language, key, resolved);
    }

    static String oneLine(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return line.length() > SUBJECT_LIMIT ? line.substring(0, SUBJECT_LIMIT - 1) + "…" : line;
    }
}
