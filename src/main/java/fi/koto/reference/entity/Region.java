package fi.koto.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region (maakunta / landskap), by Statistics Finland's two-digit code. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(length = 2)
    private String code;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    protected Region() {}

    public String getCode() {
        return code;
    }

    public String getNameFi() {
        return nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    /** The name in the given language; Finnish where no Swedish or English name exists. */
    public String name(String language) {
        return "sv".equals(language) ? nameSv : nameFi;
    }
}
