package fi.koto.ui.monitoring;

import fi.koto.ui.FacesMessages;
import java.math.BigDecimal;

/**
 * A figure as a person types it: "41,5" or "41.5", with or without spaces between thousands. The form keeps the
 * typed text, so a refused figure is shown back as it was typed.
 */
public record Figures(BigDecimal value, boolean invalid, String typed, String fieldKey) {

    public static Figures parse(String typed, String fieldKey) {
        if (typed == null || typed.isBlank()) {
            return new Figures(null, false, typed, fieldKey);
        }
        String plain = typed.strip()
                .replace('\u00a0', ' ')
                .replace(" ", "")
                .replace('\u2212', '-')
                .replace(',', '.');
        try {
            return new Figures(new BigDecimal(plain), false, typed, fieldKey);
        } catch (NumberFormatException e) {
            return new Figures(null, true, typed, fieldKey);
        }
    }

    void report(FacesMessages messages) {
        if (invalid) {
            messages.error("monitoring.figure.invalid", typed);
        }
    }
}
