package fi.koto.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Calculated compensation per person and year for an age band and recipient, valid from one date to another
 * (inclusive; open-ended when {@code validTo} is null). {@code targetGroup} is a group name or {@link #ALL}, which
 * applies to groups without a row of their own. The known values come from migrations; an administrator records a
 * new amount from a date ({@code fi.koto.placement.boundary.CompensationTables}), which ends the row it follows.
 */
@Entity
@Table(name = "compensation_rate")
public class CompensationRate {

    public static final String ALL = "ALL";

    @Id
    @SequenceGenerator(name = "compensation_rate_seq", sequenceName = "compensation_rate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compensation_rate_seq")
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

    /** The act, decree or guidance the figure comes from, or who recorded it (docs/domain.md, "Compensation"). */
    @Column(length = 500)
    private String source;

    protected CompensationRate() {}

    public CompensationRate(
            String targetGroup, AgeBand ageBand, Recipient recipient, BigDecimal annualAmount, LocalDate validFrom) {
        this.targetGroup = targetGroup;
        this.ageBand = ageBand;
        this.recipient = recipient;
        this.annualAmount = annualAmount;
        this.validFrom = validFrom;
    }

    /** Ends this rate on the day before its successor starts. */
    public void endBefore(LocalDate successorFrom) {
        this.validTo = successorFrom.minusDays(1);
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

    public String getSource() {
        return source;
    }

    /** Names the source of a row an administrator records. */
    public void sourcedFrom(String source) {
        this.source = source;
    }
}
