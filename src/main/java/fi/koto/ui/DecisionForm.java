package fi.koto.ui;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The three fields of a municipal decision as a form holds them (body, date, minutes reference), bound as
 * {@code #{page.decision.body}}, {@code #{page.decision.date}} and {@code #{page.decision.reference}}. The
 * boundaries take the date as ISO text; {@link #dateText()} gives it (null when empty).
 */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String body;
    private LocalDate date;
    private String reference;

    public DecisionForm() {}

    /** A form filled with a decision already recorded. */
    public DecisionForm(String body, LocalDate date, String reference) {
        this.body = body;
        this.date = date;
        this.reference = reference;
    }

    /** The date as the boundaries take it, ISO {@code yyyy-MM-dd}, or null. */
    public String dateText() {
        return date == null ? null : date.toString();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
