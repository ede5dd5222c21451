package fi.koto.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision of a municipal body that a record rests on: which body decided (for example the city board), on
 * which day, and where it is minuted (for example {@code Khs 20.10.2026 § 301}). Agreements, answers to a places
 * round and responses to extra-places requests carry one; any component may embed it. The columns are
 * {@code decision_body}, {@code decision_date} and {@code decision_reference} unless the embedding entity
 * overrides them ({@code @AttributeOverride}). Every part may be empty where the record allows it; a decision
 * read back with all three empty is {@link #NONE}.
 */
@Embeddable
public class Decision implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest body or minutes reference a decision may name. */
    public static final int TEXT_LIMIT = 200;

    /** No decision (yet). */
    public static final Decision NONE = new Decision(null, null, null);

    @Column(name = "decision_body", length = TEXT_LIMIT)
    private String body;

    @Column(name = "decision_date")
    private LocalDate date;

    @Column(name = "decision_reference", length = TEXT_LIMIT)
    private String reference;

    protected Decision() {}

    public Decision(String body, LocalDate date, String reference) {
        this.body = body;
        this.date = date;
        this.reference = reference;
    }

    /** {@code decision} itself, or {@link #NONE} where the persistence provider left an empty embeddable null. */
    public static Decision orNone(Decision decision) {
        return decision == null ? NONE : decision;
    }

    /** What an entity keeps: null for {@link #NONE}, so that no instance is shared between entities. */
    public static Decision orNull(Decision decision) {
        return decision == null || decision.isNone() ? null : decision;
    }

    public String body() {
        return body;
    }

    public LocalDate date() {
        return date;
    }

    public String reference() {
        return reference;
    }

    public boolean isNone() {
        return body == null && date == null && reference == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Decision d
                && Objects.equals(body, d.body)
                && Objects.equals(date, d.date)
                && Objects.equals(reference, d.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(body, date, reference);
    }

    @Override
    public String toString() {
        return "Decision[" + body + ", " + date + ", " + reference + "]";
    }
}
