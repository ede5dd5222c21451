package fi.koto.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * How many years calculated compensation is paid for a person of a target group whose period starts between
 * {@code validFrom} and {@code validTo} (inclusive; open-ended when null). The known values come from migrations;
 * an administrator records a new length from a date, which ends the row it follows.
 */
@Entity
@Table(name = "compensation_period")
public class CompensationPeriod {

    @Id
    @SequenceGenerator(name = "compensation_period_seq", sequenceName = "compensation_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compensation_period_seq")
    private Long id;

    @Column(name = "target_group", nullable = false, length = 40)
    private String targetGroup;

    @Column(nullable = false)
    private int years;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The act, decree or guidance the figure comes from, or who recorded it (docs/domain.md, "Compensation"). */
    @Column(length = 500)
    private String source;

    protected CompensationPeriod() {}

    public CompensationPeriod(String targetGroup, int years, LocalDate validFrom) {
        this.targetGroup = targetGroup;
        this.years = years;
        this.validFrom = validFrom;
    }

    /** Ends this period rule on the day before its successor starts. */
    public void endBefore(LocalDate successorFrom) {
        this.validTo = successorFrom.minusDays(1);
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

    public String getSource() {
        return source;
    }

    /** Names the source of a row an administrator records. */
    public void sourcedFrom(String source) {
        this.source = source;
    }
}
