package fi.koto.ui;

import fi.koto.platform.time.ClockProducer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as the reader's language writes them (22.11.2026 in Finnish and Swedish, Nov 22, 2026 in English). */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    LanguageSelection languages;

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(languages.getLocale())
                        .format(date);
    }

    public String dateTime(OffsetDateTime at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(languages.getLocale())
                        .format(at.atZoneSameInstant(ClockProducer.FINLAND));
    }
}
