package fi.koto.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A section's texts as they stood in one submitted version. */
@Embeddable
public class SectionText {

    @Column(name = "section_key", nullable = false)
    private String key;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(name = "text_fi", length = ProgrammeSection.TEXT_LIMIT)
    private String textFi;

    @Column(name = "text_sv", length = ProgrammeSection.TEXT_LIMIT)
    private String textSv;

    protected SectionText() {}

    SectionText(String key, int position, String textFi, String textSv) {
        this.key = key;
        this.position = position;
        this.textFi = textFi;
        this.textSv = textSv;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public String getTextFi() {
        return textFi;
    }

    public String getTextSv() {
        return textSv;
    }

    public String text(String language) {
        return "sv".equals(language) ? textSv : textFi;
    }
}
