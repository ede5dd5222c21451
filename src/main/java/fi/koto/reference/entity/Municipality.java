package fi.koto.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A municipality (kunta / kommun), identified by its three-digit Statistics Finland code, which other components
 * reference. Names: Finnish, Swedish (official for bilingual and Swedish-speaking municipalities, otherwise the
 * parallel name Statistics Finland publishes) and Northern Sámi for the municipalities of the Sámi homeland.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @Column(length = 3)
    private String code;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    @Column(name = "name_se")
    private String nameSe;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LanguageStatus language;

    @Column(nullable = false)
    private boolean aland;

    /** The county of its residents' social and health services; null in Åland (docs/domain.md). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "wellbeing_county_code")
    private WellbeingCounty wellbeingCounty;

    @Version
    private long version;

    protected Municipality() {}

    public String getCode() {
        return code;
    }

    public String getNameFi() {
        return nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    public String getNameSe() {
        return nameSe;
    }

    public Region getRegion() {
        return region;
    }

    public LanguageStatus getLanguage() {
        return language;
    }

    public boolean isAland() {
        return aland;
    }

    /** The wellbeing services county (or the City of Helsinki) of the municipality; null for Åland. */
    public WellbeingCounty getWellbeingCounty() {
        return wellbeingCounty;
    }

    public long getVersion() {
        return version;
    }

    /** The name a reader of the given language expects: Swedish readers get the Swedish name. */
    public String name(String language) {
        return "sv".equals(language) ? nameSv : nameFi;
    }
}
