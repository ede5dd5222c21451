package fi.koto.ui.monitoring;

import fi.koto.ui.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Figures, and which of a plan's parallel texts to show: the Swedish one to a reader using Koto in Swedish when the plan has
 * it, the Finnish one otherwise. The texts are the municipality's content, not interface text.
 */
@Named
@RequestScoped
public class PlanTexts {

    @Inject
    LanguageSelection language;

    /** A figure as the reader's language writes it (41,5 in Finnish and Swedish, 41.5 in English); blank for none. */
    public String figure(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        var format = java.text.NumberFormat.getNumberInstance(language.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A text of the bundles with one or two arguments, for attributes where h:outputFormat cannot go. */
    public String text(String key, Object first) {
        return fi.koto.platform.i18n.Messages.text(language.current(), key, plain(first));
    }

    public String text(String key, Object first, Object second) {
        return fi.koto.platform.i18n.Messages.text(language.current(), key, plain(first), plain(second));
    }

    /** Years are written as they are (2026), never with a thousands separator. */
    private static Object plain(Object arg) {
        return arg instanceof Integer ? String.valueOf(arg) : arg;
    }

    public String of(String fi, String sv) {
        return "sv".equals(language.getCode()) && sv != null && !sv.isBlank() ? sv : fi;
    }
}
