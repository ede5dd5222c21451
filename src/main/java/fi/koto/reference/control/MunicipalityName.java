package fi.koto.reference.control;

import java.io.Serializable;

/** A municipality's official names; Swedish pages use the Swedish one (Helsingfors, Vanda). */
public record MunicipalityName(String code, String nameFi, String nameSv) implements Serializable {

    public String name(String lang) {
        return "sv".equals(lang) && nameSv != null ? nameSv : nameFi;
    }
}
