package fi.koto.reference.entity;

import java.util.List;

/** A municipality's official language(s), per the Government decree on language status (2023-2032). */
public enum LanguageStatus {
    FINNISH(List.of("fi")),
    SWEDISH(List.of("sv")),
    BILINGUAL_FINNISH_MAJORITY(List.of("fi", "sv")),
    BILINGUAL_SWEDISH_MAJORITY(List.of("sv", "fi"));

    private final List<String> officialLanguages;

    LanguageStatus(List<String> officialLanguages) {
        this.officialLanguages = officialLanguages;
    }

    /** The official languages, majority language first; documents must be filed in each of them. */
    public List<String> officialLanguages() {
        return officialLanguages;
    }

    public boolean isBilingual() {
        return officialLanguages.size() > 1;
    }

    /** Maps Statistics Finland's token in municipalities.csv. */
    public static LanguageStatus fromStatisticsFinland(String token) {
        return valueOf(token.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
