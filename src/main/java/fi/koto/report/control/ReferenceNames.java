package fi.koto.report.control;

import fi.koto.platform.i18n.SupportedLanguage;
import java.util.Map;

/**
 * Municipality and authority names in a report's language, looked up once per report: Swedish readers get the
 * Swedish names; the Sámi homeland municipalities carry their Northern Sámi name beside it, as in "Inari (Anár)".
 * The authority is the one serving the municipality on the report's scope day; Åland municipalities have none.
 */
public final class ReferenceNames {

    /** The names of one municipality and of the authority serving it ({@code null} when none does). */
    public record Names(String fi, String sv, String se, String authorityFi, String authoritySv, String authorityEn) {}

    private final Map<String, Names> byCode;
    private final SupportedLanguage language;

    public ReferenceNames(Map<String, Names> byCode, SupportedLanguage language) {
        this.byCode = Map.copyOf(byCode);
        this.language = language;
    }

    public String municipality(String code) {
        Names names = byCode.get(code);
        if (names == null) {
            return code;
        }
        String name = language == SupportedLanguage.SV ? names.sv() : names.fi();
        return names.se() == null || names.se().isBlank() || names.se().equals(name)
                ? name
                : name + " (" + names.se() + ")";
    }

    public String authority(String code) {
        Names names = byCode.get(code);
        if (names == null || names.authorityFi() == null) {
            return "";
        }
        return switch (language) {
            case SV -> names.authoritySv();
            case EN -> names.authorityEn();
            default -> names.authorityFi();
        };
    }
}
