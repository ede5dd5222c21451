package fi.koto.reference.control;

import java.io.Serializable;

/**
 * A municipality as lists and the API show it, with the authority serving it on the day asked about and its
 * wellbeing services county (null in Åland; docs/domain.md, "Wellbeing services counties").
 */
public record MunicipalityView(
        String code,
        String nameFi,
        String nameSv,
        String nameSe,
        String regionCode,
        String regionFi,
        String regionSv,
        String language,
        boolean aland,
        AuthorityView authority,
        String wellbeingCountyCode,
        String wellbeingCountyNameFi,
        String wellbeingCountyNameSv)
        implements Serializable {

    public String name(String lang) {
        return "sv".equals(lang) ? nameSv : nameFi;
    }

    public String regionName(String lang) {
        return "sv".equals(lang) ? regionSv : regionFi;
    }
}
