package fi.koto.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A one-off compensation per person, valid from-to with its source: the EUR 700 initial assessment of the old law
 * (kind {@code INITIAL_ASSESSMENT}, docs/domain.md, "Compensation").
 */
@Entity
@Table(name = "compensation_one_off")
public class CompensationOneOff {

    public static final String INITIAL_ASSESSMENT = "INITIAL_ASSESSMENT";

    @Id
    private Long id;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false, length = 1000)
    private String source;

    protected CompensationOneOff() {}

    public String getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getSource() {
        return source;
    }
}
