package fi.koto.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A wellbeing services county (hyvinvointialue / välfärdsområde), or the City of Helsinki (code {@code 90},
 * {@code wellbeingCounty} false), which organises social and health services itself. They exist from 1.1.2023
 * (docs/domain.md, "Wellbeing services counties"): the county must be consulted before an agreement is concluded
 * or reviewed, and receives its own share of calculated compensation. Reference data, read-only.
 */
@Entity
@Table(name = "wellbeing_county")
public class WellbeingCounty {

    /** The code of the City of Helsinki in Statistics Finland's classification. */
    public static final String HELSINKI = "90";

    @Id
    @Column(length = 2)
    private String code;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "wellbeing_county", nullable = false)
    private boolean wellbeingCounty;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected WellbeingCounty() {}

    public String getCode() {
        return code;
    }

    public String getNameFi() {
        return nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** False for the City of Helsinki, which is not a county but receives the county's share itself. */
    public boolean isWellbeingCounty() {
        return wellbeingCounty;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** Whether the county existed on {@code day} (none did before 1.1.2023). */
    public boolean existsOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The name in the reader's language: "sv" Swedish, "en" English, otherwise Finnish. */
    public String name(String language) {
        return switch (language == null ? "fi" : language) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }
}
