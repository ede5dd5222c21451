package fi.koto.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * How many years calculated compensation is paid for a person of a target group whose period starts between
 * {@code validFrom} and {@code validTo} (inclusive; open-ended when null). Rows come from migrations.
 */
@Entity
@Table(name = "compensation_period")
public class CompensationPeriod {

    @Id
    private Long id;

    @Column(name = "target_group", nullable = false, length = 40)
    private String targetGroup;

    @Column(nullable = false)
    private int years;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected CompensationPeriod() {
    }

    public Long getId() {
        return id;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public int getYears() {
        return years;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
