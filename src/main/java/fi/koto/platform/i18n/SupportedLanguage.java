package fi.koto.platform.i18n;

import fi.koto.platform.failure.InvalidInputException;
import java.util.Locale;

/** The languages Koto speaks: Finnish (the default), Swedish and English. */
public enum SupportedLanguage {
    FI("fi"),
    SV("sv"),
    EN("en");

    private final String code;
    /** Made once: parsing the tag at every call showed in the report writer's profile, once per row. */
    private final Locale locale;

    SupportedLanguage(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static SupportedLanguage parse(String code) {
        for (SupportedLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return language;
            }
        }
        throw new InvalidInputException("error.language.unsupported", String.valueOf(code));
    }

    /** The supported language for a locale, Finnish for anything else. */
    public static SupportedLanguage of(Locale locale) {
        if (locale != null) {
            for (SupportedLanguage language : values()) {
                if (language.code.equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return FI;
    }
}
