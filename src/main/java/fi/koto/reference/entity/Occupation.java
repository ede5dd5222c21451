package fi.koto.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A group of the occupation classification (ISCO-08; Statistics Finland's classification of occupations uses the
 * same codes), at one of four levels. Read only: loaded by a migration from db/reference/occupations_isco08.csv.
 */
@Entity
@Table(name = "occupation")
public class Occupation {

    /** The level of unit groups (four digits), the level the work-permit guidelines list occupations at. */
    public static final int UNIT_GROUP = 4;

    @Id
    @Column(length = 4)
    private String code;

    @Column(nullable = false)
    private int level;

    @Column(name = "parent_code", length = 4)
    private String parentCode;

    @Column(name = "title_fi")
    private String titleFi;

    @Column(name = "title_sv")
    private String titleSv;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    protected Occupation() {}

    public String getCode() {
        return code;
    }

    public int getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getTitleEn() {
        return titleEn;
    }

    /** The title in the language, or the English title where the classification has none in it. */
    public String title(String language) {
        String title =
                switch (language) {
                    case "fi" -> titleFi;
                    case "sv" -> titleSv;
                    default -> titleEn;
                };
        return title == null ? titleEn : title;
    }

    /** The language {@link #title} is in: the one asked for, or "en". */
    public String titleLanguage(String language) {
        return hasOwnTitle(language) ? language : "en";
    }

    private boolean hasOwnTitle(String language) {
        return ("fi".equals(language) && titleFi != null) || ("sv".equals(language) && titleSv != null);
    }
}
