package fi.koto.reference.control;

import fi.koto.reference.entity.RegionalAuthority;
import java.io.Serializable;

/** A regional authority as lists and the API show it. */
public record AuthorityView(long id, String code, String kind, String nameFi, String nameSv, String nameEn)
        implements Serializable {

    public static AuthorityView of(RegionalAuthority a) {
        return new AuthorityView(
                a.getId(), a.getCode(), a.getKind().name(), a.getNameFi(), a.getNameSv(), a.getNameEn());
    }

    public String name(String lang) {
        return switch (lang) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
    }
}
