package fi.koto.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text for people, from the bundles {@code fi/koto/i18n/messages_{fi,sv,en}.properties}, for code outside pages
 * (REST problem details, mail, reports). Pages use the same bundles as {@code #{msg[...]}}.
 */
public final class Messages {

    public static final String BUNDLE = "fi.koto.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    public static ResourceBundle bundle(SupportedLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * The text of a key in a language. An argument that is itself a {@link fi.koto.platform.failure.Reason} is
     * resolved first, in the same language, so that a message can name a section or a language in words.
     */
    public static String text(SupportedLanguage language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof fi.koto.platform.failure.Reason nested
                    ? text(language, nested.key(), nested.args().toArray())
                    : args[i];
        }
        return new MessageFormat(pattern, language.locale()).format(resolved);
    }

    public static String text(Locale locale, String key, Object... args) {
        return text(SupportedLanguage.of(locale), key, args);
    }
}
