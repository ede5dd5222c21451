package fi.koto.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Calculated compensation per person and year for an age band and recipient, valid from one date to another
 * (inclusive; open-ended when {@code validTo} is null). {@code targetGroup} is a group name or {@link #ALL}, which
 * applies to groups without a row of their own. Rows come from migrations; the application only reads them.
 */
@Entity
@Table(name = "compensation_rate")
public class CompensationRate {

    public static final String ALL = "ALL";

    @Id
    private Long id;

    @Column(name = "target_group", nullable = false, length = 40)
    private String targetGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 20)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recipient recipient;

    @Column(name = "annual_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal annualAmount;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected CompensationRate() {
    }

    public Long getId() {
        return id;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public Recipient getRecipient() {
        return recipient;
    }

    public BigDecimal getAnnualAmount() {
        return annualAmount;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
