package fi.koto.notification.control;

import fi.koto.platform.i18n.SupportedLanguage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A {@link Notice} argument that reads differently per language: a date, a municipality's name. */
@FunctionalInterface
public interface Localized {

    String in(SupportedLanguage language);

    /** A date as the reader's language writes it (23.11.2026 in Finnish and Swedish), like the pages do. */
    static Localized date(LocalDate date) {
        return language -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.locale())
                .format(date);
    }
}
